using System.Text;

namespace VanKien.Diffing.Formats;

/// <summary>For a terminal: coloured where the output is one (and NO_COLOR unset), plain when piped.</summary>
public sealed class DiffTextWriter(bool color)
{
    private const string Red = "\u001b[31m", Green = "\u001b[32m", Yellow = "\u001b[33m", Bold = "\u001b[1m", Reset = "\u001b[0m";

    public string Write(DocumentDiff diff)
    {
        var text = new StringBuilder();
        text.AppendLine(Paint(Bold, $"vankien diff {diff.OldName} → {diff.NewName}"));
        if (diff.Frame.Count > 0)
        {
            text.AppendLine("Khung văn bản:");
            foreach (var change in diff.Frame)
            {
                var line = change switch
                {
                    { Old: null } => Paint(Green, $"  + {change.Field}: {change.New}"),
                    { New: null } => Paint(Red, $"  - {change.Field}: {change.Old}"),
                    _ => Paint(Yellow, $"  ~ {change.Field}: {change.Old} → {change.New}"),
                };
                text.AppendLine(line);
            }
        }
        if (diff.Targets.Count > 0 || diff.Groups.Count > 0)
        {
            text.AppendLine("Chỉ tiêu:");
            foreach (var change in diff.Groups)
                text.AppendLine(Paint(Yellow, $"  {change.Kind.Symbol()} {DiffLabels.Describe(change)}"));
            foreach (var change in diff.Targets)
            {
                text.AppendLine(Paint(ColourOf(change.Kind), $"  {change.Kind.Symbol()} {change.Kind.Vietnamese()} {change.Id}: {change.Detail}"));
                if (change.BrokenLinks.Count > 0) text.AppendLine(Paint(Red, $"      {DiffLabels.BrokenLinks(change)}"));
            }
        }
        if (diff.Prose.Count > 0)
        {
            text.AppendLine("Nội dung:");
            foreach (var change in diff.Prose)
            {
                var where = change.Section.Length == 0 ? "" : $"[{change.Section}] ";
                var body = change.Kind switch
                {
                    ProseChangeKind.Added => Paint(Green, DiffLabels.Element(change, change.New!)),
                    ProseChangeKind.Removed => Paint(Red, DiffLabels.Element(change, change.Old!)),
                    ProseChangeKind.Moved => Paint(Yellow, DiffLabels.Element(change, change.New!)) + DiffLabels.Moved(change),
                    _ => DiffLabels.Element(change, string.Concat(change.Words.Select(Piece))),
                };
                text.AppendLine($"  {change.Kind.Symbol()} {where}{body}");
            }
        }
        text.AppendLine(DiffLabels.Summary(diff));
        return text.ToString();
    }

    /// <summary>Word pieces as git's --word-diff writes them when plain: [-removed-]{+added+}.</summary>
    private string Piece(WordPiece piece) => piece.Kind switch
    {
        EditKind.Delete => color ? Paint(Red, piece.Text) : $"[-{piece.Text}-]",
        EditKind.Insert => color ? Paint(Green, piece.Text) : $"{{+{piece.Text}+}}",
        _ => piece.Text,
    };

    private static string ColourOf(TargetChangeKind kind) => kind switch
    {
        TargetChangeKind.Added or TargetChangeKind.Raised => Green,
        TargetChangeKind.Removed or TargetChangeKind.Lowered or TargetChangeKind.UnitChanged => Red,
        _ => Yellow,
    };

    private string Paint(string colour, string text) => color ? colour + text + Reset : text;
}

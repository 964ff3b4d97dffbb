using System.Text;

namespace VanKien.Diffing.Formats;

/// <summary>For a pull-request comment: a table of target changes, then frame and prose changes.</summary>
public static class DiffMarkdownWriter
{
    public static string Write(DocumentDiff diff)
    {
        var text = new StringBuilder();
        text.AppendLine($"### `{diff.NewName}` so với `{diff.OldName}`");
        text.AppendLine();
        text.AppendLine(DiffLabels.Summary(diff));
        if (diff.Targets.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("| | Chỉ tiêu | Thay đổi | Chi tiết |");
            text.AppendLine("|---|---|---|---|");
            foreach (var change in diff.Targets)
            {
                var links = change.BrokenLinks.Count == 0 ? "" : "<br>" + Cell(DiffLabels.BrokenLinks(change));
                text.AppendLine($"| {change.Kind.Symbol()} | `{Cell(change.Id)}` | {change.Kind.Vietnamese()} | {Cell(change.Detail)}{links} |");
            }
        }
        if (diff.Groups.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("**Nhóm chỉ tiêu**");
            text.AppendLine();
            foreach (var change in diff.Groups)
                text.AppendLine($"- {change.Kind.Symbol()} {Inline(DiffLabels.Describe(change))}");
        }
        if (diff.Frame.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("**Khung văn bản**");
            text.AppendLine();
            foreach (var change in diff.Frame)
                text.AppendLine($"- `{change.Field}`: {(change.Old is null ? "" : $"~~{Inline(change.Old)}~~ ")}{(change.New is null ? "" : $"**{Inline(change.New)}**")}");
        }
        if (diff.Prose.Count > 0)
        {
            text.AppendLine();
            text.AppendLine("**Nội dung**");
            text.AppendLine();
            foreach (var change in diff.Prose)
            {
                var where = change.Section.Length == 0 ? "" : $"_{Inline(change.Section)}_: ";
                var body = change.Kind switch
                {
                    ProseChangeKind.Added => $"**{Inline(DiffLabels.Element(change, change.New!))}**",
                    ProseChangeKind.Removed => $"~~{Inline(DiffLabels.Element(change, change.Old!))}~~",
                    ProseChangeKind.Moved => Inline(DiffLabels.Element(change, change.New!) + DiffLabels.Moved(change)),
                    _ => change.IsHeading ? $"đề mục «{Words(change.Words)}»" : Words(change.Words),
                };
                text.AppendLine($"- {change.Kind.Symbol()} {where}{body}");
            }
        }
        return text.ToString();
    }

    /// <summary>
    /// A word diff as ~~removed~~ **added**: white space stays outside the markers, and a removal
    /// followed by its replacement gets one space between them.
    /// </summary>
    private static string Words(IReadOnlyList<WordPiece> pieces)
    {
        var text = new StringBuilder();
        for (var i = 0; i < pieces.Count; i++)
        {
            var piece = pieces[i];
            if (piece.Kind == EditKind.Equal)
            {
                text.Append(Inline(piece.Text));
                continue;
            }
            var core = piece.Text.Trim();
            var lead = piece.Text[..(piece.Text.Length - piece.Text.TrimStart().Length)];
            var tail = piece.Text[piece.Text.TrimEnd().Length..];
            var marker = piece.Kind == EditKind.Delete ? "~~" : "**";
            text.Append(lead).Append(marker).Append(Inline(core)).Append(marker).Append(tail);
            if (piece.Kind == EditKind.Delete && i + 1 < pieces.Count && pieces[i + 1].Kind == EditKind.Insert && tail.Length == 0)
                text.Append(' ');
        }
        return text.ToString();
    }

    private static string Cell(string text) => Inline(text).Replace("|", "\\|");

    /// <summary>Markdown's own characters (and "&lt;", which could open HTML), escaped so that document text prints as written.</summary>
    private static string Inline(string text) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"([\\`*_~\[\]<])", @"\$1");
}

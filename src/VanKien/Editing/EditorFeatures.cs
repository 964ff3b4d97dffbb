using System.Text;
using System.Text.RegularExpressions;
using VanKien.Checking;
using VanKien.Checking.References;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;
using VanKien.Targets;

namespace VanKien.Editing;

/// <summary>A completion: what is inserted, a one-line detail and a longer description.</summary>
public sealed record CompletionEntry(string Label, string? Detail, string? Documentation, CompletionKind Kind);

public enum CompletionKind { Key, Value, Reference, File }

/// <summary>A place in a file, 0-based as an editor counts.</summary>
public sealed record EditorLocation(string Path, int Line, int Character);

/// <summary>A replacement of part of one line.</summary>
public sealed record LineEdit(string Path, int Line, int Start, int End, string NewText);

public sealed record EditorAction(string Title, LineEdit Edit, Diagnostic Fixes);

/// <summary>
/// What an editor asks of a source beyond its diagnostics: completion of keys and values in the
/// front matter (the parent's target ids for <c>cha:</c>, documents for <c>thuc-hien:</c>), hover
/// on a parent target or a diagnostic, go to the parent document and target, and the quick fixes
/// the diagnostics suggest.
/// </summary>
public sealed partial class EditorFeatures(EditorWorkspace workspace)
{
    /// <summary>
    /// The editor's text of a VanKien file (<see cref="EditorWorkspace.IsVanKienText"/>), else null: a README or a
    /// compose file gets no help from VanKien, as it gets no diagnostics.
    /// </summary>
    private string? VanKienText(string path) => workspace.Text(path) is { } text && EditorWorkspace.IsVanKienText(path, text) ? text : null;

    public IReadOnlyList<CompletionEntry> Complete(string path, int line, int character)
    {
        // A blank file may be about to become a source (completion offers its first key, loai:).
        if (workspace.Text(path) is not { } text || !(string.IsNullOrWhiteSpace(text) || EditorWorkspace.IsVanKienText(path, text))) return [];
        var at = SourcePosition.Of(path, text, line, character);
        if (!at.InFrontMatter) return [];
        if (ValueTyped().Match(at.BeforeCursor) is { Success: true } value)
            return Values(path, at, value.Groups["key"].Value);
        if (KeyTyped().IsMatch(at.BeforeCursor))
            return KeysUnder(at.Ancestors.FirstOrDefault(), DocumentReader.IsYamlSource(path))
                .Select(k => new CompletionEntry(k, null, null, CompletionKind.Key)).ToList();
        return [];
    }

    private IReadOnlyList<CompletionEntry> Values(string path, SourcePosition at, string key)
    {
        var inTarget = at.Ancestors.FirstOrDefault() == "muc";
        switch (key)
        {
            case "cha" when inTarget || at.Ancestors.FirstOrDefault() == "mien":
                return Parent(path)?.Targets.Where(t => t.Id is not null)
                    .Select(t => new CompletionEntry(t.Id!.Value, t.ValueText?.Value ?? t.Value?.ToString(), t.Sentence.Value, CompletionKind.Reference)).ToList() ?? [];
            case "thuc-hien":
                return Documents(path).Select(d => new CompletionEntry(d, null, null, CompletionKind.File)).ToList();
            case "loai":
                return DocumentKind.All.Select(k => new CompletionEntry(k.Key, k.Title, null, CompletionKind.Value)).ToList();
            case "the-thuc":
                return Standard.FormatProfile.All.Select(p => new CompletionEntry(p.Name, null, null, CompletionKind.Value)).ToList();
            case "ky" when inTarget:
                return PeriodKeys.ByKey.Keys.Select(k => new CompletionEntry(k, null, null, CompletionKind.Value)).ToList();
            case "quan-he":
                return TargetRelationKeys.ByKey.Keys.Select(k => new CompletionEntry(k, null, null, CompletionKind.Value)).ToList();
            default:
                return [];
        }
    }

    private static IEnumerable<string> KeysUnder(string? parent, bool yamlSource) => parent switch
    {
        null => yamlSource ? [.. FrontMatterKeys.Document, FrontMatterKeys.Body] : FrontMatterKeys.Document,
        "co-quan" => FrontMatterKeys.IssuingBodies,
        "ky" => FrontMatterKeys.Signature,
        "chi-tieu" => FrontMatterKeys.TargetGroup,
        "muc" => FrontMatterKeys.Target,
        "mien" => FrontMatterKeys.Waiver,
        _ => [],
    };

    /// <summary>Sources of the project (or near the file, with no project), as a <c>thuc-hien</c> would write them: bounded (<see cref="NearbySources"/>).</summary>
    private static IEnumerable<string> Documents(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return NearbySources.Of(path)
            .Select(f => Path.GetRelativePath(folder, f).Replace('\\', '/'))
            .Order(StringComparer.Ordinal);
    }

    /// <summary>Markdown for the hover: the parent target a <c>cha:</c> or a target's id points at, and the diagnostics on the line.</summary>
    public string? Hover(string path, int line, int character)
    {
        if (VanKienText(path) is not { } text) return null;
        var at = SourcePosition.Of(path, text, line, character);
        var s = new StringBuilder();
        if (at.InFrontMatter && at.KeyAndValue is { } kv && ParentTarget(path, kv.Key, kv.Value) is { } target)
        {
            s.Append("**").Append(target.Id!.Value).Append("** — chỉ tiêu cấp trên\n\n").Append(target.Sentence.Value).Append("\n\n");
            if ((target.ValueText?.Value ?? target.Value?.ToString()) is { } value) s.Append("Giá trị: `").Append(value).Append("`\n\n");
            s.Append(Path.GetFileName(target.Location.File)).Append(':').Append(target.Location.Line).Append("\n\n");
        }
        foreach (var diagnostic in workspace.Diagnostics(path).Where(d => d.Location.Line == line + 1))
            s.Append("**").Append(diagnostic.Rule.Id).Append("** ").Append(diagnostic.Rule.Title).Append(": ").Append(diagnostic.Message)
             .Append(diagnostic.Hint is { } hint ? $" ({hint})" : "").Append("\n\n");
        return s.Length == 0 ? null : s.ToString().TrimEnd();
    }

    /// <summary>Go to definition: from <c>cha:</c> to the parent target, from <c>thuc-hien:</c> to the parent, from a căn cứ's number to the document.</summary>
    public EditorLocation? Definition(string path, int line, int character)
    {
        if (VanKienText(path) is not { } text) return null;
        var at = SourcePosition.Of(path, text, line, character);
        if (!at.InFrontMatter || at.KeyAndValue is not { } kv) return CitedDocument(path, at);
        if (ParentTarget(path, kv.Key, kv.Value) is { } target)
            return new EditorLocation(target.Location.File, target.Location.Line - 1, 0);
        // Only to a parent check would read: inside the project, and through the gate.
        if (kv.Key == "thuc-hien" && ParentLink(path) is { } link && workspace.Parent(path, link) is { Read: true } parent)
            return new EditorLocation(parent.Path, 0, 0);
        return CitedDocument(path, at);
    }

    /// <summary>A document of the project whose number the line cites ("Căn cứ Nghị quyết số 01-NQ/ĐH …").</summary>
    private EditorLocation? CitedDocument(string path, SourcePosition at)
    {
        var cited = DocumentNumbers.Cited(at.LineText).Select(c => DocumentNumbers.Normalise(c.Number)).ToHashSet(StringComparer.Ordinal);
        if (cited.Count == 0) return null;
        var set = DocumentSet.ForSourcesAt(path).Set;
        foreach (var file in NearbySources.Of(path, NearbySources.MaxVisited))
            if (set.Load(file).Document is { } document && cited.Contains(DocumentNumbers.Normalise(document.Frame.Number.Value)))
                return new EditorLocation(Path.GetFullPath(file), document.Frame.Number.Location.Line - 1, 0);
        return null;
    }

    /// <summary>The quick fixes of the diagnostics on a line: a did-you-mean's word, and the parent's value for a weakened target.</summary>
    public IReadOnlyList<EditorAction> Actions(string path, int line)
    {
        if (VanKienText(path) is not { } text) return [];
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        if (line < 0 || line >= lines.Length) return [];
        var actions = new List<EditorAction>();
        foreach (var diagnostic in workspace.Diagnostics(path).Where(d => d.Location.Line == line + 1))
        {
            var column = Math.Clamp(diagnostic.Location.Column - 1, 0, lines[line].Length);
            if (diagnostic.Hint is { } hint && DidYouMean().Match(hint) is { Success: true } meant)
            {
                var word = SourcePosition.Of(path, text, line, column).Word;
                var start = LineStart(lines[line], column);
                actions.Add(new EditorAction($"Sửa thành '{meant.Groups["word"].Value}'",
                    new LineEdit(path, line, start, start + word.Length, meant.Groups["word"].Value), diagnostic));
            }
            if (diagnostic.Rule == Rules.WeakerThanParent && ParentValueOfTargetAt(path, line + 1) is { } value &&
                SourcePosition.Of(path, text, line, 0).KeyAndValue is { Key: "gia-tri" } kv)
                actions.Add(new EditorAction($"Lấy giá trị của chỉ tiêu cấp trên ({value})",
                    new LineEdit(path, line, kv.ValueStart, lines[line].Length, Writing.Source.SourceWriter.Quoted(value)), diagnostic));
        }
        return actions;
    }

    private static int LineStart(string line, int column)
    {
        var start = column;
        while (start > 0 && (char.IsLetterOrDigit(line[start - 1]) || line[start - 1] is '-' or '_' or '/' or '.')) start--;
        return start;
    }

    /// <summary>The parent's value for the child target whose value is written on <paramref name="line"/> (1-based).</summary>
    private string? ParentValueOfTargetAt(string path, int line)
    {
        var target = workspace.Model(path)?.Targets.FirstOrDefault(t => t.ValueLocation.Line == line);
        if (target?.Parent is not { } id || Parent(path) is not { } parent) return null;
        var parentTarget = parent.Targets.FirstOrDefault(t => t.Id?.Value == id.Value);
        return parentTarget?.ValueText?.Value ?? parentTarget?.Value?.ToString();
    }

    /// <summary>The parent's target a line names: its <c>cha:</c>, or for a target's <c>id:</c>, the <c>cha:</c> of that target.</summary>
    private Target? ParentTarget(string path, string key, string value)
    {
        string? id = key switch
        {
            "cha" => value,
            "id" => workspace.Model(path)?.Targets.FirstOrDefault(t => t.Id?.Value == value)?.Parent?.Value,
            _ => null,
        };
        return id is null ? null : Parent(path)?.Targets.FirstOrDefault(t => t.Id?.Value == id);
    }

    /// <summary>
    /// The document this source implements, as check sees it (<see cref="EditorWorkspace.Parent"/>): none outside the
    /// project, read only through the gate, from the editor's text where it is open.
    /// </summary>
    private Document? Parent(string path) => ParentLink(path) is { } link ? workspace.Parent(path, link)?.Document : null;

    /// <summary>The <c>thuc-hien</c> as written: the model's when the source read; its text's line while it has an error the reader stops at.</summary>
    private string? ParentLink(string path) =>
        workspace.Model(path) is { Frame.ParentPath: { } link } ? link.Value
            : workspace.Text(path) is { } text && ParentLine().Match(text) is { Success: true } m ? m.Groups["path"].Value.Trim().Trim('"', '\'') : null;

    [GeneratedRegex(@"^\s*(-\s+)?(?<key>[a-z][a-z0-9-]*):\s*""?(?<typed>[^""]*)$")]
    private static partial Regex ValueTyped();

    [GeneratedRegex(@"^\s*(-\s+)?[a-z-]*$")]
    private static partial Regex KeyTyped();

    [GeneratedRegex(@"^thuc-hien:(?<path>.+)$", RegexOptions.Multiline)]
    private static partial Regex ParentLine();

    [GeneratedRegex(@"ý bạn là '(?<word>[^']+)'")]
    private static partial Regex DidYouMean();
}

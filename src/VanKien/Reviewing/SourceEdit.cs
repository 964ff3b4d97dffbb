using VanKien.Writing.Source;

namespace VanKien.Reviewing;

/// <summary>
/// One accepted change as a text edit of the source: <see cref="Length"/> characters at
/// <see cref="Index"/> replaced by <see cref="Text"/>, the new words written as the place wants them —
/// escaped inside a double-quoted YAML scalar, as Markdown text in the body, as a cell in a table.
/// Null where no edit is safe: a plain YAML value that new words could break, a new paragraph, a
/// change that takes the compiler's marker or punctuation with it.
/// </summary>
internal sealed record SourceEdit(int Index, int Length, string Text)
{
    public static SourceEdit? For(string source, SourceSpans.Found found, ReviewEdit edit, bool added, bool whole)
    {
        if (added) return null;
        var lineStart = source.LastIndexOf('\n', Math.Max(0, found.Index - 1)) + 1;
        if (found.Index == 0) lineStart = 0;
        var lineEnd = source.IndexOf('\n', found.Index);
        if (lineEnd < 0) lineEnd = source.Length;
        var line = source[lineStart..lineEnd];
        var inBody = InBody(source, lineStart);

        if (found.Trimmed)
        {
            // A whole item deleted: its line goes, when the line is that item and nothing more.
            if (!whole || !inBody || edit.Inserted.Length > 0) return null;
            var rest = (line[..(found.Index - lineStart)] + line[(found.Index - lineStart + found.Length)..]).Trim();
            if (rest is not ("-" or "+" or "*" or "" ) && !System.Text.RegularExpressions.Regex.IsMatch(rest, "^[0-9]{1,3}[.)]$")) return null;
            return new SourceEdit(lineStart, Math.Min(source.Length, lineEnd + 1) - lineStart, "");
        }

        var inserted = edit.Inserted;
        string text;
        if (inBody)
            text = line.TrimStart().StartsWith('|') ? SourceSyntax.Cell(inserted) : SourceSyntax.Inline(inserted);
        else
        {
            var before = line[..(found.Index - lineStart)];
            var quotes = before.Count(c => c == '"') - CountEscaped(before);
            if (quotes % 2 == 1) text = inserted.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal);
            else if (inserted.Length == 0 || PlainSafe(inserted)) text = inserted;
            else return null;
        }
        return new SourceEdit(found.Index, found.Length, text);
    }

    /// <summary>
    /// A reviewer's comment kept in the source: at the end of its YAML line ("  # …", in the front
    /// matter of a Markdown source or above a YAML source's body), or as an HTML comment block after
    /// its paragraph in the body — never inside a list or a table, where a block would split them.
    /// </summary>
    public static SourceEdit? Note(string path, string source, SourceSpans.Found found, string note)
    {
        var text = note.Replace('\n', ' ').Replace("--", "–", StringComparison.Ordinal).Trim();
        var lineStart = found.Index == 0 ? 0 : source.LastIndexOf('\n', found.Index - 1) + 1;
        var lineEnd = source.IndexOf('\n', found.Index);
        if (lineEnd < 0) lineEnd = source.Length;
        if (!InBody(source, lineStart))
        {
            var yamlBody = Reading.DocumentReader.IsYamlSource(path) && source[..lineStart].Split('\n').Any(l => l.StartsWith("than-van-ban:", StringComparison.Ordinal));
            return yamlBody ? null : new SourceEdit(lineEnd, 0, $"  # nhận xét: {text}");
        }
        var line = source[lineStart..lineEnd].TrimStart();
        if (line.Length == 0 || line[0] is '-' or '+' or '*' or '|' or '>' or ':' || char.IsAsciiDigit(line[0])) return null;
        var end = source.IndexOf("\n\n", found.Index, StringComparison.Ordinal);
        return new SourceEdit(end < 0 ? source.TrimEnd('\n').Length : end, 0, $"\n\n<!-- nhận xét: {text} -->");
    }

    private static int CountEscaped(string text) => System.Text.RegularExpressions.Regex.Matches(text, "\\\\\"").Count;

    /// <summary>Words a plain YAML scalar takes as they are.</summary>
    private static bool PlainSafe(string text) =>
        !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal) &&
        text.IndexOfAny(['"', '\'', '{', '}', '[', ']', ',', '\n']) < 0;

    /// <summary>Whether a line is in the Markdown body (after the front matter) rather than in YAML.</summary>
    private static bool InBody(string source, int lineStart)
    {
        var before = source[..lineStart].Split('\n');
        // The lines before this one (the last piece of the split is this line's empty start).
        return Reading.FrontMatter.CloserLine(before[..^1]) is not null;
    }
}

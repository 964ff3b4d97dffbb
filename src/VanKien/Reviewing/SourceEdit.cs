using System.Text.RegularExpressions;
using VanKien.Writing.Source;

namespace VanKien.Reviewing;

/// <summary>
/// One accepted change as a text edit of the source: <see cref="Length"/> characters at
/// <see cref="Index"/> replaced by <see cref="Text"/>, the new words written as the place wants them —
/// escaped inside a double-quoted YAML scalar, a plain one quoted when the words would break it, as
/// Markdown text in the body, as a cell in a table. Null where no edit is safe: a change that takes
/// the compiler's marker or punctuation with it, a paragraph added where the source has no list,
/// table or paragraphs to add it to.
/// </summary>
internal sealed partial record SourceEdit(int Index, int Length, string Text)
{
    /// <summary>Words changed inside a paragraph the source holds.</summary>
    public static SourceEdit? For(SourceLayout source, SourceSpans.Found found, ReviewEdit edit)
    {
        if (found.Trimmed) return null;
        return Words(source, found.Index, found.Length, ReviewerWords.OneLine(edit.Inserted));
    }

    /// <summary>A paragraph's whole text replaced (the reviewer deleted it and wrote another in its place).</summary>
    public static SourceEdit? Replacement(SourceLayout source, SourceSpans.Found found, string printed, string accepted)
    {
        var own = SourceForm(printed, found, ReviewerWords.OneLine(accepted));
        return own is null ? null : Words(source, found.Index, found.Length, own);
    }

    private static SourceEdit? Words(SourceLayout source, int index, int length, string inserted)
    {
        var region = source.RegionAt(index);
        if (region != Region.Yaml)
            return new SourceEdit(index, length, source.LineAt(index).TrimStart().StartsWith('|') ? SourceSyntax.Cell(inserted) : SourceSyntax.Inline(inserted));
        if (source.ScalarAt(index) is not { } scalar || index + length > scalar.End) return null;
        switch (scalar.Style)
        {
            case YamlDotNet.Core.ScalarStyle.DoubleQuoted when !source.Text[scalar.Start..scalar.End].Contains('\\'):
                return new SourceEdit(index, length, inserted.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal));
            case YamlDotNet.Core.ScalarStyle.Plain when source.Text[scalar.Start..scalar.End] == scalar.Value:
                var value = scalar.Value[..(index - scalar.Start)] + inserted + scalar.Value[(index - scalar.Start + length)..];
                // The whole scalar rewritten, quoted where the new words would be YAML syntax.
                return PlainSafe(value, scalar.InFlow) ? new SourceEdit(index, length, inserted) : new SourceEdit(scalar.Start, scalar.End - scalar.Start, SourceSyntax.Quote(value));
            default:
                return null;
        }
    }

    /// <summary>
    /// A whole paragraph deleted: its list item's, table row's or YAML sequence item's line, or its
    /// element of a flow sequence, or its body paragraph with the blank line after it.
    /// </summary>
    public static SourceEdit? Removal(SourceLayout source, SourceSpans.Found found)
    {
        var text = source.Text;
        var (start, end) = source.LineAround(found.Index);
        var line = text[start..end];
        var rest = (line[..(found.Index - start)] + line[(found.Index - start + found.Length)..]).Trim();
        var wholeLine = Math.Min(text.Length, end + 1) - start;
        if (source.RegionAt(found.Index) != Region.Yaml)
        {
            if (ItemMarker().IsMatch(line.TrimStart()) && (rest.Length == 0 || ItemMarker().IsMatch(rest + " "))) return new SourceEdit(start, wholeLine, "");
            if (rest.Length > 0) return null;
            // A paragraph of its own: it goes with the blank line that parts it from the next.
            var after = text.IndexOf("\n\n", found.Index, StringComparison.Ordinal);
            return new SourceEdit(start, after < 0 ? text.Length - start : after + 2 - start, "");
        }
        if (source.ScalarAt(found.Index) is not { } scalar) return null;
        var item = text[start..end].TrimStart();
        // "- text" or "- { id: x, noi-dung: text, … }": the sequence item's line.
        if (item.StartsWith("- ", StringComparison.Ordinal) && (item[2..].Trim() == text[scalar.Start..scalar.End] || FlowTarget().IsMatch(item)))
            return new SourceEdit(start, wholeLine, "");
        // A block mapping item ("- id: x" with "noi-dung:" below): its lines, from the dash to the next item.
        if (BlockItem(source, found.Index) is { } block) return new SourceEdit(block.Start, block.End - block.Start, "");
        // An element of a flow sequence: it and the comma that parts it from the next (or the previous).
        var afterScalar = text[scalar.End..end];
        var comma = afterScalar.TrimStart();
        if (comma.StartsWith(',')) return new SourceEdit(scalar.Start, scalar.End - scalar.Start + afterScalar.IndexOf(',') + 1 + (comma.Length > 1 && comma[1] == ' ' ? 1 : 0), "");
        var beforeScalar = text[start..scalar.Start].TrimEnd();
        if (beforeScalar.EndsWith(',')) return new SourceEdit(start + beforeScalar.Length - 1, scalar.End - (start + beforeScalar.Length - 1), "");
        return null;
    }

    /// <summary>
    /// New paragraphs added after one the source holds: each a list item, a YAML sequence item (a
    /// target with the next free id), a flow sequence element or a body paragraph as its neighbour
    /// is, written in the neighbour's form without the compiler's marker and punctuation.
    /// </summary>
    public static SourceEdit? Addition(SourceLayout source, SourceSpans.Found previous, string previousPrinted, IReadOnlyList<string> added)
    {
        var text = source.Text;
        var own = added.Select(a => SourceForm(previousPrinted, previous, ReviewerWords.OneLine(a))).ToList();
        if (own.Any(o => o is null || o.Length == 0)) return null;
        var (start, end) = source.LineAround(previous.Index);
        var line = text[start..end];
        var indent = line[..(line.Length - line.TrimStart().Length)];
        var region = source.RegionAt(previous.Index);
        if (region != Region.Yaml)
        {
            var marker = ItemMarker().Match(line.TrimStart());
            if (marker.Success)
                return new SourceEdit(end, 0, string.Concat(own.Select(o => "\n" + indent + marker.Value + SourceSyntax.Inline(ItemMarker().Replace(o!, "", 1)))));
            if (line.TrimStart().StartsWith('|') || line.TrimStart().StartsWith('#')) return null;
            var paragraphEnd = text.IndexOf("\n\n", previous.Index, StringComparison.Ordinal);
            var at = paragraphEnd < 0 ? text.TrimEnd('\n').Length : paragraphEnd;
            return new SourceEdit(at, 0, string.Concat(own.Select(o => "\n\n" + indent + SourceSyntax.EscapeBlockStart(SourceSyntax.Inline(o!)))));
        }
        if (source.ScalarAt(previous.Index) is not { } scalar) return null;
        var item = line.TrimStart();
        // Plain as the neighbour is, where the words read back the same.
        string Scalar(string value) => scalar.Style == YamlDotNet.Core.ScalarStyle.Plain && PlainSafe(value, scalar.InFlow) ? value : SourceSyntax.Quote(value);
        if (FlowTarget().Match(item) is { Success: true } flow)
            return new SourceEdit(end, 0, string.Concat(own.Select(o => $"\n{indent}- {{ id: {source.NextId(flow.Groups["id"].Value)}, noi-dung: {Scalar(o!)} }}")));
        if (item.StartsWith("- ", StringComparison.Ordinal) && item[2..].Trim() == text[scalar.Start..scalar.End])
            return new SourceEdit(end, 0, string.Concat(own.Select(o => $"\n{indent}- {Scalar(o!)}")));
        if (BlockItem(source, previous.Index) is { } block && BlockId().Match(text[block.Start..block.End]) is { Success: true } id)
        {
            var dash = text[block.Start..block.End];
            var dashIndent = dash[..(dash.Length - dash.TrimStart().Length)];
            return new SourceEdit(block.End, 0, string.Concat(own.Select(o =>
                $"{dashIndent}- id: {source.NextId(id.Groups["id"].Value)}\n{dashIndent}  noi-dung: {Scalar(o!)}\n")));
        }
        // An element of a flow sequence: the new ones after it.
        var afterScalar = text[scalar.End..end].TrimStart();
        if (afterScalar.StartsWith(',') || afterScalar.StartsWith(']'))
            return new SourceEdit(scalar.End, 0, string.Concat(own.Select(o => ", " + Scalar(o!))));
        return null;
    }

    /// <summary>A row the reviewer inserted into a table: a Markdown row after the row of the cell before it.</summary>
    public static SourceEdit? Row(SourceLayout source, SourceSpans.Found previousCell, IReadOnlyList<string> cells)
    {
        var (_, end) = source.LineAround(previousCell.Index);
        if (source.RegionAt(previousCell.Index) == Region.Yaml || !source.LineAt(previousCell.Index).TrimStart().StartsWith('|')) return null;
        var line = source.LineAt(previousCell.Index);
        var indent = line[..(line.Length - line.TrimStart().Length)];
        return new SourceEdit(end, 0, "\n" + indent + "| " + string.Join(" | ", cells.Select(cell => SourceSyntax.Cell(ReviewerWords.OneLine(cell)))) + " |");
    }

    /// <summary>
    /// A printed paragraph's text as its source writes it: without the marker the compiler put
    /// before the neighbour ("- ", "+ ", "1. ") and the punctuation it put after it, when the new
    /// paragraph has them too.
    /// </summary>
    private static string? SourceForm(string printed, SourceSpans.Found found, string paragraph)
    {
        var own = paragraph.Trim();
        if (found.Prefix > 0)
        {
            var marker = ItemMarker().Match(own);
            if (!marker.Success) return null;
            own = own[marker.Length..];
        }
        if (found.Suffix > 0)
        {
            var punctuation = printed.TrimEnd()[^found.Suffix..];
            if (own.EndsWith(punctuation, StringComparison.Ordinal)) own = own[..^punctuation.Length];
        }
        return own;
    }

    /// <summary>
    /// The target's value following a change of its sentence: where the item's <c>gia-tri</c> holds
    /// the words the reviewer replaced — a number, or the unit after one — once, they are replaced there too — a
    /// sentence raised from 85% to 90% keeps no value of 85% behind it.
    /// </summary>
    public static SourceEdit? FollowingValue(SourceLayout source, SourceSpans.Found found, ReviewEdit edit)
    {
        var deleted = edit.Deleted.Trim().TrimEnd('.', ';', ',');
        var inserted = ReviewerWords.OneLine(edit.Inserted).Trim().TrimEnd('.', ';', ',');
        if (deleted.Length == 0 || inserted.Length == 0 || source.RegionAt(found.Index) != Region.Yaml) return null;
        var (start, end) = source.LineAround(found.Index);
        var item = FlowTarget().IsMatch(source.Text[start..end].TrimStart()) ? (start, end) : BlockItem(source, found.Index);
        if (item is not { } range) return null;
        var value = Regex.Match(source.Text[range.Item1..range.Item2], @"gia-tri:\s*""?(?<value>[^""\n,}]*)");
        if (!value.Success) return null;
        var words = value.Groups["value"];
        var at = words.Value.IndexOf(deleted, StringComparison.Ordinal);
        if (at < 0 || words.Value.IndexOf(deleted, at + 1, StringComparison.Ordinal) >= 0 ||
            at > 0 && char.IsLetterOrDigit(words.Value[at - 1]) || at + deleted.Length < words.Value.Length && char.IsLetterOrDigit(words.Value[at + deleted.Length]))
            return null;
        // A number, or the unit after one: what the value measures, never a word of a scale's level.
        if (!Regex.IsMatch(deleted, "[0-9]") && !Regex.IsMatch(words.Value[..at], "[0-9] $")) return null;
        return new SourceEdit(range.Item1 + words.Index + at, deleted.Length, inserted);
    }

    /// <summary>A block mapping sequence item around a place: from its "- " line to the line before the next item or the end of the sequence.</summary>
    private static (int Start, int End)? BlockItem(SourceLayout source, int index)
    {
        var text = source.Text;
        static int Indent(string line) => line.Length - line.TrimStart(' ').Length;
        var start = source.LineAround(index).Start;
        var indent = Indent(source.LineAt(start));
        var dash = start;
        while (true)
        {
            var line = source.LineAt(dash);
            if (line.TrimStart().StartsWith("- ", StringComparison.Ordinal) && (dash == start || Indent(line) < indent)) break;
            // A key less indented than the place, before any dash: the place is not in a sequence item.
            if (dash == 0 || line.Trim().Length > 0 && Indent(line) < indent) return null;
            dash = dash <= 1 ? 0 : text.LastIndexOf('\n', dash - 2) + 1;
        }
        var dashIndent = Indent(source.LineAt(dash));
        var next = text.IndexOf('\n', dash);
        while (next >= 0 && next + 1 < text.Length)
        {
            var following = source.LineAt(next + 1);
            if (following.Trim().Length > 0 && Indent(following) <= dashIndent) break;
            next = text.IndexOf('\n', next + 1);
        }
        return (dash, next < 0 ? text.Length : next + 1);
    }

    /// <summary>
    /// A reviewer's comment kept in the source: at the end of its YAML line ("  # …", in the front
    /// matter of a Markdown source or above a YAML source's body), or as an HTML comment block after
    /// its paragraph in the body — never inside a list or a table, where a block would split them.
    /// </summary>
    public static SourceEdit? Note(SourceLayout source, SourceSpans.Found found, string note)
    {
        var text = ReviewerWords.OneLine(note).Replace("--", "–", StringComparison.Ordinal).Trim();
        var (_, lineEnd) = source.LineAround(found.Index);
        var region = source.RegionAt(found.Index);
        if (region == Region.IndentedMarkdown) return null;
        if (region == Region.Yaml) return new SourceEdit(lineEnd, 0, $"  # nhận xét: {text}");
        var line = source.LineAt(found.Index).TrimStart();
        if (line.Length == 0 || line[0] is '-' or '+' or '*' or '|' or '>' or ':' || char.IsAsciiDigit(line[0])) return null;
        var end = source.Text.IndexOf("\n\n", found.Index, StringComparison.Ordinal);
        return new SourceEdit(end < 0 ? source.Text.TrimEnd('\n').Length : end, 0, $"\n\n<!-- nhận xét: {text} -->");
    }

    /// <summary>Words a plain YAML scalar takes as they are; in a flow collection, commas and brackets would end it.</summary>
    private static bool PlainSafe(string text, bool inFlow) =>
        text.Length > 0 && text.Trim() == text && "-?:,[]{}#&*!|>'\"%@`".IndexOf(text[0]) < 0 &&
        !text.Contains(": ", StringComparison.Ordinal) && !text.Contains(" #", StringComparison.Ordinal) && !text.EndsWith(':') && !text.Contains('\n') &&
        (!inFlow || text.IndexOfAny([',', '[', ']', '{', '}']) < 0);

    [GeneratedRegex(@"^([-+*] |[0-9]{1,3}[.)] )")]
    private static partial Regex ItemMarker();

    [GeneratedRegex(@"^- \{\s*id:\s*""?(?<id>[^"",\s}]+)""?\s*,\s*noi-dung:")]
    private static partial Regex FlowTarget();

    [GeneratedRegex(@"^\s*- id:\s*""?(?<id>[^""\s]+)""?\s*$", RegexOptions.Multiline)]
    private static partial Regex BlockId();
}

using VanKien.Printing;
using VanKien.Text;

namespace VanKien.Reviewing;

/// <summary>
/// Where a piece of a built paragraph stands in the source, read through the printed document
/// (<see cref="Printer"/>): each paragraph of the reviewed DOCX is paired with the printed paragraph
/// it shows, and each character of that paragraph with the source character its run came from —
/// the run's origin is its anchor, and the run is walked along the source from there, past the
/// source's markup (emphasis marks, escapes, quotes, a line break and its indentation). Only what
/// the author wrote maps: a heading's number, a marker, punctuation, capitals and the date's words
/// are the compiler's and map nowhere, so they are never guessed at. A paragraph the source no longer
/// prints (the source changed since the build) maps nowhere either.
/// </summary>
internal sealed class SourceSpans
{
    private readonly string _path;
    private readonly string _text;
    private readonly LineMap _lines;
    /// <summary>For each paragraph of the reviewed DOCX, the source index of each of its characters (-1: not the author's), or null.</summary>
    private readonly int[]?[] _maps;
    private readonly IReadOnlyList<string> _docx = [];

    public SourceSpans(string path, string text, PrintedDocument? printed, IReadOnlyList<string> docxParagraphs)
    {
        _path = path;
        _text = text;
        _lines = new LineMap(text);
        _maps = new int[]?[docxParagraphs.Count];
        if (printed is null) return;
        var lines = PrintedSpanLines.Of(printed, text).ToList();
        _docx = docxParagraphs;
        var shown = docxParagraphs.Select((t, i) => (Text: NoBreakGroups.AsSpaces(t).Trim(), Index: i)).Where(p => p.Text.Length > 0).ToList();
        var printedShown = lines.Select(l => (Text: NoBreakGroups.AsSpaces(l.Text).Trim(), Line: l)).Where(p => p.Text.Length > 0).ToList();
        // Paired in order, as a diff pairs lines: equal texts that keep their order.
        if (shown.Count == 0 || printedShown.Count == 0) return;
        var diff = new DiffPlex.Differ().CreateLineDiffs(string.Join("\n", shown.Select(x => x.Text)), string.Join("\n", printedShown.Select(x => x.Text)), ignoreWhitespace: false);
        int a = 0, b = 0;
        foreach (var block in diff.DiffBlocks)
        {
            Pair(shown, printedShown, ref a, ref b, block.DeleteStartA - a);
            a = block.DeleteStartA + block.DeleteCountA;
            b = block.InsertStartB + block.InsertCountB;
        }
        Pair(shown, printedShown, ref a, ref b, Math.Min(shown.Count - a, printedShown.Count - b));
    }

    private void Pair(List<(string Text, int Index)> shown, List<(string Text, PrintedSpanLine Line)> printed, ref int a, ref int b, int count)
    {
        for (var k = 0; k < count; k++, a++, b++)
        {
            var line = printed[b].Line;
            var map = Map(line);
            // The same text, but for the spaces around it that each side may keep.
            var raw = NoBreakGroups.AsSpaces(_docx[shown[a].Index]);
            var text = NoBreakGroups.AsSpaces(line.Text);
            var docxLead = raw.Length - raw.TrimStart().Length;
            var printedLead = text.Length - text.TrimStart().Length;
            var paragraph = new int[raw.Length];
            Array.Fill(paragraph, -1);
            for (var i = 0; i < shown[a].Text.Length; i++) paragraph[docxLead + i] = map[printedLead + i];
            _maps[shown[a].Index] = paragraph;
        }
    }

    /// <summary>Each character of a printed line mapped to the source: every group of runs from one place walked from there.</summary>
    private int[] Map(PrintedSpanLine line)
    {
        var map = new int[line.Text.Length];
        Array.Fill(map, -1);
        var at = 0;
        foreach (var group in Groups(line.Runs))
        {
            var length = group.Sum(r => r.Text.Length);
            if (line.Anchor(group[0]) is { } anchor && Index(anchor) is { } start)
            {
                var walked = Walk(group, start);
                if (walked is not null)
                    for (var i = 0; i < length; i++)
                        if (group.Count > 0) map[at + i] = walked[i];
            }
            at += length;
        }
        return map;
    }

    /// <summary>Neighbouring runs from one source place; a generated run is a group of its own.</summary>
    private static IEnumerable<List<PrintedRun>> Groups(IReadOnlyList<PrintedRun> runs)
    {
        var group = new List<PrintedRun>();
        foreach (var run in runs)
        {
            if (group.Count > 0 && !Equals(group[0].Origin.Source, run.Origin.Source))
            {
                yield return group;
                group = [];
            }
            group.Add(run);
        }
        if (group.Count > 0) yield return group;
    }

    private int? Index(Diagnostics.SourceLocation at) => _lines.IndexOf(at.Line, at.Column);

    /// <summary>
    /// The runs of a group walked along the source from <paramref name="start"/>: each character the
    /// source character it matches (a shaped run's in capitals), -1 where the compiler shaped it; null
    /// when the source does not hold the runs there.
    /// </summary>
    private int[]? Walk(List<PrintedRun> group, int start)
    {
        var result = new List<int>();
        var s = start;
        var first = true;
        foreach (var run in group)
        {
            var written = run.Origin.Rule is null;
            foreach (var c in run.Text)
            {
                while (true)
                {
                    if (s >= _text.Length) return null;
                    var source = _text[s];
                    if (c == ' ' && char.IsWhiteSpace(source) || run.IsBreak)
                    {
                        // A space printed for a line break or a run of spaces and indentation (and a hard break's markup).
                        var end = s;
                        while (end < _text.Length && (char.IsWhiteSpace(_text[end]) || _text[end] == '\\' && end + 1 < _text.Length && _text[end + 1] == '\n')) end++;
                        end = SkipBreakTag(end);
                        if (end == s && run.IsBreak) end = SkipBreakTag(s);
                        result.Add(written ? s : -1);
                        s = Math.Max(end, s + (run.IsBreak ? 0 : 1));
                        break;
                    }
                    if (Matches(c, source, written))
                    {
                        result.Add(written ? s : -1);
                        s++;
                        break;
                    }
                    // The source's markup: nothing printed for it.
                    if (Markup(source, first)) { s++; continue; }
                    return null;
                }
                first = false;
                if (run.IsBreak) break;
            }
        }
        return [.. result];
    }

    private int SkipBreakTag(int at)
    {
        foreach (var tag in (string[])["<br>", "<br/>", "<br />"])
            if (string.CompareOrdinal(_text, at, tag, 0, tag.Length) == 0) return at + tag.Length;
        return at;
    }

    private static bool Matches(char printed, char source, bool written) =>
        printed == source || !written && VietnameseText.Upper(source.ToString()) == printed.ToString();

    /// <summary>Characters of the source's syntax: emphasis, escapes and quotes anywhere; before the text, a heading's, list item's, quote's or scalar's opening.</summary>
    private static bool Markup(char source, bool leading) =>
        source is '*' or '_' or '\\' or '"' or '\'' or '`' || leading && (char.IsWhiteSpace(source) || source is '#' or '-' or '+' or '>' or '|' or '[' or '{');

    /// <summary>Where <paramref name="length"/> characters at <paramref name="offset"/> of the DOCX's paragraph <paramref name="paragraph"/> are in the source, or null.</summary>
    public Found? Span(int paragraph, int offset, int length)
    {
        if (paragraph < 0 || paragraph >= _maps.Length || _maps[paragraph] is not { } map || offset < 0 || offset + length > map.Length) return null;
        if (length == 0)
        {
            if (offset < map.Length && map[offset] >= 0) return new Found(map[offset], 0);
            return offset > 0 && map[offset - 1] >= 0 ? new Found(map[offset - 1] + 1, 0) : null;
        }
        var first = offset;
        while (first < offset + length && map[first] < 0) first++;
        var last = offset + length - 1;
        while (last >= first && map[last] < 0) last--;
        if (first > last) return null;
        for (var i = first; i <= last; i++)
            if (map[i] < 0) return null;
        // The marker before the author's words and the punctuation after them are the compiler's.
        return new Found(map[first], map[last] + 1 - map[first], first - offset, offset + length - 1 - last);
    }

    /// <summary>
    /// A piece's place in the source text: its index and its length there, and how many characters
    /// of the compiler's marker before it and punctuation after it were set aside to find it.
    /// </summary>
    public readonly record struct Found(int Index, int Length, int Prefix = 0, int Suffix = 0)
    {
        public bool Trimmed => Prefix > 0 || Suffix > 0;
    }

    public Diagnostics.SourceLocation At(int index)
    {
        var (line, column) = _lines.Position(index);
        return new Diagnostics.SourceLocation(_path, line, column);
    }
}

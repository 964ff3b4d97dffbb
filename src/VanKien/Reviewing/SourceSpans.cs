namespace VanKien.Reviewing;

/// <summary>
/// Finds where a piece of a built paragraph stands in the source's text: the piece with as much of
/// its paragraph around it as it takes to be found exactly once. The compiler copies prose,
/// target sentences, căn cứ, recipients and table cells from the source as written; what it
/// generates (numbers, capitals, the date's words) is found nowhere, and so is never guessed at.
/// </summary>
internal sealed partial class SourceSpans(string path, string text)
{
    private const int Context = 24;

    /// <summary>
    /// Where <paramref name="length"/> characters at <paramref name="offset"/> of a built paragraph begin
    /// in the source, or null. The marker the compiler puts before an item ("- ", "+ ", "1. ", "a) ")
    /// and the punctuation it puts after one (";", ".") are not the source's: a piece found only without them counts.
    /// </summary>
    public Diagnostics.SourceLocation? Locate(string paragraph, int offset, int length) =>
        Span(paragraph, offset, length) is { } span ? At(span.Index) : null;

    /// <summary>
    /// A piece's place in the source text: its index and its length there, and how many characters
    /// of the compiler's marker before it and punctuation after it were set aside to find it.
    /// </summary>
    public readonly record struct Found(int Index, int Length, int Prefix = 0, int Suffix = 0)
    {
        public bool Trimmed => Prefix > 0 || Suffix > 0;
    }

    public Found? Span(string paragraph, int offset, int length)
    {
        if (Find(paragraph, offset, length) is { } found) return new Found(found, length);
        var marker = Marker().Match(paragraph[offset..(offset + length)]).Length;
        if (marker > 0 && Find(paragraph, offset + marker, length - marker) is { } unmarked) return new Found(unmarked, length - marker, marker);
        var end = offset + length;
        while (end > offset + marker && paragraph[end - 1] is ';' or '.' or ',') end--;
        return (marker > 0 || end < offset + length) && Find(paragraph, offset + marker, end - offset - marker) is { } trimmed
            ? new Found(trimmed, end - offset - marker, marker, offset + length - end)
            : null;
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"^([-+] |[0-9]{1,3}\. |[a-zđ]\) |[IVXLC]{1,6}\. )")]
    private static partial System.Text.RegularExpressions.Regex Marker();

    private int? Find(string paragraph, int offset, int length)
    {
        var piece = paragraph.Substring(offset, length);
        var left = paragraph[Math.Max(0, offset - Context)..offset];
        var right = paragraph.Substring(offset + length, Math.Min(Context, paragraph.Length - offset - length));
        // From the most context to the least: the first way the piece is found exactly once.
        foreach (var (before, after) in new[] { (left, right), (left, ""), ("", right), ("", "") })
        {
            var needle = before + piece + after;
            if (needle.Trim().Length < 3) continue;
            if (_index.Find(needle) is not (var first, true)) continue;
            return first + before.Length;
        }
        return null;
    }

    private readonly Text.TextIndex _index = new(text);
    private readonly Text.LineMap _lines = new(text);

    public Diagnostics.SourceLocation At(int index)
    {
        var (line, column) = _lines.Position(index);
        return new Diagnostics.SourceLocation(path, line, column);
    }
}

using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Printing;

namespace VanKien.Reviewing;

/// <summary>A paragraph of the printed document as the DOCX holds it: its text and its runs, each run's origin its anchor in the source.</summary>
internal sealed record PrintedSpanLine(string Text, IReadOnlyList<PrintedRun> Runs)
{
    public SourceLocation? Anchor(PrintedRun run) => run.Origin.Source;
}

/// <summary>
/// The printed document's paragraphs in the DOCX's order — the header block's and the closing's cells
/// left then right, a table's cells row by row, each cell's paragraphs — with a table cell's runs
/// anchored at the cell's text in the source's pipe table (the printer knows the table, not its cells).
/// </summary>
internal static partial class PrintedSpanLines
{
    public static IEnumerable<PrintedSpanLine> Of(PrintedDocument printed, string source)
    {
        var lines = new Text.LineMap(source);
        foreach (var block in printed.Blocks())
        {
            switch (block)
            {
                case PrintedParagraph paragraph:
                    yield return Line(paragraph.Runs);
                    break;
                case PrintedColumns columns:
                    foreach (var row in columns.Rows)
                        foreach (var paragraph in row.Left.Concat(row.Right)) yield return Line(paragraph.Runs);
                    break;
                case PrintedTable table:
                    var cells = CellAnchors(table.Table.Location, source, lines);
                    var r = 0;
                    foreach (var row in table.Rows())
                    {
                        for (var c = 0; c < row.Count; c++)
                            for (var p = 0; p < row[c].Count; p++)
                            {
                                var at = cells.ElementAtOrDefault(r)?.ElementAtOrDefault(c)?.ElementAtOrDefault(p) ?? SourceLocation.None;
                                var runs = row[c][p].Select(inline => inline switch
                                {
                                    Model.TextRun text when text.Text.Length > 0 => new PrintedRun(text.Text, Origin.Written(at), text.Bold, text.Italic),
                                    _ => null,
                                }).OfType<PrintedRun>().ToList();
                                yield return Line(runs);
                            }
                        r++;
                    }
                    break;
            }
        }
    }

    private static PrintedSpanLine Line(IReadOnlyList<PrintedRun> runs) => new(string.Concat(runs.Select(r => r.Text)), runs);

    /// <summary>
    /// For each row of the pipe table that opens at <paramref name="at"/> (its separator line left out),
    /// each cell's paragraphs' starts: the text after the cell's "|" and its spaces, and after each "&lt;br&gt;".
    /// </summary>
    private static List<List<List<SourceLocation>>> CellAnchors(SourceLocation at, string source, Text.LineMap lines)
    {
        var rows = new List<List<List<SourceLocation>>>();
        for (var line = at.Line; line >= 1 && line <= lines.Count; line++)
        {
            var start = lines.IndexOf(line, 1)!.Value;
            var end = line < lines.Count ? lines.IndexOf(line + 1, 1)!.Value - 1 : source.Length;
            var text = source[start..end];
            if (!text.Contains('|')) break;
            if (Separator().IsMatch(text)) continue;
            var cells = new List<List<SourceLocation>>();
            var trimmed = text.TrimStart();
            var i = text.Length - trimmed.Length + (trimmed.StartsWith('|') ? 1 : 0);
            while (i < text.Length)
            {
                var close = i;
                while (close < text.Length && !(text[close] == '|' && (close == 0 || text[close - 1] != '\\'))) close++;
                var cell = text[i..close];
                var paragraphs = new List<SourceLocation>();
                var from = 0;
                foreach (var part in Break().Split(cell))
                {
                    var lead = part.Length - part.TrimStart().Length;
                    paragraphs.Add(new SourceLocation(at.File, line, i + from + lead + 1));
                    from += part.Length;
                    if (from < cell.Length) from += Break().Match(cell, from).Length;
                }
                cells.Add(paragraphs);
                i = close + 1;
                if (text[(Math.Min(i, text.Length))..].Trim().Length == 0) break;
            }
            rows.Add(cells);
        }
        return rows;
    }

    [GeneratedRegex(@"^\s*\|?\s*:?-{2,}:?\s*(\|\s*:?-{2,}:?\s*)*\|?\s*$")]
    private static partial Regex Separator();

    [GeneratedRegex(@"<br\s*/?>", RegexOptions.IgnoreCase)]
    private static partial Regex Break();
}

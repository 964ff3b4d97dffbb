using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Model;
using VanKien.Standard;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VanKien.Writing.Docx;

/// <summary>Bordered tables: the header row bold and centred, repeated on every page.</summary>
internal static class TableWriter
{
    private const int MinimumColumnTwips = 700;

    public static W.Table Write(Model.Table table, int availableTwips)
    {
        var columns = Math.Max(table.Header.Cells.Count, table.Rows.Select(r => r.Cells.Count).DefaultIfEmpty(0).Max());
        var widths = ColumnWidths(table, columns, availableTwips);
        var result = Wml.Table(widths, bordered: true);

        result.Append(Row(table.Header, widths, StyleIds.TableHeader, isHeader: true, []));
        foreach (var row in table.Rows) result.Append(Row(row, widths, StyleIds.TableText, isHeader: false, table.Alignments));
        return result;
    }

    private static W.TableRow Row(Model.TableRow row, IReadOnlyList<int> widths, string style, bool isHeader, IReadOnlyList<ColumnAlignment> alignments)
    {
        // A row is never split across pages; a header row repeats on each page the table runs onto.
        var result = new W.TableRow(isHeader ? new TableRowProperties(new CantSplit(), new TableHeader()) : new TableRowProperties(new CantSplit()));
        for (var i = 0; i < widths.Count; i++)
        {
            var content = i < row.Cells.Count ? row.Cells[i].Content : [];
            // A column written ":-:" or "-:" is centred or right-aligned in its body cells; the header is centred by its style.
            Action<ParagraphProperties>? align = (i < alignments.Count ? alignments[i] : ColumnAlignment.Unset) switch
            {
                ColumnAlignment.Center => p => p.Justification = new Justification { Val = JustificationValues.Center },
                ColumnAlignment.Right => p => p.Justification = new Justification { Val = JustificationValues.Right },
                _ => null,
            };
            // A cell's paragraphs, parted where the source breaks its line ("<br>", or a grid table's blank line).
            var paragraphs = Paragraphs(content).Select(part => Wml.Paragraph(style, align, Wml.Runs(part))).ToList();
            result.Append(Wml.Cell(widths[i], paragraphs, isHeader ? TableVerticalAlignmentValues.Center : null));
        }
        return result;
    }

    private static IEnumerable<IReadOnlyList<Model.Inline>> Paragraphs(IReadOnlyList<Model.Inline> content)
    {
        var part = new List<Model.Inline>();
        foreach (var inline in content)
        {
            if (inline is Model.LineBreak) { yield return part; part = []; }
            else part.Add(inline);
        }
        yield return part;
    }

    /// <summary>
    /// Widths follow how much text each column holds, damped by a square root so that a column of
    /// short names ("UBND xã") is not squeezed by a column of long sentences; they add up to the
    /// text width of the page.
    /// </summary>
    private static int[] ColumnWidths(Model.Table table, int columns, int availableTwips)
    {
        static int Length(IReadOnlyList<Inline> inlines) => inlines.OfType<TextRun>().Sum(r => r.Text.Length);

        var weights = new double[columns];
        for (var c = 0; c < columns; c++)
        {
            var header = c < table.Header.Cells.Count ? Length(table.Header.Cells[c].Content) : 0;
            var body = table.Rows.Where(r => c < r.Cells.Count).Select(r => Length(r.Cells[c].Content)).DefaultIfEmpty(0).Average();
            weights[c] = Math.Sqrt(Math.Clamp(Math.Max(body, header * 0.6), 2, 80));
        }

        var total = weights.Sum();
        var widths = weights.Select(w => Math.Max(MinimumColumnTwips, (int)Math.Floor(availableTwips * w / total))).ToArray();
        // Give the rounding remainder (or take the excess of the floors) from the widest column.
        var widest = Array.IndexOf(widths, widths.Max());
        widths[widest] += availableTwips - widths.Sum();
        return widths;
    }
}

using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Model;
using VanKien.Standard;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VanKien.Writing.Docx;

/// <summary>Bordered tables: the header row bold and centred, repeated on every page.</summary>
internal static class TableWriter
{
    private const int MinimumColumnTwips = 700;

    /// <summary>
    /// A table whose columns are sized over it and its <paramref name="kin"/> — the document's other
    /// tables with the same header — so that a report's result tables line up page after page.
    /// </summary>
    public static W.Table Write(Printing.PrintedTable printed, int availableTwips)
    {
        var table = printed.Table;
        var family = printed.Kin;
        var columns = printed.Columns;
        var widths = ColumnWidths(family, columns, availableTwips);
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
            var paragraphs = Printing.PrintedTable.CellParagraphs(content).Select(part => Wml.Paragraph(style, align, Wml.Runs(part, isHeader ? HeaderWords.KeepTogether : null))).ToList();
            result.Append(Wml.Cell(widths[i], paragraphs, isHeader ? TableVerticalAlignmentValues.Center : null));
        }
        return result;
    }

    /// <summary>
    /// Widths follow how much text each column holds, damped by a square root so that a column of
    /// short names ("UBND xã") is not squeezed by a column of long sentences; no column is narrower
    /// than its header's longest unbreakable line; they add up to the text width of the page.
    /// </summary>
    private static int[] ColumnWidths(IReadOnlyList<Model.Table> tables, int columns, int availableTwips)
    {
        static int Length(IReadOnlyList<Inline> inlines) => inlines.OfType<TextRun>().Sum(r => r.Text.Length);
        static IReadOnlyList<Inline> Header(Model.Table table, int c) => c < table.Header.Cells.Count ? table.Header.Cells[c].Content : [];

        var weights = new double[columns];
        var floors = new int[columns];
        for (var c = 0; c < columns; c++)
        {
            var header = tables.Max(t => Length(Header(t, c)));
            var body = tables.SelectMany(t => t.Rows).Where(r => c < r.Cells.Count).Select(r => Length(r.Cells[c].Content)).DefaultIfEmpty(0).Average();
            weights[c] = Math.Sqrt(Math.Clamp(Math.Max(body, header * 0.6), 2, 80));
            floors[c] = Math.Max(MinimumColumnTwips, tables.Max(t => HeaderWords.WidestLineTwips(Header(t, c))));
        }

        // Share the width by weight; a column under its floor takes its floor and the rest is shared again.
        var widths = new int[columns];
        var fixedColumns = new bool[columns];
        for (var pass = 0; pass <= columns; pass++)
        {
            var free = availableTwips - Enumerable.Range(0, columns).Where(c => fixedColumns[c]).Sum(c => floors[c]);
            var total = Enumerable.Range(0, columns).Where(c => !fixedColumns[c]).Sum(c => weights[c]);
            var changed = false;
            for (var c = 0; c < columns; c++)
            {
                widths[c] = fixedColumns[c] ? floors[c] : (int)Math.Floor(free * weights[c] / Math.Max(total, 1e-9));
                if (!fixedColumns[c] && widths[c] < floors[c]) { fixedColumns[c] = true; changed = true; }
            }
            if (!changed) break;
        }
        for (var c = 0; c < columns; c++) widths[c] = Math.Max(widths[c], Math.Min(floors[c], MinimumColumnTwips));
        // Give the rounding remainder (or take the excess of the floors) from the widest column.
        var widest = Array.IndexOf(widths, widths.Max());
        widths[widest] += availableTwips - widths.Sum();
        return widths;
    }
}

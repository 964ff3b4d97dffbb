using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Printing;
using VanKien.Standard;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace VanKien.Writing.Docx;

/// <summary>
/// The two-column header block of page 1, as printed: superior and issuing body, then "*" (Party) or
/// a short rule (state), on the left; the national line with its rule — and the state motto — on the
/// right. Row 2 keeps the number and the place and date on one line.
/// </summary>
internal static class HeaderBlockWriter
{
    public static Table Write(PrintedColumns header, FormatProfile profile, PageGeometry page)
    {
        var (left, right) = page.TwoColumns();
        var table = Wml.Table([left, right], bordered: false);
        foreach (var (row, index) in header.Rows.Select((r, i) => (r, i)))
        {
            var bottom = index > 0 ? TableVerticalAlignmentValues.Bottom : (TableVerticalAlignmentValues?)null;
            table.Append(new TableRow(
                Wml.Cell(left, row.Left.Select(p => Line(p, left)), bottom),
                Wml.Cell(right, row.Right.Select(p => Line(p, right)), bottom)));
        }
        return table;
    }

    /// <summary>A header line in its role's style; a separator with no text is the state's short rule, a third of the column.</summary>
    private static Paragraph Line(PrintedParagraph line, int column) => line.Role switch
    {
        PrintedRole.IssuerSeparator when line.Runs.Count == 0 => Wml.Rule(StyleIds.IssuerSeparator, column / 3, column, spaceAfter: 120),
        _ => Wml.Paragraph(line.Role switch
        {
            PrintedRole.SuperiorBody => StyleIds.SuperiorBody,
            PrintedRole.IssuingBody => StyleIds.IssuingBody,
            PrintedRole.IssuerSeparator => StyleIds.IssuerSeparator,
            PrintedRole.NationalLine => StyleIds.NationalLine,
            PrintedRole.Motto => StyleIds.Motto,
            PrintedRole.Number => StyleIds.Number,
            _ => StyleIds.PlaceDate,
        }, null, Wml.Runs(line.Runs)),
    };

    /// <summary>
    /// A draft's marking above the header block, at the right of page 1: its words ("Dự thảo", "Dự
    /// thảo lần 2") bold in a box, as the drafts offices circulate are marked.
    /// </summary>
    public static IEnumerable<Paragraph> DraftMarking(PrintedParagraph draft, FormatProfile profile, PageGeometry page)
    {
        BorderType Side<TBorder>() where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 6U, Space = 2U, Color = "auto" };
        var box = Units.EstimatedWidthTwips(draft.Text.Length, profile.NumberSize) + 2 * 120;
        yield return Wml.Paragraph(StyleIds.Block, p =>
        {
            p.ParagraphBorders = new ParagraphBorders
            {
                TopBorder = (TopBorder)Side<TopBorder>(),
                LeftBorder = (LeftBorder)Side<LeftBorder>(),
                BottomBorder = (BottomBorder)Side<BottomBorder>(),
                RightBorder = (RightBorder)Side<RightBorder>(),
            };
            p.Indentation = new Indentation { Left = Units.Str(Math.Max(0, page.PortraitTextWidth - box)), FirstLine = "0" };
            p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "120" };
        }, Wml.Runs(draft.Runs, bold: true, sizePoints: profile.NumberSize));
    }
}

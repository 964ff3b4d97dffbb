using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Model;
using VanKien.Text;
using Frame = VanKien.Model.Frame;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace VanKien.Writing.Docx;

/// <summary>
/// The two-column header block of page 1: superior and issuing body, "*", number on the left;
/// the national line with its rule, place and date on the right. Row 2 keeps the number and the
/// date on one line.
/// </summary>
internal static class HeaderBlockWriter
{
    public static Table Write(Frame frame, FormatProfile profile, PageGeometry page)
    {
        var (left, right) = page.TwoColumns();
        var table = Wml.Table([left, right], bordered: false);

        var bodies = new List<Paragraph>();
        if (frame.Bodies.Superior is { } superior)
            bodies.Add(Wml.Paragraph(StyleIds.Block, Wml.Run(VietnameseText.Upper(superior.Value), sizePoints: profile.BodyNameSize)));
        bodies.Add(Wml.Paragraph(StyleIds.Block, Wml.Run(VietnameseText.Upper(frame.Bodies.Issuer.Value), bold: true, sizePoints: profile.BodyNameSize)));
        bodies.Add(Wml.Paragraph(StyleIds.Block, Wml.Run(profile.IssuerSeparator, sizePoints: profile.BodyNameSize)));

        // The rule under the national line is as long as the line: a single underline of its run.
        var national = Wml.Paragraph(StyleIds.Block,
            Wml.Run(profile.NationalLine, bold: true, underline: true, sizePoints: profile.NationalLineSize));

        table.Append(new TableRow(
            Wml.Cell(left, bodies),
            Wml.Cell(right, [national])));

        var number = Wml.Paragraph(StyleIds.Block, Wml.Run(profile.NumberPrefix + frame.Number.Value, sizePoints: profile.NumberSize));
        var placeDate = Wml.Paragraph(StyleIds.Block,
            Wml.Run($"{frame.Place.Value}, {VietnameseDate.Long(frame.Date.Value)}", italic: true, sizePoints: profile.PlaceDateSize));
        table.Append(new TableRow(
            Wml.Cell(left, [number], TableVerticalAlignmentValues.Bottom),
            Wml.Cell(right, [placeDate], TableVerticalAlignmentValues.Bottom)));
        return table;
    }
}

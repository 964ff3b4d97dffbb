using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Printing;
using VanKien.Standard;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace VanKien.Writing.Docx;

/// <summary>Recipients bottom-left and the signature bottom-right, side by side in a borderless table, never split across pages.</summary>
internal static class ClosingWriter
{
    public static Table Write(PrintedColumns closing, FormatProfile profile, PageGeometry page)
    {
        var (left, right) = page.TwoColumns();
        var table = Wml.Table([left, right], bordered: false);
        foreach (var row in closing.Rows)
            table.Append(new TableRow(new TableRowProperties(new CantSplit()),
                Wml.Cell(left, row.Left.Select(p => Line(p, profile))), Wml.Cell(right, row.Right.Select(p => Line(p, profile)))));
        return table;
    }

    /// <summary>
    /// A closing line in its role's style. The position, the room to sign and the name carry the
    /// bookmarks <c>vankien ky</c> places a signature by (<see cref="SignaturePlaces"/>).
    /// </summary>
    private static Paragraph Line(PrintedParagraph line, FormatProfile profile) => line.Role switch
    {
        // One empty line of an exact height: the room is the same whatever the style's size. Its bookmark marks the room's top and centre.
        PrintedRole.SignatureRoom => Wml.Paragraph(StyleIds.Signature, p => p.SpacingBetweenLines = new SpacingBetweenLines
        {
            Before = "0", After = "0", Line = Units.Str(Units.Twips(profile.SignatureRoomMm)), LineRule = LineSpacingRuleValues.Exact,
        }, SignaturePlaces.Marked(SignaturePlaces.Room)),
        PrintedRole.Position => Wml.Paragraph(StyleIds.Position, null, SignaturePlaces.Marked(SignaturePlaces.Position, [.. Wml.Runs(line.Runs)])),
        PrintedRole.SignerName => Wml.Paragraph(StyleIds.SignerName, null, SignaturePlaces.Marked(SignaturePlaces.Name, [.. Wml.Runs(line.Runs)])),
        _ => Wml.Paragraph(line.Role switch
        {
            PrintedRole.RecipientsLabel => StyleIds.RecipientsLabel,
            PrintedRole.Recipient => StyleIds.Recipient,
            _ => StyleIds.Authority,
        }, null, Wml.Runs(line.Runs)),
    };
}

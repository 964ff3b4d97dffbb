using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Model;
using VanKien.Text;
using Frame = VanKien.Model.Frame;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace VanKien.Writing.Docx;

/// <summary>
/// Recipients bottom-left and the signature bottom-right, side by side in a borderless table.
/// The compiler writes the punctuation: each recipient "- … ;", the last "- … .".
/// </summary>
internal static class ClosingWriter
{
    public static Table Write(Frame frame, FormatProfile profile, PageGeometry page)
    {
        var (left, right) = page.TwoColumns();
        var table = Wml.Table([left, right], bordered: false);

        var recipients = new List<Paragraph>();
        if (frame.Recipients.Count > 0)
        {
            recipients.Add(Wml.Paragraph(StyleIds.RecipientsLabel, Wml.Run("Nơi nhận:")));
            for (var i = 0; i < frame.Recipients.Count; i++)
            {
                var end = i == frame.Recipients.Count - 1 ? "." : ";";
                recipients.Add(Wml.Paragraph(StyleIds.Recipient, Wml.Run($"- {frame.Recipients[i].Value}{end}")));
            }
        }

        var signature = new List<Paragraph>();
        if (frame.Signature is { } sign)
        {
            signature.Add(Wml.Paragraph(StyleIds.Signature, Wml.Run(VietnameseText.Upper(sign.Authority.Value), bold: true)));
            signature.Add(Wml.Paragraph(StyleIds.Signature, Wml.Run(VietnameseText.Upper(sign.Position.Value), bold: profile.PositionBold)));
            for (var i = 0; i < profile.SignatureRoomLines; i++) signature.Add(Wml.Paragraph(StyleIds.Signature));
            signature.Add(Wml.Paragraph(StyleIds.Signature, Wml.Run(sign.Name.Value, bold: true)));
        }

        var row = new TableRow(new TableRowProperties(new CantSplit()), Wml.Cell(left, recipients), Wml.Cell(right, signature));
        table.Append(row);
        return table;
    }
}

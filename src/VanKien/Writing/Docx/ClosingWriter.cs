using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Templates;
using VanKien.Text;
using VanKien.Standard;
using Frame = VanKien.Model.Frame;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace VanKien.Writing.Docx;

/// <summary>
/// Recipients bottom-left and the signature bottom-right, side by side in a borderless table.
/// The compiler writes the punctuation: each recipient "- … ;", the last "- … .". Authority and
/// position default to the kind's template wording.
/// </summary>
internal static class ClosingWriter
{
    public static Table Write(Frame frame, ResolvedTemplate template, PageGeometry page)
    {
        var (left, right) = page.TwoColumns();
        var table = Wml.Table([left, right], bordered: false);

        var recipients = new List<Paragraph>();
        if (frame.Recipients.Count > 0)
        {
            recipients.Add(Wml.Paragraph(StyleIds.RecipientsLabel, Wml.Run("Nơi nhận:")));
            foreach (var line in FrameLines.Recipients(frame))
            {
                recipients.Add(Wml.Paragraph(StyleIds.Recipient, Wml.Run(line)));
            }
        }

        var signature = new List<Paragraph>();
        if (frame.Signature is { } sign)
        {
            // Without an authority line, the table's default for the issuer and signer (a cấp ủy's document never takes the chi bộ's default); one line a part.
            if (Authorities.Printed(sign.Authority?.Value, template.Profile.Variant, frame.Bodies.Issuer.Value, sign.Position?.Value, template.Kind.DefaultAuthority) is { } authority)
                foreach (var line in AuthorityForm.Lines(authority))
                    signature.Add(Wml.Paragraph(StyleIds.Authority, Wml.Run(VietnameseText.Upper(line))));
            if ((sign.Position?.Value ?? template.Kind.DefaultPosition) is { } position)
                signature.Add(Wml.Paragraph(StyleIds.Position, null, SignaturePlaces.Marked(SignaturePlaces.Position, Wml.Run(VietnameseText.Upper(position)))));
            // One empty line of an exact height: the room is the same whatever the style's size. Its bookmark, centred, marks the room's top and centre.
            signature.Add(Wml.Paragraph(StyleIds.Signature, p => p.SpacingBetweenLines = new SpacingBetweenLines
            {
                Before = "0", After = "0", Line = Units.Str(Units.Twips(template.Profile.SignatureRoomMm)), LineRule = LineSpacingRuleValues.Exact,
            }, SignaturePlaces.Marked(SignaturePlaces.Room)));
            signature.Add(Wml.Paragraph(StyleIds.SignerName, null, SignaturePlaces.Marked(SignaturePlaces.Name, Wml.Run(sign.Name.Value))));
        }

        table.Append(new TableRow(new TableRowProperties(new CantSplit()), Wml.Cell(left, recipients), Wml.Cell(right, signature)));
        return table;
    }
}

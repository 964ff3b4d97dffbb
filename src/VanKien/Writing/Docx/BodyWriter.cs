using DocumentFormat.OpenXml;
using VanKien.Printing;
using VanKien.Standard;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VanKien.Writing.Docx;

/// <summary>
/// The printed text's blocks as WordprocessingML: each paragraph in its role's style, tables sized
/// to the text width (a family of same-header tables as one), charts as chart parts.
/// </summary>
/// <param name="spaced">Room after each table or chart (the body); the appendix's tables stand alone.</param>
/// <param name="appendixRightMargin">In the appendix: its page's right margin (twips), which the bookmark on its first line carries for <c>vankien ky</c>.</param>
internal sealed class BodyWriter(int textWidthTwips, ChartWriter charts, bool spaced = true, int? appendixRightMargin = null)
{
    public IEnumerable<OpenXmlElement> Write(IEnumerable<PrintedBlock> blocks)
    {
        OpenXmlElement? held = null;
        foreach (var element in blocks.SelectMany(Elements))
        {
            // The room after a table or chart: spacing before the paragraph that follows, which a page's
            // top swallows, rather than an empty line, which would open the next page a line low.
            // Between two tables (or before the closing block) the empty line stays to keep them apart.
            if (held is not null)
            {
                if (element is W.Paragraph next && !_spacers.Contains(next))
                {
                    var properties = next.ParagraphProperties ??= new W.ParagraphProperties();
                    (properties.SpacingBetweenLines ??= new W.SpacingBetweenLines()).Before = SpacingAfterBlock;
                }
                else yield return held;
                held = null;
            }
            if (element is W.Paragraph spacer && _spacers.Contains(spacer)) held = spacer;
            else yield return element;
        }
        if (held is not null) yield return held;
    }

    private IEnumerable<OpenXmlElement> Elements(PrintedBlock block)
    {
        switch (block)
        {
            // Its bookmark: where the organisation's signature on the appendix goes (its first page, top right).
            case PrintedParagraph { Role: PrintedRole.AppendixLabel } label when appendixRightMargin is { } margin:
                yield return Wml.Paragraph(StyleIds.Summary, null,
                    SignaturePlaces.Marked(SignaturePlaces.AppendixPrefix + margin.ToString(System.Globalization.CultureInfo.InvariantCulture), [.. Wml.Runs(label.Runs)]));
                break;
            case PrintedParagraph paragraph:
                yield return Paragraph(paragraph);
                break;
            case PrintedTable table:
                yield return TableWriter.Write(table, textWidthTwips);
                if (spaced) yield return Spacer();
                break;
            case PrintedChart chart:
                yield return charts.Write(chart.Chart, textWidthTwips);
                if (spaced) yield return Spacer();
                break;
        }
    }

    /// <summary>A paragraph of the text in its role's style; a first-level heading without a number is centred.</summary>
    public static W.Paragraph Paragraph(PrintedParagraph paragraph) => paragraph.Role switch
    {
        PrintedRole.UnnumberedHeading when paragraph.Level == 1 =>
            Wml.Paragraph(StyleIds.Heading(paragraph.Outline), p => p.Justification = new W.Justification { Val = W.JustificationValues.Center }, Wml.Runs(paragraph.Runs)),
        _ => Wml.Paragraph(StyleOf(paragraph), null, Wml.Runs(paragraph.Runs)),
    };

    private static string StyleOf(PrintedParagraph paragraph) => paragraph.Role switch
    {
        PrintedRole.Heading or PrintedRole.UnnumberedHeading => StyleIds.Heading(paragraph.Outline),
        PrintedRole.PartNumber => StyleIds.PartNumber,
        PrintedRole.PartTitle or PrintedRole.Enacting => StyleIds.PartTitle,
        PrintedRole.Basis => StyleIds.Basis,
        PrintedRole.AppendixLabel or PrintedRole.AppendixTitle or PrintedRole.AppendixSubtitle => StyleIds.Summary,
        PrintedRole.AppendixNote => StyleIds.AppendixNote,
        _ => StyleIds.Body,
    };

    /// <summary>6 pt after a table or a chart.</summary>
    private const string SpacingAfterBlock = "120";

    private readonly HashSet<W.Paragraph> _spacers = new(ReferenceEqualityComparer.Instance);

    private W.Paragraph Spacer()
    {
        var spacer = Wml.Paragraph(StyleIds.Block, null, []);
        _spacers.Add(spacer);
        return spacer;
    }
}

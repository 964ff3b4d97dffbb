using DocumentFormat.OpenXml;
using VanKien.Printing;
using VanKien.Standard;

namespace VanKien.Writing.Docx;

/// <summary>The kind of document in capitals, the summary line under it, and a short rule below.</summary>
internal static class TitleWriter
{
    /// <summary>A Party document's separator: short, as 36-HD's examples draw it (3 cm).</summary>
    private const int PartyRuleTwips = 1700;

    public static IEnumerable<OpenXmlElement> Write(PrintedParagraph title, PrintedParagraph? summary, PageGeometry page, FormatProfile profile)
    {
        yield return Wml.Paragraph(StyleIds.KindTitle, null, Wml.Runs(title.Runs));
        if (summary is not null) yield return Wml.Paragraph(StyleIds.Summary, null, Wml.Runs(summary.Runs));
        yield return Wml.Rule(StyleIds.Block, RuleLength((summary ?? title).Text, page, profile), page.PortraitTextWidth, spaceAfter: 240);
    }

    /// <summary>
    /// NĐ 30 draws the line under a state document's summary at 1/3 to 1/2 of the line of text above
    /// it: 2/5 of that line's width, estimated from its characters (a summary of two lines fills the
    /// text width).
    /// </summary>
    private static int RuleLength(string above, PageGeometry page, FormatProfile profile)
    {
        if (profile.Variant != FrameVariant.State) return PartyRuleTwips;
        var lineTwips = Math.Min(page.PortraitTextWidth, Units.EstimatedWidthTwips(above.Length, profile.SummarySize));
        return lineTwips * 2 / 5;
    }
}

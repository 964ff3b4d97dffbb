using DocumentFormat.OpenXml;
using VanKien.Text;
using Document = VanKien.Model.Document;

namespace VanKien.Writing.Docx;

/// <summary>The kind of document in capitals, the summary line under it, and a short rule below.</summary>
internal static class TitleWriter
{
    private const int RuleLengthTwips = 1700;

    public static IEnumerable<OpenXmlElement> Write(Document document, string defaultTitle, PageGeometry page)
    {
        var title = document.Frame.Title?.Value ?? defaultTitle;
        yield return Wml.Paragraph(StyleIds.KindTitle, Wml.Run(VietnameseText.Upper(title)));

        if (document.Frame.Summary is { } summary)
            yield return Wml.Paragraph(StyleIds.Summary, Wml.Run(SentenceCase(summary.Value)));

        yield return Wml.Rule(StyleIds.Block, RuleLengthTwips, page.PortraitTextWidth, spaceAfter: 240);
    }

    /// <summary>The summary line is in sentence case: only its first letter is raised.</summary>
    private static string SentenceCase(string text) =>
        text.Length == 0 ? text : VietnameseText.Upper(text[..1]) + text[1..];
}

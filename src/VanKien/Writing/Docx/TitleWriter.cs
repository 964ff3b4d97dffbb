using DocumentFormat.OpenXml;
using VanKien.Text;
using VanKien.Standard;
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
    /// The first letter is a whole text element: cutting one UTF-16 unit would split a surrogate pair.
    private static string SentenceCase(string text)
    {
        if (text.Length == 0) return text;
        var first = System.Globalization.StringInfo.GetNextTextElementLength(text);
        return VietnameseText.Upper(text[..first]) + text[first..];
    }
}

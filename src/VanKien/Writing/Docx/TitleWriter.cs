using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Model;
using VanKien.Text;
using Document = VanKien.Model.Document;

namespace VanKien.Writing.Docx;

/// <summary>The kind of document in capitals, the summary line under it, and a short rule below.</summary>
internal static class TitleWriter
{
    private const int RuleLengthTwips = 1700;

    public static IEnumerable<OpenXmlElement> Write(Document document, PageGeometry page)
    {
        var title = document.Frame.Title?.Value ?? document.Kind.Title;
        yield return Wml.Paragraph(StyleIds.KindTitle, Wml.Run(VietnameseText.Upper(title)));

        if (document.Frame.Summary is { } summary)
            yield return Wml.Paragraph(StyleIds.Summary, Wml.Run(SentenceCase(summary.Value)));

        var indent = Units.Str((page.PortraitTextWidth - RuleLengthTwips) / 2);
        yield return Wml.Paragraph(StyleIds.Block, p =>
        {
            p.KeepNext = new KeepNext();
            p.ParagraphBorders = new ParagraphBorders
            {
                BottomBorder = new BottomBorder { Val = BorderValues.Single, Size = 6U, Space = 1U, Color = "auto" },
            };
            p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "240" };
            p.Indentation = new Indentation { Left = indent, Right = indent, FirstLine = "0" };
        }, []);
    }

    /// <summary>The summary line is in sentence case: only its first letter is raised.</summary>
    private static string SentenceCase(string text) =>
        text.Length == 0 ? text : VietnameseText.Upper(text[..1]) + text[1..];
}

using DocumentFormat.OpenXml;
using VanKien.Model;
using VanKien.Text;
using VanKien.Standard;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VanKien.Writing.Docx;

/// <summary>
/// The appendix in its landscape section: "PHỤ LỤC", its title in capitals, the author's lines
/// under it, the compiler's "(Kèm theo … số …, ngày … của …)" line, then its tables.
/// </summary>
internal static class AppendixWriter
{
    public static IEnumerable<OpenXmlElement> Write(Document document, Appendix appendix, string title, PageGeometry page)
    {
        // Its bookmark: where the organisation's signature on the appendix goes (its first page, top right).
        yield return Wml.Paragraph(StyleIds.Summary, null,
            SignaturePlaces.Marked(SignaturePlaces.AppendixPrefix + page.LandscapeRightMargin.ToString(System.Globalization.CultureInfo.InvariantCulture), Wml.Run("PHỤ LỤC")));
        if (appendix.Title.Count > 0)
            yield return Wml.Paragraph(StyleIds.Summary, null, Wml.Runs(appendix.Title, VietnameseText.Upper));
        foreach (var line in appendix.Subtitles)
            yield return Wml.Paragraph(StyleIds.Summary, null, Wml.Runs(line.Content));
        yield return Wml.Paragraph(StyleIds.AppendixNote, Wml.Run(AttachedTo(document, title)));

        foreach (var block in appendix.Blocks)
        {
            switch (block)
            {
                case Model.Table table:
                    yield return TableWriter.Write(table, page.LandscapeTextWidth);
                    break;
                case Paragraph paragraph:
                    yield return Wml.Paragraph(StyleIds.Body, null, Wml.Runs(paragraph.Content));
                    break;
            }
        }
    }

    /// <summary>"(Kèm theo Chương trình hành động số 16-CTr/ĐU, ngày 25/3/2026 của Ban Chấp hành Đảng bộ xã)".</summary>
    public static string AttachedTo(Document document, string title)
    {
        var frame = document.Frame;
        var of = frame.Bodies.NameInText is { } name ? $" của {name.Value}" : "";
        return $"(Kèm theo {title} số {frame.Number.Value}, ngày {frame.DateShort}{of})";
    }
}

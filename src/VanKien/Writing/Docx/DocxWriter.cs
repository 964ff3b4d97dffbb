using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Model;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VanKien.Writing.Docx;

/// <summary>
/// The DOCX writer: a typed document to the bytes of a WordprocessingML package laid out per
/// FORMAT.md. Every part gets a fixed relationship id so that the output is byte-identical for
/// identical input.
/// </summary>
public static class DocxWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    public static byte[] Write(Model.Document document, FormatProfile? profile = null)
    {
        profile ??= FormatProfile.Dang36_2018;
        var page = new PageGeometry(profile);

        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // AddMainDocumentPart() would pick a random relationship id.
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
            main.AddNewPart<StyleDefinitionsPart>("rIdStyles").Styles = StylesBuilder.Build(profile);
            main.AddNewPart<DocumentSettingsPart>("rIdSettings").Settings = Settings();
            main.AddNewPart<HeaderPart>(PageGeometry.DefaultHeaderId).Header =
                new Header(Wml.Paragraph(StyleIds.PageNumber, new SimpleField(new Run(new W.Text("2"))) { Instruction = " PAGE " }));
            main.AddNewPart<HeaderPart>(PageGeometry.FirstHeaderId).Header = new Header(new W.Paragraph());
            main.Document = new W.Document(Body(document, profile, page));
        }
        return DeterministicPackage.Normalize(stream.ToArray());
    }

    private static Body Body(Model.Document document, FormatProfile profile, PageGeometry page)
    {
        var body = new Body();
        body.Append(HeaderBlockWriter.Write(document.Frame, profile, page));
        body.Append(TitleWriter.Write(document, page));
        body.Append(new BodyWriter(document, page.PortraitTextWidth).Write());
        body.Append(Wml.Paragraph(StyleIds.Block, null, []));
        body.Append(ClosingWriter.Write(document.Frame, profile, page));

        if (document.Appendix is { } appendix)
        {
            // The last portrait paragraph carries the portrait section; the appendix is landscape.
            body.Append(Wml.ThinParagraph(page.Portrait()));
            body.Append(AppendixWriter.Write(document, appendix, page));
            body.Append(Wml.ThinParagraph());
            body.Append(page.Landscape());
        }
        else
        {
            body.Append(Wml.ThinParagraph());
            body.Append(page.Portrait());
        }
        return body;
    }

    private static Settings Settings() => new(
        new Compatibility(new CompatibilitySetting
        {
            Name = CompatSettingNameValues.CompatibilityMode,
            Uri = "http://schemas.microsoft.com/office/word",
            Val = "15",
        }));
}

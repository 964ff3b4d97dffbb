using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Templates;
using VanKien.Standard;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VanKien.Writing.Docx;

/// <summary>
/// The DOCX writer: a typed document to the bytes of a WordprocessingML package laid out per
/// FORMAT.md, with the styles, page setup and headers of the template's reference DOCX. Every
/// part gets a fixed relationship id so that the output is byte-identical for identical input.
/// </summary>
public static class DocxWriter
{
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";

    /// <summary>Writes with the template's reference document (read or built-in).</summary>
    public static byte[] Write(Model.Document document, ResolvedTemplate template, Provenance? provenance = null) =>
        Write(document, template, ReferenceDocuments.Get(template.Reference).Reference, provenance);

    /// <param name="provenance">Written into the custom properties; by default the document's own source.</param>
    public static byte[] Write(Model.Document document, ResolvedTemplate template, ReferenceDocument reference, Provenance? provenance = null)
    {
        var page = new PageGeometry(reference.Page, template.Profile);
        using var stream = new MemoryStream();
        using (var package = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Stored, not deflated: DeterministicPackage compresses every part once when it re-zips.
            package.CompressionOption = System.IO.Packaging.CompressionOption.NotCompressed;
            // AddMainDocumentPart() would pick a random relationship id.
            var main = package.AddNewPart<MainDocumentPart>(MainContentType, "rIdMain");
            reference.AddParts(main);
            main.Document = new W.Document(Body(document, template, page, new ChartWriter(main)));
            // Title, subject and author for Word's document properties, with fixed relationship ids.
            using (var core = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(DocumentProperties.Core(document, template.Kind.Title))))
                package.AddNewPart<CoreFilePropertiesPart>(DocumentProperties.CoreContentType, "rIdCore").FeedData(core);
            using (var app = new MemoryStream(System.Text.Encoding.UTF8.GetBytes(DocumentProperties.App())))
                package.AddNewPart<ExtendedFilePropertiesPart>(DocumentProperties.AppContentType, "rIdApp").FeedData(app);
            using (var custom = new MemoryStream(System.Text.Encoding.UTF8.GetBytes((provenance ?? Provenance.Of(document)).Xml())))
                package.AddNewPart<CustomFilePropertiesPart>(Provenance.ContentType, "rIdCustom").FeedData(custom);
        }
        return DeterministicPackage.Normalize(stream.ToArray());
    }

    private static Body Body(Model.Document document, ResolvedTemplate template, PageGeometry page, ChartWriter charts)
    {
        var title = template.Kind.Title;
        var body = new Body();
        body.Append(HeaderBlockWriter.DraftMarking(document.Frame, template.Profile, page));
        body.Append(HeaderBlockWriter.Write(document.Frame, template.Profile, page));
        body.Append(TitleWriter.Write(document, title, page, template.Profile));
        var text = new BodyWriter(document, page.PortraitTextWidth, document.HeadingScheme ?? template.Kind.Headings, charts, template.Profile.Variant == FrameVariant.State).Write().ToList();
        // The signed page carries the end of the text: the last paragraph keeps with the closing block.
        if (text.OfType<Paragraph>().LastOrDefault() is { } last)
            (last.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        body.Append(text);
        body.Append(Wml.Paragraph(StyleIds.Block, p => p.KeepNext = new KeepNext(), []));
        body.Append(ClosingWriter.Write(document.Frame, template, page));

        if (document.Appendix is { } appendix)
        {
            // The last portrait paragraph carries the portrait section; the appendix is landscape.
            body.Append(Wml.ThinParagraph(page.Portrait()));
            body.Append(AppendixWriter.Write(document, appendix, title, page));
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
}

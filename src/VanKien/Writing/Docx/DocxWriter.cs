using DocumentFormat.OpenXml;
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
    /// <summary>Writes with the template's reference document (read or built-in).</summary>
    public static byte[] Write(Model.Document document, ResolvedTemplate template, Provenance? provenance = null) =>
        Write(document, template, ReferenceDocuments.Get(template.Reference).Reference, provenance);

    /// <param name="provenance">Written into the custom properties; by default the document's own source.</param>
    public static byte[] Write(Model.Document document, ResolvedTemplate template, ReferenceDocument reference, Provenance? provenance = null)
    {
        var page = new PageGeometry(reference.Page, template.Profile);
        var charts = new ChartWriter();
        var package = new WordPackage(new W.Document(Body(document, template, page, charts)), reference);
        charts.AddTo(package);
        package.AddProperties(DocumentProperties.Core(document, template.TitleOf(document)), (provenance ?? Provenance.Of(document)).Xml());
        return package.ToBytes();
    }

    private static Body Body(Model.Document document, ResolvedTemplate template, PageGeometry page, ChartWriter charts)
    {
        var title = template.TitleOf(document);
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

using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Printing;
using VanKien.Standard;
using VanKien.Templates;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VanKien.Writing.Docx;

/// <summary>
/// The DOCX writer: the printed document (<see cref="Printer"/>) to the bytes of a WordprocessingML
/// package laid out per FORMAT.md, with the styles, page setup and headers of the template's reference
/// DOCX. It lays out lines the printer decided and adds none. Every part gets a fixed relationship id
/// so that the output is byte-identical for identical input.
/// </summary>
public static class DocxWriter
{
    /// <summary>Writes with the template's reference document (read or built-in).</summary>
    public static byte[] Write(Model.Document document, ResolvedTemplate template, Provenance? provenance = null) =>
        Write(document, template, ReferenceDocuments.Get(template.Reference).Reference, provenance);

    /// <param name="provenance">Written into the custom properties; by default the document's own source.</param>
    public static byte[] Write(Model.Document document, ResolvedTemplate template, ReferenceDocument reference, Provenance? provenance = null)
    {
        var printed = Printer.Print(document, template);
        var page = new PageGeometry(reference.Page, template.Profile);
        var charts = new ChartWriter();
        var package = new WordPackage(new W.Document(Body(printed, template, page, charts)), reference);
        charts.AddTo(package);
        package.AddProperties(DocumentProperties.Core(document, printed.Title), (provenance ?? Provenance.Of(document)).Xml());
        return package.ToBytes();
    }

    private static Body Body(PrintedDocument printed, ResolvedTemplate template, PageGeometry page, ChartWriter charts)
    {
        var body = new Body();
        if (printed.Draft is { } draft) body.Append(HeaderBlockWriter.DraftMarking(draft, template.Profile, page));
        body.Append(HeaderBlockWriter.Write(printed.Header, template.Profile, page));
        body.Append(TitleWriter.Write(printed.KindTitle, printed.Summary, page, template.Profile));
        var text = new BodyWriter(page.PortraitTextWidth, charts).Write(printed.Text).ToList();
        // The signed page carries the end of the text: the last paragraph keeps with the closing block.
        if (text.OfType<Paragraph>().LastOrDefault() is { } last)
            (last.ParagraphProperties ??= new ParagraphProperties()).KeepNext = new KeepNext();
        body.Append(text);
        body.Append(Wml.Paragraph(StyleIds.Block, p => p.KeepNext = new KeepNext(), []));
        body.Append(ClosingWriter.Write(printed.Closing, template.Profile, page));

        if (printed.Appendix is { } appendix)
        {
            // The last portrait paragraph carries the portrait section; the appendix is landscape.
            body.Append(Wml.ThinParagraph(page.Portrait()));
            body.Append(new BodyWriter(page.LandscapeTextWidth, charts, spaced: false, appendixRightMargin: page.LandscapeRightMargin).Write(appendix));
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

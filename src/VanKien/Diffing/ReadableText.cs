using VanKien.Model;
using VanKien.Printing;
using VanKien.Writing.Plain;

namespace VanKien.Diffing;

/// <summary>
/// A document as plain lines for <c>git diff</c> (through <c>vankien textconv</c>): a source's printed
/// lines, its DOCX's lines, with what the page does not print (a target's id, value and parent) as
/// annotations; or a built DOCX's paragraphs and table rows.
/// </summary>
public static class ReadableText
{
    public static string FromDocument(Document document) =>
        PlainTextWriter.Write(Printer.Print(document, new Templates.TemplateLocator().For(document).Template), annotated: true);

    /// <summary>The text of a DOCX that is trusted (built here, in a test); throws on a damaged one.</summary>
    public static string FromDocx(byte[] docx) => Reading.DocxText.Of(docx);

    /// <summary>The text of any DOCX, refused as import refuses it (<see cref="Reading.DocxText"/>): null, with a diagnostic.</summary>
    public static string? FromDocx(string path, byte[] docx, Diagnostics.DiagnosticBag diagnostics) => Reading.DocxText.Of(path, docx, diagnostics);
}

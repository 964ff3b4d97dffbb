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

    /// <summary>
    /// What <c>vankien textconv</c> prints for a file: a DOCX's lines (null, with a diagnostic, for one the
    /// import's gate refuses), a source's printed lines with their annotations, any other text as it is.
    /// </summary>
    public static string? OfFile(string path, byte[] bytes, Diagnostics.DiagnosticBag diagnostics)
    {
        if (path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase)) return FromDocx(path, bytes, diagnostics);
        var document = Reading.DocumentReader.Read(path, bytes, new Diagnostics.DiagnosticBag());
        return document is null ? System.Text.Encoding.UTF8.GetString(bytes) : FromDocument(document);
    }

    /// <summary>A file's bytes for textconv, through the input gate: null, with a located diagnostic, when refused.</summary>
    public static byte[]? Read(string path, Diagnostics.DiagnosticBag diagnostics)
    {
        var read = Reading.SafeFile.Read(path, 64L * 1024 * 1024);
        if (read.Bytes is null)
            diagnostics.Add(read.TooLarge ? Diagnostics.Rules.Limit : Diagnostics.Rules.Io, Diagnostics.SourceLocation.StartOf(path), read.Refusal ?? "không đọc được tệp");
        return read.Bytes;
    }

    /// <summary>The text of a DOCX that is trusted (built here, in a test); throws on a damaged one.</summary>
    public static string FromDocx(byte[] docx) => Reading.DocxText.Of(docx);

    /// <summary>The text of any DOCX, refused as import refuses it (<see cref="Reading.DocxText"/>): null, with a diagnostic.</summary>
    public static string? FromDocx(string path, byte[] docx, Diagnostics.DiagnosticBag diagnostics) => Reading.DocxText.Of(path, docx, diagnostics);
}

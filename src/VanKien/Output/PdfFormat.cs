namespace VanKien.Output;

/// <summary>PDF: the DOCX as LibreOffice prints it, fonts embedded, to print and sign digitally.</summary>
public static class PdfFormat
{
    public static OutputFormat Format { get; } = new("pdf", ".pdf", "PDF, để in và ký số (LibreOffice chuyển từ DOCX)")
    {
        MadeFrom = DocxFormat.Format.Name,
    };
}

namespace VanKien.Output;

/// <summary>DOCX: the printed document as the compiler builds it, to edit and sign.</summary>
public static class DocxFormat
{
    public static OutputFormat Format { get; } = new("docx", ".docx", "DOCX, để sửa trong Word và trình ký")
    {
        FromDocx = docx => docx,
    };
}

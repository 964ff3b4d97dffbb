namespace VanKien.Output;

/// <summary>
/// Text: the DOCX's paragraphs and table rows as plain lines, exactly what <c>vankien textconv</c> prints
/// for it, as a file to read without Word, to search, or to compare with any diff tool.
/// </summary>
public static class TextFormat
{
    public static OutputFormat Format { get; } = new("txt", ".txt", "văn bản thuần, như 'vankien textconv' in ra, để đọc và so sánh không cần Word")
    {
        MadeFrom = DocxFormat.Format.Name,
        // UTF-8 without a byte order mark, as textconv writes to git.
        FromDocx = docx => new System.Text.UTF8Encoding(false).GetBytes(Reading.DocxText.Of(docx)),
    };
}

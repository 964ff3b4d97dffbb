using System.Text;

namespace VanKien.Tests.Support;

/// <summary>
/// DOCX packages of hostile shapes, made by hand: nesting far past what Word writes, comment ranges
/// left open, one change cut into many runs. Shared with the growth benchmark (tests/VanKien.Benchmarks).
/// </summary>
internal static class HostileDocx
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>
    /// A package whose body is <paramref name="body"/> (raw WordprocessingML), with a comments part when
    /// given; stored, not compressed, so that the gate's ratio check (which a repetitive body would fail) is not what refuses it.
    /// </summary>
    public static byte[] Package(string body, string? comments = null)
    {
        var document = $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"{W}\"><w:body>{body}</w:body></w:document>";
        var types = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
            "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";
        List<(string, byte[])> entries = [("[Content_Types].xml", Encoding.UTF8.GetBytes(types)), ("word/document.xml", Encoding.UTF8.GetBytes(document))];
        if (comments is not null)
            entries.Add(("word/comments.xml", Encoding.UTF8.GetBytes($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments xmlns:w=\"{W}\">{comments}</w:comments>")));
        return ZipPackage.Of(System.IO.Compression.CompressionLevel.NoCompression, [.. entries]);
    }

    /// <summary>One paragraph whose text run is nested <paramref name="depth"/> runs deep.</summary>
    public static byte[] NestedRuns(int depth, string text = "Nội dung")
    {
        var body = new StringBuilder("<w:p>");
        for (var i = 0; i < depth; i++) body.Append("<w:r>");
        body.Append("<w:t>").Append(text).Append("</w:t>");
        for (var i = 0; i < depth; i++) body.Append("</w:r>");
        return Package(body.Append("</w:p>").ToString());
    }

    /// <summary><paramref name="count"/> comment ranges that never end, then <paramref name="count"/> runs of text, in one paragraph.</summary>
    public static byte[] UnclosedRanges(int count)
    {
        var body = new StringBuilder("<w:p>");
        var comments = new StringBuilder();
        for (var i = 0; i < count; i++)
        {
            body.Append($"<w:commentRangeStart w:id=\"{i}\"/>");
            comments.Append($"<w:comment w:id=\"{i}\" w:author=\"A\"><w:p><w:r><w:t>nhận xét {i}</w:t></w:r></w:p></w:comment>");
        }
        for (var i = 0; i < count; i++) body.Append($"<w:r><w:t>chữ thứ {i:00000} của đoạn văn dài dằng dặc </w:t></w:r>");
        return Package(body.Append("</w:p>").ToString(), comments.ToString());
    }

    /// <summary>One paragraph with one deletion and one insertion, each cut into <paramref name="runs"/> runs.</summary>
    public static byte[] OneChangeOverRuns(int runs)
    {
        var body = new StringBuilder("<w:p><w:r><w:t>Trước </w:t></w:r><w:del w:id=\"1\" w:author=\"A\">");
        for (var i = 0; i < runs; i++) body.Append("<w:r><w:delText>cũ </w:delText></w:r>");
        body.Append("</w:del><w:ins w:id=\"2\" w:author=\"A\">");
        for (var i = 0; i < runs; i++) body.Append("<w:r><w:t>mới </w:t></w:r>");
        return Package(body.Append("</w:ins></w:p>").ToString());
    }

    /// <summary><paramref name="count"/> paragraphs, each with one word replaced.</summary>
    public static byte[] ManyParagraphChanges(int count)
    {
        var body = new StringBuilder();
        for (var i = 0; i < count; i++)
            body.Append($"<w:p><w:r><w:t xml:space=\"preserve\">Đoạn {i} có chữ </w:t></w:r><w:del w:id=\"{2 * i}\" w:author=\"A\"><w:r><w:delText>cũ</w:delText></w:r></w:del>" +
                $"<w:ins w:id=\"{2 * i + 1}\" w:author=\"A\"><w:r><w:t>mới</w:t></w:r></w:ins></w:p>");
        return Package(body.ToString());
    }
}

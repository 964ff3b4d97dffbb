using System.IO.Compression;
using System.Xml;

namespace VanKien.Reading;

/// <summary>
/// Parts of a ZIP package (DOCX) read as untrusted input, for every reader that opens one (the
/// import gate, reference templates): inflated through a counter that stops at a budget whatever
/// the headers claim, and parsed as XML with DTDs prohibited and no resolver.
/// </summary>
public static class PackagePart
{
    /// <summary>The part's bytes, or null when inflating it would pass <paramref name="budget"/> bytes.
    /// A damaged entry throws <see cref="InvalidDataException"/>.</summary>
    public static byte[]? Inflate(ZipArchiveEntry entry, long budget)
    {
        using var stream = entry.Open();
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > budget) return null;
            buffer.Write(chunk, 0, read);
        }
        return buffer.ToArray();
    }

    /// <summary>
    /// How deep the elements of a part may nest. Real documents nest a few dozen deep (a table in a
    /// text box in a table); a walk of a tree 100,000 deep overflows the stack (an uncatchable crash)
    /// or costs the square of its size. The bound keeps every reader's walk short and linear.
    /// </summary>
    public const int MaxDepth = 256;

    /// <summary>
    /// The line where elements first nest deeper than <paramref name="max"/>, or null (also when the
    /// XML is not well-formed: the parse that follows says so). Read as a stream, before any tree is built.
    /// </summary>
    public static int? DeeperThan(byte[] xml, int max = MaxDepth)
    {
        try
        {
            using var reader = XmlReader.Create(new MemoryStream(xml), XmlSettings(xml.LongLength * 4 + 1024));
            var info = (IXmlLineInfo)reader;
            while (reader.Read())
                if (reader.Depth > max) return info.LineNumber;
        }
        catch (Exception ex) when (ex is XmlException or ArgumentException)
        {
        }
        return null;
    }

    /// <summary>Reader settings for package XML: no DTD, no external resources, bounded size.</summary>
    public static XmlReaderSettings XmlSettings(long maxCharacters) => new()
    {
        DtdProcessing = DtdProcessing.Prohibit,
        XmlResolver = null,
        MaxCharactersInDocument = maxCharacters,
        IgnoreComments = true,
    };
}

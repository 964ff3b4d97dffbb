using System.Xml.Linq;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;

namespace VanKien.Tests.Support;

/// <summary>Reads a built DOCX back: validator errors, and parts as normalised XML.</summary>
internal static class Docx
{
    public static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static IReadOnlyList<string> ValidationErrors(byte[] docx)
    {
        using var document = WordprocessingDocument.Open(new MemoryStream(docx), false);
        var validator = new OpenXmlValidator(DocumentFormat.OpenXml.FileFormatVersions.Office2019);
        return validator.Validate(document)
            .Select(e => $"{e.Part?.Uri} {e.Path?.XPath}: {e.Description}")
            .ToList();
    }

    public static XDocument Part(byte[] docx, string partName)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        var entry = zip.GetEntry(partName) ?? throw new InvalidOperationException($"no part {partName}");
        using var stream = entry.Open();
        return XDocument.Load(stream);
    }

    public static XDocument MainDocument(byte[] docx) => Part(docx, "word/document.xml");

    /// <summary>Replaces one part of a DOCX on disk by <paramref name="edit"/> of its text.</summary>
    public static void RewritePart(string docxPath, string partName, Func<string, string> edit)
    {
        using var zip = System.IO.Compression.ZipFile.Open(docxPath, System.IO.Compression.ZipArchiveMode.Update);
        var entry = zip.GetEntry(partName) ?? throw new InvalidOperationException($"no part {partName}");
        string text;
        using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(partName).Open(), new System.Text.UTF8Encoding(false));
        writer.Write(edit(text));
    }

    /// <summary>The part pretty-printed, one element per line, for snapshots and diffs.</summary>
    public static string Pretty(XDocument xml) =>
        xml.Root!.ToString(SaveOptions.None).Replace("\r\n", "\n") + "\n";

    /// <summary>
    /// Each paragraph's text (those in tables included, in order) as a reader sees it: a line break read
    /// as the space between the words it parts, and a no-break space as the space it prints as.
    /// </summary>
    public static IReadOnlyList<string> ParagraphTexts(XDocument xml) => RawParagraphTexts(xml).Select(VanKien.Text.NoBreakGroups.AsSpaces).ToList();

    /// <summary>Each paragraph's text with its no-break spaces kept, for tests about where they are.</summary>
    public static IReadOnlyList<string> RawParagraphTexts(XDocument xml) =>
        xml.Descendants(W + "p")
            .Select(p => string.Concat(p.Descendants().Where(e => e.Name == W + "t" || e.Name == W + "br").Select(e => e.Name == W + "br" ? " " : e.Value)))
            .ToList();

    public static XElement ParagraphWithText(XDocument xml, string text) =>
        xml.Descendants(W + "p").First(p => VanKien.Text.NoBreakGroups.AsSpaces(string.Concat(p.Descendants(W + "t").Select(t => t.Value))) == text);
}

using DocumentFormat.OpenXml;
using VanKien.Writing.Packaging;

namespace VanKien.Writing.Docx;

/// <summary>
/// A DOCX as parts: the main document, the parts it refers to by fixed relationship ids, and the
/// document properties, under the names and content types Word gives them.
/// </summary>
internal sealed class WordPackage
{
    public const string MainPartName = "/word/document.xml";
    private const string MainContentType = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml";
    private const string OfficeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";

    private readonly PackageBuilder _package = new();

    /// <summary>Starts a package with its main document and the reference's styles, settings, fonts, theme and headers.</summary>
    public WordPackage(OpenXmlPartRootElement document, ReferenceDocument reference)
    {
        _package.Add(MainPartName, MainContentType, Xml(document));
        _package.Relate("", "rIdMain", OfficeRelationships + "officeDocument", MainPartName);
        foreach (var part in reference.Parts) AddToMain(part);
    }

    /// <summary>A part the main document refers to, with the relationship id its XML uses.</summary>
    public void AddToMain(WordPart part)
    {
        _package.Add(part.Name, part.ContentType, part.Content);
        _package.Relate(MainPartName, part.Id, OfficeRelationships + part.Relationship, part.Name);
    }

    /// <summary>A part some other part refers to (a chart's workbook).</summary>
    public void Add(string source, WordPart part)
    {
        _package.Add(part.Name, part.ContentType, part.Content);
        _package.Relate(source, part.Id, OfficeRelationships + part.Relationship, part.Name);
    }

    /// <summary>Title, subject and author for Word's File › Info; the application; where the document came from.</summary>
    public void AddProperties(string core, string custom)
    {
        _package.Add("/docProps/core.xml", DocumentProperties.CoreContentType, System.Text.Encoding.UTF8.GetBytes(core));
        _package.Relate("", "rIdCore", "http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "/docProps/core.xml");
        _package.Add("/docProps/app.xml", DocumentProperties.AppContentType, SharedParts.Deflated(DocumentProperties.App()));
        _package.Relate("", "rIdApp", OfficeRelationships + "extended-properties", "/docProps/app.xml");
        _package.Add("/docProps/custom.xml", Provenance.ContentType, System.Text.Encoding.UTF8.GetBytes(custom));
        _package.Relate("", "rIdCustom", OfficeRelationships + "custom-properties", "/docProps/custom.xml");
    }

    public byte[] ToBytes() => _package.ToBytes();

    /// <summary>A typed part's XML as the SDK saves a part: UTF-8 without a byte-order mark, with an XML declaration.</summary>
    public static byte[] Xml(OpenXmlPartRootElement root)
    {
        using var stream = new MemoryStream();
        root.Save(stream);
        return stream.ToArray();
    }
}

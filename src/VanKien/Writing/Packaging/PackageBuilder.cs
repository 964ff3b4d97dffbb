using System.Text;

namespace VanKien.Writing.Packaging;

/// <summary>
/// An Open Packaging Conventions package (DOCX, XLSX) written directly: its parts, their
/// relationships with fixed ids, and the content types, in the form System.IO.Packaging gives them
/// (so readers that know that form see nothing new), zipped by <see cref="DeterministicZip"/>. A part
/// may come deflated already: the parts every output shares are compressed once per process.
/// </summary>
internal sealed class PackageBuilder
{
    private const string RelationshipsNs = "http://schemas.openxmlformats.org/package/2006/relationships";
    private const string RelationshipsContentType = "application/vnd.openxmlformats-package.relationships+xml";
    private const string XmlDeclaration = "\uFEFF<?xml version=\"1.0\" encoding=\"utf-8\"?>";

    private readonly List<(string Name, string ContentType, DeflatedPart Content)> _parts = [];
    private readonly Dictionary<string, StringBuilder> _relationships = new(StringComparer.Ordinal);
    private readonly List<string> _relationshipSources = [];

    /// <summary>Adds a part by its name in the package ("/word/document.xml").</summary>
    public void Add(string name, string contentType, DeflatedPart content) => _parts.Add((name, contentType, content));

    public void Add(string name, string contentType, ReadOnlySpan<byte> content) => Add(name, contentType, DeflatedPart.Of(content));

    /// <summary>A relationship of <paramref name="source"/> ("" for the package, or a part's name) to a part of the package; ids, types and names are VanKien's own constants, written as they are.</summary>
    public void Relate(string source, string id, string type, string target)
    {
        if (!_relationships.TryGetValue(source, out var xml))
        {
            _relationships[source] = xml = new StringBuilder(XmlDeclaration).Append("<Relationships xmlns=\"").Append(RelationshipsNs).Append("\">");
            _relationshipSources.Add(source);
        }
        xml.Append("<Relationship Type=\"").Append(type).Append("\" Target=\"").Append(target).Append("\" Id=\"").Append(id).Append("\" />");
    }

    public byte[] ToBytes()
    {
        var entries = new List<(string, DeflatedPart)> { ("[Content_Types].xml", SharedParts.Deflated(ContentTypes())) };
        foreach (var source in _relationshipSources)
        {
            var folder = source.Length == 0 ? "" : source[1..(source.LastIndexOf('/') + 1)];
            var name = source.Length == 0 ? "" : source[(source.LastIndexOf('/') + 1)..];
            entries.Add(($"{folder}_rels/{name}.rels", SharedParts.Deflated(_relationships[source].ToString() + "</Relationships>")));
        }
        foreach (var (name, _, content) in _parts) entries.Add((name[1..], content));
        return DeterministicZip.Write(InPackageOrder(entries));
    }

    /// <summary>[Content_Types].xml first, then the relationship parts of the package, then every part by name.</summary>
    public static List<(string Name, DeflatedPart Part)> InPackageOrder(IEnumerable<(string Name, DeflatedPart Part)> entries) =>
        entries.OrderBy(e => e.Name == "[Content_Types].xml" ? 0 : e.Name.StartsWith("_rels/", StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(e => e.Name, StringComparer.Ordinal)
            .ToList();

    /// <summary>
    /// A default content type for each extension, taken from the first part that has it, and one for
    /// relationships; an override for every part whose type differs from its extension's default.
    /// </summary>
    private string ContentTypes()
    {
        var defaults = new List<(string Extension, string ContentType)>();
        foreach (var (name, contentType, _) in _parts)
        {
            var extension = Path.GetExtension(name).TrimStart('.');
            if (!defaults.Exists(d => d.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase))) defaults.Add((extension, contentType));
        }
        if (_relationshipSources.Count > 0) defaults.Add(("rels", RelationshipsContentType));

        var xml = new StringBuilder(XmlDeclaration).Append("<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">");
        foreach (var (extension, contentType) in defaults)
            xml.Append("<Default Extension=\"").Append(extension).Append("\" ContentType=\"").Append(contentType).Append("\" />");
        foreach (var (name, contentType, _) in _parts)
        {
            var extension = Path.GetExtension(name).TrimStart('.');
            if (defaults.Find(d => d.Extension.Equals(extension, StringComparison.OrdinalIgnoreCase)).ContentType != contentType)
                xml.Append("<Override PartName=\"").Append(name).Append("\" ContentType=\"").Append(contentType).Append("\" />");
        }
        return xml.Append("</Types>").ToString();
    }
}

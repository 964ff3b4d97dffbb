using System.Security;
using System.Security.Cryptography;
using System.Text;

namespace VanKien.Writing.Docx;

/// <summary>
/// Where a DOCX came from, written into its custom properties (File › Properties › Custom in Word)
/// so that a reviewed copy can be taken back to its source: the source's path (from the project's
/// folder, '/'), the SHA-256 of its text (NFC, "\n" line ends, as the reader holds it), the
/// compiler's version, and the document's number, by which a source that moved is found again.
/// The same source gives the same bytes, as for every other part.
/// </summary>
public sealed record Provenance(string Source, string Sha256, string Version, string Number = "")
{
    public const string ContentType = "application/vnd.openxmlformats-officedocument.custom-properties+xml";
    public const string SourceName = "VanKien.Source";
    public const string HashName = "VanKien.SourceSha256";
    public const string VersionName = "VanKien.Version";
    public const string NumberName = "VanKien.Number";

    /// <summary>The provenance of a document read from <c>document.SourcePath</c>, its path given from its project's folder (the nearest vankien.yaml).</summary>
    public static Provenance Of(Model.Document document)
    {
        var full = Path.GetFullPath(document.SourcePath);
        var projectFolder = Project.ProjectFileReader.Find(full) is { } project ? Path.GetDirectoryName(project) : null;
        var source = projectFolder is null ? Path.GetFileName(full) : Path.GetRelativePath(projectFolder, full);
        return new Provenance(source.Replace('\\', '/'), HashOf(document.SourceLines), ToolVersion.Informational, document.Frame.Number.Value);
    }

    /// <summary>The hash of a source's text as the reader holds it.</summary>
    public static string HashOf(IReadOnlyList<string> lines) =>
        Convert.ToHexStringLower(SHA256.HashData(lines is Text.CompactLines compact
            ? compact.Utf8
            : Encoding.UTF8.GetBytes(string.Join('\n', lines))));

    public string Xml()
    {
        var s = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>");
        s.Append("<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/custom-properties\" ")
         .Append("xmlns:vt=\"http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes\">");
        var pid = 2;
        foreach (var (name, value) in new[] { (SourceName, Source), (HashName, Sha256), (VersionName, Version), (NumberName, Number) })
            s.Append("<property fmtid=\"{D5CDD505-2E9C-101B-9397-08002B2CF9AE}\" pid=\"").Append(pid++).Append("\" name=\"").Append(name)
             .Append("\"><vt:lpwstr>").Append(SecurityElement.Escape(XmlCharacters(value))).Append("</vt:lpwstr></property>");
        return s.Append("</Properties>").ToString();
    }

    /// <summary>
    /// A value XML 1.0 can hold: a file may be named with characters XML cannot carry (ESC, other C0
    /// controls, a lone surrogate), which would leave custom.xml unreadable. Each becomes OOXML's
    /// <c>_xHHHH_</c> escape, as Word writes them; a reviewed DOCX's provenance is only a hint anyway.
    /// </summary>
    internal static string XmlCharacters(string value)
    {
        if (value.All(c => System.Xml.XmlConvert.IsXmlChar(c) && c is not ('\r' or '\n' or '\t'))) return value;
        var s = new StringBuilder(value.Length + 16);
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (char.IsHighSurrogate(c) && i + 1 < value.Length && char.IsLowSurrogate(value[i + 1])) { s.Append(c).Append(value[++i]); continue; }
            if (System.Xml.XmlConvert.IsXmlChar(c) && c is not ('\r' or '\n' or '\t')) s.Append(c);
            else s.Append("_x").Append(((int)c).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)).Append('_');
        }
        return s.ToString();
    }
}

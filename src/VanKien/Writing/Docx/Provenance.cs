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
             .Append("\"><vt:lpwstr>").Append(SecurityElement.Escape(value)).Append("</vt:lpwstr></property>");
        return s.Append("</Properties>").ToString();
    }
}

using System.Security;

namespace VanKien.Writing.Docx;

/// <summary>
/// docProps/core.xml and docProps/app.xml, which Word shows under File › Info (title, subject,
/// author) and which records offices search by: written from the document itself, with the
/// document's own date in place of a clock time, so that the same source gives the same bytes.
/// </summary>
internal static class DocumentProperties
{
    public const string CoreContentType = "application/vnd.openxmlformats-package.core-properties+xml";
    public const string AppContentType = "application/vnd.openxmlformats-officedocument.extended-properties+xml";

    public static string Core(Model.Document document, string kindTitle)
    {
        var frame = document.Frame;
        var title = frame.Summary is { } summary ? $"{kindTitle} {frame.Number.Value}: {summary.Value}" : $"{kindTitle} {frame.Number.Value}";
        var date = $"{frame.Date.Value:yyyy-MM-dd}T00:00:00Z";
        return "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
               "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\" " +
               "xmlns:dcterms=\"http://purl.org/dc/terms/\" xmlns:xsi=\"http://www.w3.org/2001/XMLSchema-instance\">" +
               $"<dc:title>{Escape(title)}</dc:title>" +
               $"<dc:subject>{Escape(frame.Summary?.Value ?? kindTitle)}</dc:subject>" +
               $"<dc:creator>{Escape(frame.Bodies.Issuer.Value)}</dc:creator>" +
               $"<cp:keywords>{Escape(frame.Number.Value)}</cp:keywords>" +
               "<dc:language>vi-VN</dc:language>" +
               $"<dcterms:created xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:created>" +
               $"<dcterms:modified xsi:type=\"dcterms:W3CDTF\">{date}</dcterms:modified>" +
               "</cp:coreProperties>";
    }

    public static string App() =>
        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" +
        "<Properties xmlns=\"http://schemas.openxmlformats.org/officeDocument/2006/extended-properties\">" +
        "<Application>VanKien</Application><DocSecurity>0</DocSecurity>" +
        $"<AppVersion>{AppVersion()}</AppVersion>" +
        "</Properties>";

    /// <summary>Word's form of a version, "00.0001" for 0.1.x.</summary>
    private static string AppVersion() =>
        System.Version.TryParse(ToolVersion.Informational.Split('+')[0], out var version) ? $"{version.Major:00}.{version.Minor:0000}" : "00.0000";

    private static string Escape(string text) => SecurityElement.Escape(text) ?? "";
}

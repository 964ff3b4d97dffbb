namespace VanKien.Building;

/// <summary>How a build runs: where to, which formats, with which template and LibreOffice.</summary>
public sealed record BuildOptions(
    string OutputFolder,
    OutputFormats Formats = OutputFormats.Docx,
    string? TemplateOverride = null,
    string? Soffice = null)
{
    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromMinutes(10);
}

using System.Globalization;
using System.Text.RegularExpressions;
using VanKien.Building;

namespace VanKien.Tests.Support;

/// <summary>
/// The samples converted to PDF by LibreOffice, all in one soffice call with a profile of its
/// own (concurrent runs sharing a profile fail silently), read back with poppler.
/// </summary>
public sealed partial class PdfRendering
{
    private readonly Lazy<IReadOnlyDictionary<string, string>> _pdfs = new(Render);

    /// <summary>The PDF path of a sample, by the sample's file name without extension.</summary>
    public string Pdf(string sampleName) => _pdfs.Value[sampleName];

    public static int PageCount(string pdf) =>
        int.Parse(PagesLine().Match(ExternalTool.Run("pdfinfo", [pdf]).Output).Groups[1].Value, CultureInfo.InvariantCulture);

    public static string PageText(string pdf, int page) =>
        ExternalTool.Run("pdftotext", ["-layout", "-f", $"{page}", "-l", $"{page}", pdf, "-"]).Output;

    /// <summary>Width and height of each page, in points.</summary>
    public static IReadOnlyList<(double Width, double Height)> PageSizes(string pdf)
    {
        var info = ExternalTool.Run("pdfinfo", ["-f", "1", "-l", $"{PageCount(pdf)}", pdf]).Output;
        return PageSize().Matches(info)
            .Select(m => (double.Parse(m.Groups[1].Value, CultureInfo.InvariantCulture), double.Parse(m.Groups[2].Value, CultureInfo.InvariantCulture)))
            .ToList();
    }

    private static IReadOnlyDictionary<string, string> Render()
    {
        var folder = Repo.NewTempFolder();
        var docxFiles = new List<string>();
        var set = global::VanKien.Checking.DocumentSet.Create();
        foreach (var source in Repo.SampleSources())
        {
            var docx = Path.Combine(folder, Repo.SampleName(source) + ".docx");
            File.WriteAllBytes(docx, Compiler.Build(source, set).Docx!);
            docxFiles.Add(docx);
        }
        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;
        var result = ExternalTool.Run("soffice",
            ["--headless", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", folder, .. docxFiles],
            TimeSpan.FromMinutes(3));
        var pdfs = docxFiles.ToDictionary(d => Path.GetFileNameWithoutExtension(d), d => Path.ChangeExtension(d, ".pdf"));
        var missing = pdfs.Values.Where(p => !File.Exists(p)).ToList();
        if (missing.Count > 0)
            throw new InvalidOperationException($"LibreOffice wrote no {string.Join(", ", missing)}: {result.Output}{result.Error}");
        return pdfs;
    }

    [GeneratedRegex(@"Pages:\s+(\d+)")]
    private static partial Regex PagesLine();

    [GeneratedRegex(@"Page\s+\d+\s+size:\s+([\d.]+) x ([\d.]+) pts")]
    private static partial Regex PageSize();
}

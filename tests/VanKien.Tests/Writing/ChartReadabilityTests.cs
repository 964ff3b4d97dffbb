using System.IO.Compression;
using System.Xml.Linq;
using VanKien.Tests.Support;

namespace VanKien.Tests.Writing;

/// <summary>
/// The sơ kết report's charts as a reader sees them: labels with the decimal comma whatever the
/// reader's locale ("96,5%", not "96.5"), a percentage axis from 0 to 100, and series told apart
/// when printed in grey.
/// </summary>
[Trait("Speed", "Slow")]
public class ChartReadabilityTests
{
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";
    private static readonly XNamespace A = "http://schemas.openxmlformats.org/drawingml/2006/main";

    private static string Report(string formats)
    {
        var output = Path.Combine(Repo.NewTempFolder(), "bao-cao");
        var folder = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong");
        var result = CliRun.Run("report", Path.Combine(folder, "chuong-trinh-hanh-dong-2025-2030.md"), "--results", Path.Combine(folder, "ket-qua-2025-2030.yaml"),
            "--kind", "so-ket", "--noi-dung", Path.Combine(folder, "so-ket-2027-noi-dung.md"), "-o", output, "--format", formats);
        Assert.True(result.ExitCode == 0, result.Error);
        return output;
    }

    private static double Luminance(string hex)
    {
        static double Channel(int value)
        {
            var c = value / 255.0;
            return c <= 0.03928 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
        }
        return 0.2126 * Channel(Convert.ToInt32(hex[..2], 16)) + 0.7152 * Channel(Convert.ToInt32(hex[2..4], 16)) + 0.0722 * Channel(Convert.ToInt32(hex[4..], 16));
    }

    [Fact]
    public void Chart_labels_use_the_decimal_comma_axes_start_at_zero_and_series_differ_in_grey()
    {
        var docx = File.ReadAllBytes(Path.Combine(Report("docx"), "bao-cao-so-ket-2027.docx"));
        using var zip = new ZipArchive(new MemoryStream(docx));
        var charts = zip.Entries.Where(e => e.FullName.StartsWith("word/charts/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(charts);
        foreach (var entry in charts)
        {
            using var stream = entry.Open();
            var chart = XDocument.Load(stream);
            var labels = chart.Descendants(C + "dLbl").Select(l => string.Concat(l.Descendants(A + "t").Select(t => t.Value))).ToList();
            Assert.NotEmpty(labels);
            Assert.All(labels, l => Assert.DoesNotContain(".", l));
            var scaling = chart.Descendants(C + "valAx").Single().Element(C + "scaling")!;
            Assert.Equal("0", scaling.Element(C + "min")?.Attribute("val")?.Value);
            var colours = chart.Descendants(C + "ser").Select(s => s.Element(C + "spPr")!.Descendants(A + "srgbClr").First().Attribute("val")!.Value).ToList();
            for (var i = 1; i < colours.Count; i++)
                Assert.True(Math.Abs(Luminance(colours[i]) - Luminance(colours[i - 1])) > 0.3, $"{colours[i - 1]} and {colours[i]} look alike in grey");
        }
        Assert.Contains(charts.SelectMany(e =>
        {
            using var stream = e.Open();
            return XDocument.Load(stream).Descendants(C + "dLbl").Select(l => string.Concat(l.Descendants(A + "t").Select(t => t.Value))).ToList();
        }), l => l == "96,5%");
        Assert.Empty(Docx.ValidationErrors(docx));
    }

    [ExternalToolFact("soffice", "pdftotext", "pdftoppm")]
    public void Printed_in_grey_the_two_series_are_two_tones_far_apart()
    {
        var pdf = Path.Combine(Report("pdf"), "bao-cao-so-ket-2027.pdf");
        var page = Enumerable.Range(1, PdfRendering.PageCount(pdf)).First(p => PdfRendering.PageText(pdf, p).Contains("Giá trị đề ra", StringComparison.Ordinal) &&
            PdfRendering.PageText(pdf, p).Contains("Kết quả so với chỉ tiêu", StringComparison.Ordinal));
        var levels = Pgm.Render(pdf, page, dpi: 60).Levels();
        // The bars are the page's large areas of one mid grey (text is near black, paper white, rules thin):
        // the two tones with the most pixels, each a real area, and far enough apart to tell in print.
        var tones = Enumerable.Range(24, 208).Select(level => (Level: level, Pixels: levels[level])).OrderByDescending(t => t.Pixels).ToList();
        var first = tones[0];
        var second = tones.First(t => Math.Abs(t.Level - first.Level) > 8);
        Assert.True(second.Pixels > 300, $"a second filled tone: {second.Pixels} pixels at {second.Level} (first {first.Pixels} at {first.Level})");
        Assert.True(Math.Abs(first.Level - second.Level) >= 60, $"the series print as greys {first.Level} and {second.Level}, too alike");
    }

    [ExternalToolFact("soffice", "pdftotext")]
    public void LibreOffice_prints_the_chart_labels_with_the_decimal_comma()
    {
        var text = PdfRendering.Text(Path.Combine(Report("pdf"), "bao-cao-so-ket-2027.pdf"));
        // The chart of the second group has 96,5% beside its target of 95%; no label is printed with a point.
        Assert.Matches(@"95%\s+96,5%", text);
        Assert.DoesNotMatch(@"\b96\.5\b|\b4\.2\b", text);
    }
}

using System.Globalization;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using VanKien.Building;
using VanKien.Tests.Support;

namespace VanKien.Tests.Reporting;

/// <summary>
/// The sample sơ kết report: `vankien report` over the Việt Hồng program and its results builds a
/// valid DOCX whose native charts cache exactly the results, byte-identical run to run; its PDF
/// shows the chart; the committee roll-up over the samples prints the expected verdicts.
/// </summary>
[Trait("Speed", "Slow")]
public partial class ReportTests
{
    private static readonly string Folder = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong");
    private static readonly string Program = Path.Combine(Folder, "chuong-trinh-hanh-dong-2025-2030.md");
    private static readonly string ResultsFile = Path.Combine(Folder, "ket-qua-2025-2030.yaml");
    private static readonly XNamespace C = "http://schemas.openxmlformats.org/drawingml/2006/chart";

    internal static (string Docx, CliRun.Result Run) Report(string format = "docx")
    {
        var output = Repo.NewTempFolder();
        var run = CliRun.Run("report", Program, "--results", ResultsFile, "--kind", "so-ket",
            "--noi-dung", Path.Combine(Folder, "so-ket-2027-noi-dung.md"), "-o", output, "--format", format);
        Assert.True(run.ExitCode == 0, run.Error + run.Output);
        return (Path.Combine(output, "bao-cao-so-ket-2027.docx"), run);
    }

    [Fact]
    public void The_sample_report_is_a_valid_docx_with_a_table_per_group_and_a_chart_where_a_group_has_two_percentages_or_more()
    {
        var (docx, run) = Report();
        var bytes = File.ReadAllBytes(docx);

        Assert.Empty(Docx.ValidationErrors(bytes));
        Assert.Contains("Báo cáo năm 2027: 26 chỉ tiêu (đạt 15, vượt 3, không đạt 3, chưa có kết quả 5)", run.Output, StringComparison.Ordinal);
        var text = VanKien.Diffing.ReadableText.FromDocx(bytes);
        Assert.Contains("Phần thứ nhất", text, StringComparison.Ordinal);
        Assert.Contains("STT | Chỉ tiêu | Giá trị đề ra | Kết quả | Đánh giá", text, StringComparison.Ordinal);
        Assert.Contains("| ≥ 30% | 28% | Không đạt (−2 điểm phần trăm)", text, StringComparison.Ordinal);
        Assert.Contains("Tổng hợp: 26 chỉ tiêu: vượt 3, đạt 15, không đạt 3, chưa có kết quả 5.", text, StringComparison.Ordinal);
        Assert.Contains("Phần thứ hai", text, StringComparison.Ordinal);
        Assert.Contains("ĐÁNH GIÁ CHUNG", text, StringComparison.Ordinal);
        // Six groups chart percentages; two of them have one such target, which the table shows alone.
        Assert.Equal(4, Charts(bytes).Count);
    }

    [Fact]
    public void Each_charts_workbook_is_an_xlsx_part_that_opens_as_a_workbook()
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(File.ReadAllBytes(Report().Docx)));
        var workbooks = zip.Entries.Where(e => e.FullName.StartsWith("word/charts/embeddings/", StringComparison.Ordinal)).ToList();
        Assert.Equal(4, workbooks.Count);
        foreach (var entry in workbooks)
        {
            Assert.EndsWith(".xlsx", entry.FullName, StringComparison.Ordinal);
            using var data = new MemoryStream();
            using (var stream = entry.Open()) stream.CopyTo(data);
            using var book = DocumentFormat.OpenXml.Packaging.SpreadsheetDocument.Open(data, false);
            Assert.NotNull(book.WorkbookPart?.Workbook);
        }
    }

    [Fact]
    public void Each_charts_cached_values_are_the_results_and_the_values_set()
    {
        var bytes = File.ReadAllBytes(Report().Docx);
        var ids = Compiler.Check(Program).Document!.Targets.Select(t => t.Id!.Value).ToList();
        var results = ResultsIn2027();
        var values = ValuesSet();
        var points = 0;

        foreach (var chart in Charts(bytes))
        {
            var series = chart.Descendants(C + "ser").ToList();
            Assert.Equal(["Giá trị đề ra", "Kết quả"], series.Select(s => s.Element(C + "tx")!.Descendants(C + "v").Single().Value));
            var categories = series[1].Element(C + "cat")!.Descendants(C + "pt").Select(p => p.Element(C + "v")!.Value).ToList();
            var cached = series[1].Element(C + "val")!.Descendants(C + "pt").Select(p => decimal.Parse(p.Element(C + "v")!.Value, CultureInfo.InvariantCulture)).ToList();
            var set = series[0].Element(C + "val")!.Descendants(C + "pt").Select(p => decimal.Parse(p.Element(C + "v")!.Value, CultureInfo.InvariantCulture)).ToList();
            for (var i = 0; i < categories.Count; i++)
            {
                // A category is the target's STT, marked "↓" where less is better.
                var id = ids[int.Parse(categories[i].Split(' ')[0], CultureInfo.InvariantCulture) - 1];
                Assert.Equal(results[id], cached[i]);
                Assert.Equal(values[id], set[i]);
                points++;
            }
        }
        Assert.Equal(14, points); // 16 percentage targets, less the two that stand alone in their group
        // Only the malnutrition rate ("dưới 5%") is better lower.
        Assert.Equal(["10 ↓"], Charts(bytes).SelectMany(c => c.Descendants(C + "ser").First().Element(C + "cat")!.Descendants(C + "v")).Select(v => v.Value).Where(v => v.Contains('↓')));
    }

    [Fact]
    public void The_report_is_byte_identical_run_to_run() =>
        Assert.Equal(File.ReadAllBytes(Report().Docx), File.ReadAllBytes(Report().Docx));

    [ExternalToolFact("soffice", "pdftotext", "pdftoppm")]
    public void The_pdf_shows_the_chart_where_it_sits()
    {
        var pdf = Path.ChangeExtension(Report("docx,pdf").Docx, ".pdf");
        var pages = PdfRendering.Boxes(pdf);
        var (page, index) = pages.Select((p, i) => (p, i)).First(x => x.p.Words.Any(w => w.Text == "Kết") &&
            Regex.IsMatch(string.Join(" ", x.p.Words.Select(w => w.Text)), "Kết quả so với chỉ tiêu — Về xây dựng Đảng"));
        var title = page.Words.First(w => w.Text == "—");
        var image = Pgm.Render(pdf, index + 1, dpi: 60);

        // The plot under the title: bars, gridlines and labels. Beside the text column, the margin is white.
        var top = (title.YMax + 12) / page.Height;
        var plot = image.Ink(0.2, top, 0.85, top + 140 / page.Height);
        var margin = image.Ink(0.0, top, 0.1, top + 140 / page.Height);
        Assert.True(plot > 0.03, $"the chart area is blank: {plot:P1} ink");
        Assert.True(margin < 0.005, $"the margin has ink: {margin:P1}");
    }

    [Fact]
    public void The_committee_roll_up_over_the_samples_prints_each_cells_verdicts()
    {
        var run = CliRun.Run("rollup", Path.Combine(Repo.Samples, "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml"), Repo.Samples, "--nam", "2027");

        Assert.Equal(0, run.ExitCode);
        Snapshot.Verify(run.Output, "samples-2027");
    }

    private static List<XElement> Charts(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        return zip.Entries.Where(e => e.FullName.StartsWith("word/charts/", StringComparison.Ordinal) && e.FullName.EndsWith(".xml", StringComparison.Ordinal))
            .OrderBy(e => e.FullName, StringComparer.Ordinal)
            .Select(e => { using var s = e.Open(); return XDocument.Load(s).Root!; }).ToList();
    }

    /// <summary>The 2027 percentages of the results file, read here with a regex, not with the product's reader.</summary>
    private static Dictionary<string, decimal> ResultsIn2027()
    {
        var result = new Dictionary<string, decimal>();
        string? id = null;
        foreach (var line in File.ReadAllLines(ResultsFile))
        {
            if (IdLine().Match(line) is { Success: true } m) id = m.Groups[1].Value;
            if (id is not null && Year2027().Match(line) is { Success: true } v)
                result[id] = decimal.Parse(v.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture);
        }
        return result;
    }

    /// <summary>The percentage each target sets, from the program's own words ("90% trở lên", "dưới 5%", "100% …").</summary>
    private static Dictionary<string, decimal> ValuesSet() => Compiler.Check(Program).Document!.Targets
        .Where(t => t.Value is not null)
        .ToDictionary(t => t.Id!.Value, t => Regex.Match(t.Value!.ToString()!, @"(\d+(?:,\d+)?)%") is { Success: true } m
            ? decimal.Parse(m.Groups[1].Value.Replace(',', '.'), CultureInfo.InvariantCulture) : -1);

    [GeneratedRegex(@"^\s+- id: (\S+)")]
    private static partial Regex IdLine();

    [GeneratedRegex(@"2027: (\d+(?:,\d+)?)%")]
    private static partial Regex Year2027();
}

/// <summary>A results file without the report's number and date is refused before anything is written, with what to add.</summary>
public class ReportFrameTests
{
    [Fact]
    public void A_results_file_without_its_report_frame_is_refused_up_front()
    {
        var folder = Repo.NewTempFolder();
        var cell = Path.Combine(folder, "chi-bo-mam-non-viet-hong");
        Directory.CreateDirectory(cell);
        Directory.CreateDirectory(Path.Combine(folder, "dang-uy-xa-hung-an"));
        File.Copy(Path.Combine(Repo.Samples, "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml"), Path.Combine(folder, "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml"));
        File.Copy(Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md"), Path.Combine(cell, "chuong-trinh-hanh-dong-2025-2030.md"));
        var lines = File.ReadAllLines(Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "ket-qua-2025-2030.yaml")).ToList();
        var start = lines.FindIndex(l => l.StartsWith("bao-cao:", StringComparison.Ordinal));
        var end = lines.FindIndex(start + 1, l => l.Length > 0 && !l.StartsWith(' '));
        lines.RemoveRange(start, end - start);
        var results = Path.Combine(cell, "ket-qua-2025-2030.yaml");
        File.WriteAllLines(results, lines);
        var output = Path.Combine(folder, "bao-cao");

        var run = CliRun.Run("report", Path.Combine(cell, "chuong-trinh-hanh-dong-2025-2030.md"), "--results", results, "--kind", "tong-ket", "-o", output);

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.DiagnosticLines, l => l.Contains(" VK0708: "));
        Assert.Contains("'bao-cao: so', 'bao-cao: ngay'", line);
        Assert.StartsWith(results + ":1:1:", line);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output).Any(), "nothing is written");
    }
}

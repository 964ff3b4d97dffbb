using System.Globalization;
using System.Text;
using VanKien.Tests.Support;

namespace VanKien.Tests.Writing;

/// <summary>
/// The printed pages as LibreOffice lays them out, measured from its PDF with poppler: no two words
/// of a chart overlap (title, value labels, axes, legend), a lower-is-better target says so in the
/// chart and under it, the result tables of one report share one set of column widths and never
/// break a header inside a word, and a term ("nhiệm kỳ 2025 - 2030") or a date never breaks across lines.
/// </summary>
[Trait("Speed", "Slow")]
public class PrintedPageTests(PrintedPageTests.Printed printed) : IClassFixture<PrintedPageTests.Printed>
{
    /// <summary>The sample sơ kết report and a crowded chart, each built to PDF once for the class.</summary>
    public sealed class Printed
    {
        private readonly Lazy<string> _report = new(() =>
        {
            var output = Path.Combine(Repo.NewTempFolder(), "bao-cao");
            var folder = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong");
            var result = CliRun.Run("report", Path.Combine(folder, "chuong-trinh-hanh-dong-2025-2030.md"), "--results", Path.Combine(folder, "ket-qua-2025-2030.yaml"),
                "--kind", "so-ket", "--noi-dung", Path.Combine(folder, "so-ket-2027-noi-dung.md"), "-o", output, "--format", "pdf");
            Assert.True(result.ExitCode == 0, result.Error);
            return Path.Combine(output, "bao-cao-so-ket-2027.pdf");
        });

        private readonly Lazy<string> _crowded = new(() => Build("bieu-do-day", MinimalSources.WorkProgramme + CrowdedChart()));

        private readonly Lazy<string> _groups = new(() => Build("nhom-chu", MinimalSources.WorkProgramme + GroupsAtEveryOffset()));

        public string Report => _report.Value;

        public string Crowded => _crowded.Value;

        public string Groups => _groups.Value;

        private static string Build(string name, string source)
        {
            var folder = Repo.NewTempFolder();
            var path = Path.Combine(folder, name + ".md");
            File.WriteAllText(path, source);
            var result = CliRun.Run("build", path, "-o", Path.Combine(folder, "out"), "--format", "pdf");
            Assert.True(result.ExitCode == 0, result.Error + result.Output);
            return Path.Combine(folder, "out", name + ".pdf");
        }
    }

    /// <summary>Twelve categories of two series with one-decimal percentages under a title long enough to take two lines.</summary>
    private static string CrowdedChart()
    {
        var text = new StringBuilder("\n::: bieu-do Kết quả so với chỉ tiêu — Về công tác cải cách hành chính, ứng dụng công nghệ thông tin, chuyển đổi số và xây dựng chính quyền số\n");
        text.Append("| Chỉ tiêu | Giá trị đề ra | Kết quả |\n|---|---|---|\n");
        for (var i = 1; i <= 12; i++)
            text.Append(CultureInfo.InvariantCulture, $"| {i} | {90 + i % 3 * 4},5 | {88 + i % 4 * 3},5 |\n");
        return text.Append(":::\n").ToString();
    }

    /// <summary>
    /// The same sentence with one more letter before each group each time, so that every group lands
    /// across a line end in some paragraph wherever the page's margins put the line end.
    /// </summary>
    private static string GroupsAtEveryOffset()
    {
        var text = new StringBuilder("\n");
        for (var shift = 0; shift < 36; shift++)
            text.Append(CultureInfo.InvariantCulture,
                $"\nChi bộ {new string('x', shift)} thực hiện Nghị quyết nhiệm kỳ 2025 - 2030 của Đảng bộ, giai đoạn 2026 – 2030, báo cáo ngày 22 tháng 12 năm 2027 và ngày 01/10/2025 như sau.\n");
        return text.ToString();
    }

    private static readonly string[] Groups = ["nhiệm kỳ 2025 - 2030", "giai đoạn 2026 – 2030", "ngày 22 tháng 12 năm 2027", "ngày 01/10/2025"];

    /// <summary>
    /// Every pair of words on a page whose boxes intersect. A word's box runs from its font's ascent to
    /// its descent, which neighbouring lines of single-spaced text share, so each box is trimmed by a
    /// fifth of its height at top and bottom before comparing: what remains is the ink of the letters.
    /// </summary>
    internal static List<string> Overlaps(string pdf)
    {
        var found = new List<string>();
        var pages = PdfRendering.Boxes(pdf);
        for (var p = 0; p < pages.Count; p++)
        {
            var words = pages[p].Words;
            for (var i = 0; i < words.Count; i++)
                for (var j = i + 1; j < words.Count; j++)
                    if (Intersect(Ink(words[i]), Ink(words[j])))
                        found.Add($"trang {p + 1}: '{words[i].Text}' và '{words[j].Text}'");
        }
        return found;

        static PdfRendering.Word Ink(PdfRendering.Word w)
        {
            var trim = (w.YMax - w.YMin) / 5;
            return w with { XMin = w.XMin + 0.3, XMax = w.XMax - 0.3, YMin = w.YMin + trim, YMax = w.YMax - trim };
        }

        static bool Intersect(PdfRendering.Word a, PdfRendering.Word b) =>
            a.XMin < b.XMax && b.XMin < a.XMax && a.YMin < b.YMax && b.YMin < a.YMax;
    }

    [ExternalToolFact("soffice", "pdftotext")]
    public void No_two_words_of_the_report_overlap_title_labels_axes_and_legend_included()
    {
        Assert.Empty(Overlaps(printed.Report));
    }

    [ExternalToolFact("soffice", "pdftotext")]
    public void A_crowded_chart_under_a_two_line_title_keeps_every_label_apart()
    {
        var pages = PdfRendering.Boxes(printed.Crowded);
        // Each of the 24 values is printed as a label (one decimal, the decimal comma) and none touches another word.
        Assert.Equal(24, pages.SelectMany(p => p.Words).Count(w => System.Text.RegularExpressions.Regex.IsMatch(w.Text, @"^\d+,5$")));
        Assert.Empty(Overlaps(printed.Crowded));
    }

    [ExternalToolFact("soffice", "pdftotext")]
    public void A_lower_is_better_target_is_marked_in_the_chart_and_in_the_line_under_it()
    {
        var text = PdfRendering.Text(printed.Report);
        // Chỉ tiêu 10 (trẻ suy dinh dưỡng, "< 5%") is the only one of the report where lower is better.
        Assert.Matches(@"\b10 ↓", text);
        Assert.Matches(@"↓[^\n]*càng thấp càng tốt", text.Replace("\n", " ", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"\b(7|8|9|11) ↓", text);
    }

    [ExternalToolFact("soffice", "pdftotext")]
    public void The_result_tables_share_one_set_of_column_widths_and_no_header_breaks_inside_a_word()
    {
        // A header row is the line of words level with a "STT"; its other words are the column headers.
        var headers = PdfRendering.Boxes(printed.Report).SelectMany(page => page.Words.Where(w => w.Text == "STT")
            .Select(stt => page.Words.Where(w => Math.Abs((w.YMin + w.YMax) / 2 - (stt.YMin + stt.YMax) / 2) < 20).ToList())).ToList();
        Assert.True(headers.Count >= 5, $"{headers.Count} result tables found");
        foreach (var word in new[] { "STT", "Chỉ", "Giá", "Kết", "Đánh" })
        {
            var lefts = headers.Select(h => h.First(w => w.Text == word).XMin).ToList();
            Assert.True(lefts.Max() - lefts.Min() < 1, $"'{word}' starts at {string.Join(", ", lefts.Select(x => x.ToString("0.0", CultureInfo.InvariantCulture)))}");
        }
        // Vietnamese words are two syllables here: each pair prints on one line.
        foreach (var header in headers)
            foreach (var (first, second) in new[] { ("Chỉ", "tiêu"), ("Giá", "trị"), ("đề", "ra"), ("Kết", "quả"), ("Đánh", "giá") })
            {
                var a = header.First(w => w.Text == first);
                var b = header.First(w => w.Text == second && w.XMin > a.XMin - 1 && Math.Abs(w.YMin - a.YMin) < 30);
                Assert.True(Math.Abs(a.YMin - b.YMin) < 1, $"'{first} {second}' is broken across lines");
            }
    }

    [ExternalToolFact("soffice", "pdftotext")]
    public void A_term_a_period_and_a_date_never_break_across_lines()
    {
        var lines = PdfRendering.Text(printed.Groups).Split('\n').Select(l => string.Join(' ', l.Split([' ', '\u00A0'], StringSplitOptions.RemoveEmptyEntries))).ToList();
        foreach (var group in Groups)
            Assert.Equal(36, lines.Sum(l => Occurrences(l, group)));

        static int Occurrences(string line, string group)
        {
            var count = 0;
            for (var at = line.IndexOf(group, StringComparison.Ordinal); at >= 0; at = line.IndexOf(group, at + 1, StringComparison.Ordinal)) count++;
            return count;
        }
    }
}

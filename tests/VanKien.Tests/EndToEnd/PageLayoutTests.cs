using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using VanKien.Tests.Support;

namespace VanKien.Tests.EndToEnd;

/// <summary>
/// Pages a records clerk would sign off, read from LibreOffice's PDF with pdftotext's word boxes:
/// the page that holds the signature block carries body text above it, no table row is split
/// across two pages, and no heading is the last line of a page. Held over every sample, the sơ kết
/// report and a family of documents the test writes itself (bodies and tables of growing length, so
/// that headings, rows and the signature block fall at every height of a page); and, where
/// <c>../shared/corpus</c> is beside the repository, seven real documents (imported, their missing
/// closing supplied). Everything is built in one run.
/// </summary>
[Trait("Speed", "Slow")]
public class PageLayoutTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Corpus openings that hold a header block, a number and a date, so that they build once a closing is supplied.</summary>
    private static readonly string[] Corpus =
    [
        "02_thcs-phongmy-kh-daihoi-chibo-2020-2022", "22_bacninh-kh-155-ubnd-2017", "28_hanoi-kh-168-ubnd-2020",
        "34_bgddt-kh-1611-2022-stray-paragraph", "38_thcs-khuongmai-kh-37-congkhai-2023-double-so",
        "43_mn-dienthinh-kh-giaoduc-2024-2025-arabic-then-roman", "62_tiengiang-nq-01-hdnd-dieuchinh-chitieu-2018-ranges",
    ];

    private static readonly Lazy<string> Built = new(Build);

    private static string Build()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var cell = Path.Combine(samples, "chi-bo-mam-non-viet-hong");
        var report = CliRun.Run("report", Path.Combine(cell, "chuong-trinh-hanh-dong-2025-2030.md"), "--results", Path.Combine(cell, "ket-qua-2025-2030.yaml"),
            "--kind", "so-ket", "--noi-dung", Path.Combine(cell, "so-ket-2027-noi-dung.md"), "-o", Path.Combine(cell, "bao-cao"));
        Assert.True(report.ExitCode == 0, report.Output + report.Error);

        var texts = Repo.NewTempFolder();
        var supplement = Path.Combine(texts, "bo-sung.yaml");
        File.WriteAllText(supplement, "noi-nhan: [Như trên, Lưu văn thư]\nky: { ho-ten: Nguyễn Văn An }\n");
        WriteGenerated(Path.Combine(samples, Generated));
        foreach (var name in Directory.Exists(SharedMaterial.Corpus) ? Corpus : [])
        {
            // The text as found, without the corpus file's two lines of provenance.
            var text = Path.Combine(texts, name + ".txt");
            File.WriteAllLines(text, File.ReadAllLines(Path.Combine(SharedMaterial.Corpus, name + ".txt")).Skip(2));
            var import = CliRun.Run("import", text, "-o", Path.Combine(samples, "corpus"), "--bo-sung", supplement);
            Assert.True(import.ExitCode == 0, import.Output + import.Error);
        }

        var output = Path.Combine(Repo.NewTempFolder(), "out");
        var build = CliRun.Run("build", samples, "-o", output, "--format", "docx,pdf");
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        return output;
    }

    /// <summary>The documents the project itself holds or writes: every sample, the sơ kết report, the generated family.</summary>
    public static TheoryData<string> Documents()
    {
        var data = new TheoryData<string>();
        foreach (var sample in Repo.SampleSources()) data.Add(Path.GetRelativePath(Repo.Samples, Path.ChangeExtension(sample, null)));
        data.Add("chi-bo-mam-non-viet-hong/bao-cao/bao-cao-so-ket-2027");
        for (var i = 0; i < GeneratedCount; i++) data.Add($"{Generated}/{GeneratedName(i)}");
        return data;
    }

    /// <summary>The real documents of <c>../shared/corpus</c>.</summary>
    public static TheoryData<string> CorpusDocuments()
    {
        var data = new TheoryData<string>();
        foreach (var name in Corpus) data.Add("corpus/" + name);
        return data;
    }

    private const string Generated = "bo-cuc";
    private const int GeneratedCount = 8;

    private static string GeneratedName(int index) => $"chuong-trinh-cong-tac-{index + 1:00}";

    /// <summary>
    /// Work programmes whose body grows by a few paragraphs and table rows from one to the next, so that
    /// across the family a heading, a row and the signature block each land near the foot of a page.
    /// Every row holds two words found nowhere else in its document («Mã-07-031»), by which the
    /// row-split check places it.
    /// </summary>
    private static void WriteGenerated(string folder)
    {
        Directory.CreateDirectory(folder);
        string[] clauses =
        [
            "Chi ủy tiếp tục quán triệt, triển khai kịp thời các nghị quyết, chỉ thị của cấp trên đến toàn thể đảng viên",
            "nâng cao chất lượng sinh hoạt chi bộ, chú trọng sinh hoạt chuyên đề gắn với nhiệm vụ chính trị của đơn vị",
            "phát huy vai trò tiên phong, gương mẫu của đảng viên trong thực hiện nhiệm vụ chuyên môn",
            "đổi mới phương pháp giáo dục, lấy trẻ làm trung tâm, bảo đảm an toàn tuyệt đối cho trẻ",
            "tăng cường kiểm tra, giám sát việc thực hiện nhiệm vụ được giao, kịp thời biểu dương, nhắc nhở",
        ];
        for (var i = 0; i < GeneratedCount; i++)
        {
            var source = new StringBuilder($"""
                ---
                loai: chuong-trinh-cong-tac
                so: {i + 11:00}-CTr/CB
                co-quan:
                  cap-tren: Đảng bộ xã Hùng An
                  ban-hanh: Chi bộ Trường Mầm non Việt Hồng
                dia-danh: Hùng An
                ngay: 2026-01-{i + 5:00}
                trich-yeu: Năm 2026, bản thử bố cục số {i + 1}
                noi-nhan:
                  - Đảng ủy xã (b/c)
                  - Lưu Chi bộ
                ky:
                  ho-ten: Nguyễn Thị A
                ---

                Chi bộ xây dựng Chương trình công tác năm 2026 như sau:

                """);
            var paragraphs = 2 + 2 * i;
            for (var part = 0; part < 3; part++)
            {
                source.Append($"\n# Nhóm nhiệm vụ thứ {part + 1}\n\n");
                for (var p = 0; p < paragraphs; p++)
                    source.Append(string.Join("; ", Enumerable.Range(0, 3).Select(k => clauses[(part + p + k) % clauses.Length]))).Append(".\n\n");
                source.Append($"## Phần việc cụ thể của nhóm {part + 1}\n\n");
                source.Append("| Thời gian | Nội dung | Người phụ trách |\n|---|---|---|\n");
                for (var row = 0; row < 3 + 3 * i; row++)
                    source.Append($"| Mã-{i + 1:00}-{part}{row:00} | Dấu-{i + 1:00}-{part}{row:00} {clauses[row % clauses.Length]} | Chi ủy |\n");
            }
            source.Append("\n# Tổ chức thực hiện\n\nChi ủy phân công đảng viên phụ trách từng nội dung; định kỳ hằng quý đánh giá kết quả, báo cáo Đảng ủy xã.\n");
            File.WriteAllText(Path.Combine(folder, GeneratedName(i) + ".md"), source.ToString());
        }
    }

    private static (IReadOnlyList<PdfRendering.Page> Pages, XDocument Document) Read(string document)
    {
        var pdf = Path.Combine(Built.Value, document + ".pdf");
        var docx = Path.ChangeExtension(pdf, ".docx");
        Assert.True(File.Exists(pdf), $"{pdf} was not built: {string.Join(", ", Directory.GetFiles(Built.Value, "*.pdf", SearchOption.AllDirectories).Select(Path.GetFileName))}");
        return (PdfRendering.Boxes(pdf), Docx.MainDocument(File.ReadAllBytes(docx)));
    }

    [ExternalToolTheory("soffice", "pdftotext")]
    [MemberData(nameof(Documents))]
    public void The_page_with_the_signature_block_carries_body_text_above_it(string document) => SignatureBlockHasBodyAbove(document);

    [ExternalToolTheory("soffice", "pdftotext")]
    [MemberData(nameof(Documents))]
    public void No_table_row_is_split_across_pages(string document) => NoRowSplit(document);

    [ExternalToolTheory("soffice", "pdftotext")]
    [MemberData(nameof(Documents))]
    public void No_heading_is_the_last_line_of_a_page(string document) => NoHeadingLast(document);

    [SharedTheory("corpus", "soffice", "pdftotext")]
    [MemberData(nameof(CorpusDocuments))]
    public void A_real_documents_signature_block_page_carries_body_text_above_it(string document) => SignatureBlockHasBodyAbove(document);

    [SharedTheory("corpus", "soffice", "pdftotext")]
    [MemberData(nameof(CorpusDocuments))]
    public void No_table_row_of_a_real_document_is_split_across_pages(string document) => NoRowSplit(document);

    [SharedTheory("corpus", "soffice", "pdftotext")]
    [MemberData(nameof(CorpusDocuments))]
    public void No_heading_of_a_real_document_is_the_last_line_of_a_page(string document) => NoHeadingLast(document);

    [ExternalToolFact("soffice", "pdftotext")]
    public void The_generated_family_breaks_pages_inside_tables_and_just_before_headings()
    {
        // The family is worth having only if it reaches the cases the checks are about: across it, some page
        // begins inside a table (its header row repeated on top) and some begins with a heading a
        // shorter page would have left at the foot of the one before.
        var insideTables = 0;
        var atHeadings = 0;
        for (var i = 0; i < GeneratedCount; i++)
        {
            var (pages, _) = Read($"{Generated}/{GeneratedName(i)}");
            foreach (var page in pages.Skip(1))
            {
                // Below the page number: the first line of the page.
                var words = page.Words.Where(w => !Regex.IsMatch(w.Text, @"^\d+$")).ToList();
                var first = words.Count == 0 ? 0 : words.Min(w => w.YMin);
                var top = words.Where(w => w.YMin < first + 3).Select(w => w.Text).ToList();
                if (top.Contains("Thời") && top.Contains("Người")) insideTables++;
                if (top.Contains("Phần") || top.Contains("TỔ") || top.Contains("Nhóm")) atHeadings++;
            }
        }
        Assert.True(insideTables >= 3, $"only {insideTables} pages of the generated family begin inside a table");
        Assert.True(atHeadings >= 2, $"only {atHeadings} pages of the generated family begin with a heading");
    }

    private static void SignatureBlockHasBodyAbove(string document)
    {
        var (pages, _) = Read(document);
        var signed = pages.Select((page, index) => (page, index)).Last(p => p.page.Words.Any(w => w.Text == "Nơi") && p.page.Words.Any(w => w.Text == "nhận:"));
        var label = signed.page.Words.First(w => w.Text == "Nơi");
        // Above the "Nơi nhận:" line: more than the page number (a single short word at the top).
        var above = signed.page.Words.Where(w => w.YMax < label.YMin - 1).ToList();
        Assert.True(signed.index == 0 || above.Count > 1, $"page {signed.index + 1} holds the signature block with no body text above it");
    }

    private static void NoRowSplit(string document)
    {
        var (pages, xml) = Read(document);
        // A word found once in the whole PDF tells the page it stands on; a row whose such words stand on two pages was split.
        var pageOf = pages.SelectMany((page, index) => page.Words.Select(w => (w.Text, Index: index)))
            .GroupBy(w => w.Text).Where(g => g.Count() == 1).ToDictionary(g => g.Key, g => g.Single().Index);
        var rows = xml.Descendants(W + "tr").ToList();
        var judged = 0;
        foreach (var row in rows)
        {
            var words = row.Descendants(W + "t").Select(t => t.Value).SelectMany(t => t.Split(' ', StringSplitOptions.RemoveEmptyEntries)).Where(pageOf.ContainsKey).ToList();
            if (words.Count < 2) continue;
            judged++;
            var on = words.Select(w => pageOf[w]).Distinct().Order().ToList();
            Assert.True(on.Count == 1, $"the row «{string.Join(" | ", row.Elements(W + "tc").Select(c => string.Concat(c.Descendants(W + "t").Select(t => t.Value))))}» runs over pages {string.Join(", ", on.Select(p => p + 1))}");
        }
        Assert.True(rows.Count == 0 || judged > 0, "no row had words to place it by");
    }

    private static void NoHeadingLast(string document)
    {
        var (pages, xml) = Read(document);
        static string Squeeze(string text) => Regex.Replace(text, @"\s+", " ").Trim();
        var headingStyles = new HashSet<string> { "Heading1", "Heading2", "Heading3", "Heading4", "VkPartNumber", "VkPartTitle" };
        var headings = xml.Descendants(W + "p")
            .Where(p => p.Descendants(W + "pStyle").Any(s => headingStyles.Contains(s.Attribute(W + "val")?.Value ?? "")))
            .Select(p => Squeeze(string.Concat(p.Descendants(W + "t").Select(t => t.Value))))
            .Where(h => h.Length > 0).ToList();
        Assert.NotEmpty(headings);
        for (var i = 0; i < pages.Count - 1; i++)
        {
            var words = pages[i].Words;
            if (words.Count == 0) continue;
            var bottom = words.Max(w => w.YMin);
            var line = Squeeze(string.Join(" ", words.Where(w => Math.Abs(w.YMin - bottom) < 2).OrderBy(w => w.XMin).Select(w => w.Text)));
            Assert.False(line.Length >= 6 && headings.Any(h => h.Contains(line, StringComparison.Ordinal) || line.EndsWith(h, StringComparison.Ordinal)),
                $"page {i + 1} ends with the heading line «{line}»");
        }
    }
}

using System.Text.RegularExpressions;
using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Diffing;

/// <summary>
/// The redline DOCX: valid, its tracked changes seen by pandoc and LibreOffice, and exact — accepting
/// every change gives NEW's text, rejecting every change gives OLD's.
/// </summary>
[Trait("Speed", "Slow")]
public class RedlineTests
{
    /// <summary>Every pair of the diff tests, and a sample against a revision of it (appendix table included).</summary>
    public static TheoryData<string, string> Pairs => new()
    {
        { "revision-old.md", "revision-new.md" },
        { "revision-new.md", "revision-old.md" },
        { "nam-2025.md", "nam-2026.md" },
        { "committee-old.md", "committee-new.md" },
    };

    private static (string Old, string New) Paths(string older, string newer) => (Locate(older), Locate(newer));

    private static string Locate(string name) => name.StartsWith("committee-", StringComparison.Ordinal)
        ? Path.Combine(CommitteePair.Value, name)
        : DiffTests.Fixture(name);

    /// <summary>The committee's program (seed 004, with its landscape appendix) and a revision of it, in a temp folder.</summary>
    private static readonly Lazy<string> CommitteePair = new(() =>
    {
        var folder = Repo.NewTempFolder();
        var source = File.ReadAllText(Path.Combine(Repo.Samples, "dang-uy-xa-hung-an", "chuong-trinh-hanh-dong-16-giao-duc.md"));
        File.WriteAllText(Path.Combine(folder, "committee-old.md"), source);
        var revised = source
            .Replace("so: 16-CTr/ĐU", "so: 17-CTr/ĐU")
            .Replace("  - Trang TTĐT xã\n", "")
            .Replace("hoàn thành trong Quý II năm 2026", "hoàn thành trong Quý III năm 2026")
            .Replace("| 8 | Phát triển giáo dục mũi nhọn | Hàng năm | UBND xã | Các trường học | Thành tích HSG xếp trong top 100 trường của tỉnh |",
                     "| 8 | Phát triển giáo dục mũi nhọn | Hàng năm | UBND xã | Các trường học | Thành tích HSG xếp trong top 50 trường của tỉnh |\n| 8a | Bồi dưỡng học sinh năng khiếu | Hằng năm | Các trường học | Hội Khuyến học | 100% trường có câu lạc bộ năng khiếu |")
            .Replace("| 15 | Biên soạn và giảng dạy lịch sử, truyền thống của xã trong các trường phổ thông | Từ 2028 | P. VHXXH | các trường học | Sau khi xuất bản cuốn Địa chí và Lịch sử Đảng bộ xã |\n", "");
        Assert.NotEqual(source, revised);
        File.WriteAllText(Path.Combine(folder, "committee-new.md"), revised);
        return folder;
    });

    private static byte[] Redline(string older, string newer)
    {
        var (a, b) = Paths(older, newer);
        var target = Path.Combine(Repo.NewTempFolder(), "redline.docx");
        var result = CliRun.Run("diff", a, b, "--redline", target);
        Assert.True(result.ExitCode == 0, result.Error);
        return File.ReadAllBytes(target);
    }

    /// <summary>A side as the writer builds it (the redline's reference), without the checks a build would add.</summary>
    private static byte[] Build(string source)
    {
        var document = VanKien.Reading.DocumentReader.ReadFile(source, new VanKien.Diagnostics.DiagnosticBag())!;
        return VanKien.Writing.Docx.DocxWriter.Write(document, VanKien.Templates.TemplateLocator.Default.For(document).Template);
    }

    [Theory]
    [MemberData(nameof(Pairs))]
    public void The_redline_is_valid_and_carries_tracked_changes_with_author_and_date(string older, string newer)
    {
        var redline = Redline(older, newer);
        Assert.Empty(ValidationErrors(redline));
        var xml = MainDocument(redline);
        var changes = xml.Descendants().Where(e => e.Name == W + "ins" || e.Name == W + "del").ToList();
        Assert.NotEmpty(changes);
        Assert.All(changes, c => Assert.Equal("VanKien", c.Attribute(W + "author")?.Value));
        Assert.All(changes, c => Assert.Matches(@"^\d{4}-\d{2}-\d{2}T00:00:00Z$", c.Attribute(W + "date")?.Value ?? ""));
        Assert.Equal(changes.Count, changes.Select(c => c.Attribute(W + "id")!.Value).Distinct().Count());
        Assert.Equal(redline, Redline(older, newer)); // deterministic
    }

    [ExternalToolTheory("pandoc")]
    [MemberData(nameof(Pairs))]
    public void Accepting_every_change_gives_NEW_and_rejecting_every_change_gives_OLD(string older, string newer)
    {
        var (a, b) = Paths(older, newer);
        var folder = Repo.NewTempFolder();
        var redline = Path.Combine(folder, "redline.docx");
        File.WriteAllBytes(redline, Redline(older, newer));
        File.WriteAllBytes(Path.Combine(folder, "old.docx"), Build(a));
        File.WriteAllBytes(Path.Combine(folder, "new.docx"), Build(b));

        Assert.Equal(Words(Plain(Path.Combine(folder, "new.docx"))), Words(Plain(redline, "--track-changes=accept")));
        Assert.Equal(Words(Plain(Path.Combine(folder, "old.docx"))), Words(Plain(redline, "--track-changes=reject")));
    }

    [ExternalToolFact("pandoc")]
    public void Pandoc_shows_the_insertions_and_deletions()
    {
        var redline = Path.Combine(Repo.NewTempFolder(), "redline.docx");
        File.WriteAllBytes(redline, Redline("revision-old.md", "revision-new.md"));

        var all = Plain(redline, "--track-changes=all");
        Assert.Contains("90%", all);
        Assert.Contains("95%", all);
        var markdown = ExternalTool.Run("pandoc", ["-f", "docx", "-t", "markdown", "--wrap=none", "--track-changes=all", redline]).Output;
        Assert.Matches(@"\[[^\]]*95%[^\]]*\]\{\.insertion", markdown);
        Assert.Matches(@"\[[^\]]*90%[^\]]*\]\{\.deletion", markdown);
        Assert.Contains("Phân công rõ người, rõ việc.", Regex.Match(markdown, @"\[[^\]]*Phân công[^\]]*\]\{\.deletion").Value);
    }

    [ExternalToolFact("soffice", "pdftotext")]
    public void LibreOffice_opens_the_redline_and_converts_it_to_pdf()
    {
        var folder = Repo.NewTempFolder();
        var redline = Path.Combine(folder, "redline.docx");
        File.WriteAllBytes(redline, Redline("committee-old.md", "committee-new.md"));
        var profile = new Uri(Path.Combine(folder, "profile")).AbsoluteUri;
        ExternalTool.Run("soffice", ["--headless", $"-env:UserInstallation={profile}", "--convert-to", "pdf", "--outdir", folder, redline], TimeSpan.FromMinutes(3));
        var pdf = Path.Combine(folder, "redline.pdf");
        Assert.True(File.Exists(pdf), "LibreOffice wrote no PDF");
        var text = ExternalTool.Run("pdftotext", ["-layout", pdf, "-"]).Output;
        Assert.Contains("Bồi dưỡng học sinh năng khiếu", text); // an inserted table row
        Assert.Contains("17-CTr/ĐU", text);
    }

    private static string Plain(string docx, params string[] options) =>
        ExternalTool.Run("pandoc", ["-f", "docx", "-t", "plain", "--wrap=none", .. options, docx]).Output;

    /// <summary>The text as words: layout (table rules, blank lines) is pandoc's, the words are the document's.</summary>
    private static string[] Words(string text) =>
        Regex.Split(text.Normalize(System.Text.NormalizationForm.FormC), @"[^\p{L}\p{N}%/.,;:()«»\-]+").Where(w => w.Length > 0 && Regex.IsMatch(w, @"[\p{L}\p{N}]")).ToArray();
}

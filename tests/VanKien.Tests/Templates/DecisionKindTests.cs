using System.Net;
using System.Text;
using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Model;
using VanKien.Publishing;
using VanKien.Reading;
using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Templates;

/// <summary>
/// A kind is its template folder and nothing else: quyết định (decision) was added as
/// <c>templates/quyet-dinh/</c> alone — no C# names it — and a decision, Party (HD 36: "…-QĐ/ĐU")
/// or state (NĐ 30/2020, Phụ lục III, mẫu 1.4: "…/QĐ-UBND", "Theo đề nghị của …", "QUYẾT ĐỊNH:"),
/// imports, checks, builds and shows on the site, its articles numbered "Điều 1.", "Điều 2." by the
/// heading levels its mau.yaml spells out.
/// </summary>
public class DecisionKindTests
{
    private const string StateSample = "samples/ubnd-xa-hung-an/quyet-dinh-to-cong-tac-chuyen-doi-so-2026.md";
    private const string PartySample = "samples/dang-uy-xa-hung-an/quyet-dinh-to-giup-viec-16-giao-duc.md";

    /// <summary>An invented decision of a commune's People's Committee, typed as a clerk would copy it.</summary>
    private const string StateDecisionText = """
        ỦY BAN NHÂN DÂN
        XÃ HÙNG AN
        CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
        Độc lập - Tự do - Hạnh phúc
        Số: 61/QĐ-UBND
        Hùng An, ngày 05 tháng 5 năm 2026
        QUYẾT ĐỊNH
        Về việc giao nhiệm vụ rà soát quỹ đất mở rộng trường học
        ỦY BAN NHÂN DÂN XÃ HÙNG AN
        Căn cứ Luật Tổ chức chính quyền địa phương;
        Căn cứ Kế hoạch số 45/KH-UBND ngày 10/4/2026 của Ủy ban nhân dân xã;
        Theo đề nghị của Trưởng phòng Kinh tế.
        QUYẾT ĐỊNH:
        Điều 1. Giao Phòng Kinh tế rà soát quỹ đất mở rộng các trường học trên địa bàn xã, hoàn thành trong quý III năm 2026.
        Điều 2. Phòng Kinh tế báo cáo kết quả rà soát với Ủy ban nhân dân xã trước ngày 30/9/2026.
        Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Văn phòng Ủy ban nhân dân xã, Trưởng phòng Kinh tế chịu trách nhiệm thi hành Quyết định này./.
        Nơi nhận:
        - Như Điều 3;
        - Lưu: VT, KT.
        TM. ỦY BAN NHÂN DÂN
        CHỦ TỊCH
        Nguyễn Văn Hải
        """;

    /// <summary>An invented decision of a commune's Party committee (its standing committee).</summary>
    private const string PartyDecisionText = """
        ĐẢNG BỘ TỈNH HƯNG YÊN
        ĐẢNG ỦY XÃ HÙNG AN
        *
        Số 31-QĐ/ĐU
        ĐẢNG CỘNG SẢN VIỆT NAM
        Hùng An, ngày 12 tháng 5 năm 2026
        QUYẾT ĐỊNH
        Về việc phân công theo dõi các chi bộ trường học
        Căn cứ Điều lệ Đảng Cộng sản Việt Nam;
        Xét đề nghị của Văn phòng Đảng ủy,
        Điều 1. Phân công đồng chí Đỗ Thị Thu, Ủy viên Ban Thường vụ, theo dõi các chi bộ trường học.
        Điều 2. Văn phòng Đảng ủy và đồng chí có tên tại Điều 1 thi hành Quyết định này./.
        Nơi nhận:
        - Như Điều 2;
        - Lưu Văn phòng Đảng ủy.
        T/M BAN THƯỜNG VỤ
        BÍ THƯ
        Trần Văn Vy
        """;

    [Fact]
    public void The_decision_kind_is_its_template_folder_and_no_code_names_it()
    {
        var kind = DocumentKind.FromKey("quyet-dinh");
        Assert.NotNull(kind);
        Assert.Equal(("Quyết định", "QĐ"), (kind.Title, kind.TypeAbbreviation));
        Assert.Equal(["mau.yaml", "reference.docx"], Directory.EnumerateFiles(Path.Combine(Repo.Root, "templates", "quyet-dinh")).Select(Path.GetFileName).Order(StringComparer.Ordinal));

        // Where the compiler's code (comments aside: they may give a decision as an example) says "quyết
        // định" at all: only the importer's list of documents of other kinds, from which a kind with a
        // template folder is dropped (ImportableText.OtherKinds).
        var source = Path.Combine(Repo.Root, "src");
        string[] words = ["quyet-dinh", "Quyết định", "QUYẾT ĐỊNH", "\"QĐ\""];
        static string Code(string file) => string.Join("\n", File.ReadLines(file).Where(l => !l.TrimStart().StartsWith("//", StringComparison.Ordinal)));
        var naming = Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories)
            .Where(file => words.Any(w => Code(file).Contains(w, StringComparison.Ordinal)))
            .Select(file => Path.GetRelativePath(Repo.Root, file).Replace('\\', '/'))
            .ToList();
        Assert.Equal(["src/VanKien/Importing/ImportableText.cs"], naming);
        Assert.DoesNotContain(Directory.EnumerateFiles(source, "*.cs", SearchOption.AllDirectories), f => File.ReadAllText(f).Contains("quyet-dinh", StringComparison.Ordinal));
    }

    [Fact]
    public void The_new_command_and_the_schema_know_the_kind_from_its_folder()
    {
        var schema = CliRun.Run("schema", "van-ban");
        Assert.Contains("\"quyet-dinh\"", schema.Output);

        var folder = Repo.NewTempFolder();
        var path = Path.Combine(folder, "quyet-dinh.md");
        Assert.Equal(0, CliRun.Run("new", "quyet-dinh", "--nha-nuoc", "-o", path).ExitCode);
        var scaffold = File.ReadAllText(path);
        Assert.Contains("loai: quyet-dinh", scaffold);
        Assert.Contains("so: \"«số»/QĐ-«cơ quan, ví dụ UBND»\"", scaffold);
        Assert.Contains("# «Lời ban hành: Quyết định: (văn bản Đảng: Ban Thường vụ Đảng ủy quyết định:)» {-}", scaffold);
        Assert.Contains("# «Điều 2: nhiệm vụ, quyền hạn", scaffold);
        // Every place to fill is a to-do (VK0012), and nothing else is wrong with it.
        var check = Compiler.CheckSource(path, Encoding.UTF8.GetBytes(scaffold));
        Assert.NotEmpty(check.Diagnostics);
        Assert.All(check.Diagnostics.Where(d => d.Severity == Severity.Error), d => Assert.Equal("VK0012", d.Rule.Id));
    }

    [Fact]
    public void A_state_decision_imports_checks_and_builds_with_its_articles()
    {
        var diagnostics = new DiagnosticBag();
        var imported = Importer.Import("quyet-dinh.txt", Encoding.UTF8.GetBytes(StateDecisionText), diagnostics);
        Assert.DoesNotContain(diagnostics.Items, d => d.Rule == Rules.ImportNotPlanning);
        var source = imported.Source;
        Assert.NotNull(source);
        Assert.Contains("loai: quyet-dinh", source);
        Assert.Contains("the-thuc: nd30-2020", source);
        Assert.Contains("so: \"61/QĐ-UBND\"", source);
        Assert.Contains("- \"Theo đề nghị của Trưởng phòng Kinh tế\"", source);
        Assert.Contains("\n# QUYẾT ĐỊNH: {-}\n", source);
        Assert.Contains("\n# Giao Phòng Kinh tế rà soát quỹ đất mở rộng các trường học trên địa bàn xã, hoàn thành trong quý III năm 2026.\n", source);
        Assert.Contains("\n# Phòng Kinh tế báo cáo kết quả", source);

        var path = Path.Combine(Repo.NewTempFolder(), "quyet-dinh.md");
        var built = Compiler.BuildSource(path, Encoding.UTF8.GetBytes(source));
        Assert.Empty(built.Diagnostics.Where(d => d.Severity == Severity.Error).Select(d => d.ToString()));
        var texts = ParagraphTexts(MainDocument(built.Docx!));
        Assert.Contains("QUYẾT ĐỊNH", texts);
        Assert.Contains("Theo đề nghị của Trưởng phòng Kinh tế.", texts);
        Assert.Contains("QUYẾT ĐỊNH:", texts);
        Assert.Contains("Điều 1. Giao Phòng Kinh tế rà soát quỹ đất mở rộng các trường học trên địa bàn xã, hoàn thành trong quý III năm 2026.", texts);
        Assert.Contains(texts, t => t.StartsWith("Điều 3. Quyết định này có hiệu lực kể từ ngày ký.", StringComparison.Ordinal));
    }

    [Fact]
    public void A_party_decision_is_imported_not_refused()
    {
        var diagnostics = new DiagnosticBag();
        var imported = Importer.Import("quyet-dinh.txt", Encoding.UTF8.GetBytes(PartyDecisionText), diagnostics);
        Assert.DoesNotContain(diagnostics.Items, d => d.Rule == Rules.ImportNotPlanning);
        Assert.NotNull(imported.Source);
        Assert.Contains("loai: quyet-dinh", imported.Source);
        Assert.Contains("so: \"31-QĐ/ĐU\"", imported.Source);
        Assert.Contains("\n# Phân công đồng chí Đỗ Thị Thu, Ủy viên Ban Thường vụ, theo dõi các chi bộ trường học.\n", imported.Source);
        Assert.Contains("tham-quyen: \"T/M BAN THƯỜNG VỤ\"", imported.Source);
    }

    [Theory]
    [InlineData(PartySample, "Số 25-QĐ/ĐU", "Xét đề nghị của Văn phòng Đảng ủy,", "BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH:")]
    [InlineData(StateSample, "Số: 52/QĐ-UBND", "Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.", "QUYẾT ĐỊNH:")]
    public void The_sample_decisions_check_clean_and_print_their_articles(string sample, string number, string lastBasis, string enacting)
    {
        var path = Path.Combine(Repo.Root, sample);
        var result = Compiler.Build(path);
        Assert.Empty(result.Diagnostics.Where(d => d.Severity != Severity.Info).Select(d => d.ToString()));
        var document = MainDocument(result.Docx!);
        var texts = ParagraphTexts(document);
        Assert.Contains(texts, t => t.Contains(number, StringComparison.Ordinal));
        var title = texts.ToList().IndexOf("QUYẾT ĐỊNH");
        Assert.True(title >= 0);
        Assert.Contains(lastBasis, texts);
        var enactingAt = texts.ToList().IndexOf(enacting);
        Assert.True(enactingAt > title, enacting);
        Assert.StartsWith("Điều 1. ", texts[enactingAt + 1], StringComparison.Ordinal);
        Assert.Equal(3, texts.Count(t => t.StartsWith("Điều ", StringComparison.Ordinal) && char.IsAsciiDigit(t[5])));
        // "Điều 1." in bold opens the paragraph; the article's words are in the body's type.
        var article = ParagraphWithText(document, texts[enactingAt + 1]);
        Assert.NotNull(article.Elements(W + "r").First().Element(W + "rPr")?.Element(W + "b"));
        Assert.Null(article.Elements(W + "r").Last().Element(W + "rPr")?.Element(W + "b"));
        Assert.Empty(ValidationErrors(result.Docx!));
    }

    [Fact]
    public void The_site_shows_a_decision_with_its_articles()
    {
        var root = Repo.CopyOfSamples();
        var site = Path.Combine(root, "site");
        SiteBuilder.Build(SourceDiscovery.Discover([Path.Combine(root, "samples")]).Sources, new SiteBuilder.Options(site));
        var page = WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(site, "van-ban", "ubnd-xa-hung-an", "quyet-dinh-to-cong-tac-chuyen-doi-so-2026.html")));
        Assert.Contains("<h1>Quyết định số 52/QĐ-UBND</h1>", page);
        Assert.Contains(">QUYẾT ĐỊNH</h2>", page);
        Assert.Contains("<strong>Điều 1.</strong> Thành lập Tổ công tác chuyển đổi số", page);
        Assert.Contains("<strong>Điều 3.</strong> Quyết định này có hiệu lực kể từ ngày ký.", page);
        Assert.Contains("Theo đề nghị của Trưởng phòng Văn hóa - Xã hội.", page);
        var home = WebUtility.HtmlDecode(File.ReadAllText(Path.Combine(site, "index.html")));
        Assert.Contains("quyet-dinh-to-cong-tac-chuyen-doi-so-2026.html", home);
    }
}

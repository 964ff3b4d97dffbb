using System.Text;
using VanKien.Building;
using VanKien.Model;
using VanKien.Tests.Support;
using VanKien.Printing;
using VanKien.Writing.Docx;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Writing;

/// <summary>Each kind's heading scheme, as its template says.</summary>
public class HeadingSchemeTests
{
    [Theory]
    [InlineData("la-ma", "I. | 1. | 1.1. | 1.2. | a) | 2. | II. | 1.")]
    [InlineData("phan", "Phần thứ nhất | I. | 1. | 2. | a) | II. | Phần thứ hai | I.")]
    [InlineData("chu-cai", "A. | 1. | 1.1. | 1.2. | a) | 2. | B. | 1.")]
    public void Numbers_by_scheme(string scheme, string expected)
    {
        var numberer = new HeadingNumberer(HeadingSchemeKeys.ByKey[scheme]);
        int[] levels = [1, 2, 3, 3, 4, 2, 1, 2];
        Assert.Equal(expected, string.Join(" | ", levels.Select(numberer.Next)));
    }

    [Fact]
    /// <summary>The part's number in sentence case ("Phần thứ nhất", FORMAT.md: "Phần" + number), its title in capitals below.</summary>
    public void A_report_prints_each_part_as_two_centred_lines_then_numbered_sections()
    {
        var report = File.ReadAllText(Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "bao-cao-2025.md"));
        var docx = Compiler.BuildSource(Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "x.md"), Encoding.UTF8.GetBytes(report)).Docx!;
        var texts = ParagraphTexts(MainDocument(docx)).ToList();
        var part = texts.IndexOf("Phần thứ nhất");
        Assert.Equal("KẾT QUẢ THỰC HIỆN", texts[part + 1]);
        Assert.Equal("I. CÔNG TÁC XÂY DỰNG ĐẢNG", texts[part + 2]);
        Assert.Equal("Phần thứ hai", texts[texts.IndexOf("PHƯƠNG HƯỚNG, NHIỆM VỤ NĂM 2026") - 1]);
    }

    [Fact]
    public void A_document_sets_its_own_scheme_over_its_kinds_template()
    {
        var path = Path.Combine(Repo.Samples, "ubnd-xa-hung-an", "ke-hoach-giao-duc-2026.md");
        var plan = File.ReadAllText(path);
        var texts = ParagraphTexts(MainDocument(Compiler.BuildSource(path, Encoding.UTF8.GetBytes(plan.Replace("\nloai: ke-hoach\n", "\nloai: ke-hoach\nde-muc: phan\n", StringComparison.Ordinal))).Docx!));
        Assert.Contains("Phần thứ nhất", texts);
        Assert.Contains("MỤC ĐÍCH, YÊU CẦU", texts);
        Assert.DoesNotContain(texts, t => t.StartsWith("I. MỤC ĐÍCH", StringComparison.Ordinal));

        var wrong = Compiler.CheckSource(path, Encoding.UTF8.GetBytes(plan.Replace("\nloai: ke-hoach\n", "\nloai: ke-hoach\nde-muc: phan-thu\n", StringComparison.Ordinal)));
        var said = Assert.Single(wrong.Diagnostics, d => d.Rule == VanKien.Diagnostics.Rules.InvalidValue);
        Assert.Contains("la-ma, phan, chu-cai", said.Hint);
    }

    [Fact]
    public void An_unnumbered_heading_prints_without_a_number_and_is_not_counted()
    {
        var path = Path.Combine(Repo.Samples, "ubnd-xa-hung-an", "ke-hoach-giao-duc-2026.md");
        var plan = File.ReadAllText(path);
        var first = plan.IndexOf("\n# ", plan.IndexOf("\n---\n", 4, StringComparison.Ordinal), StringComparison.Ordinal);
        var edited = plan[..first] + "\n# Quyết nghị {-}\n" + plan[first..] + "\n# Kết luận {.unnumbered}\n\nKế hoạch được triển khai đến các trường.\n";
        var result = Compiler.BuildSource(path, Encoding.UTF8.GetBytes(edited));
        var document = MainDocument(result.Docx!);
        var texts = ParagraphTexts(document);
        Assert.Contains("QUYẾT NGHỊ", texts);
        Assert.Contains("KẾT LUẬN", texts);
        // Not counted: the first numbered heading is still I.
        Assert.Contains(texts, t => t.StartsWith("I. MỤC ĐÍCH", StringComparison.Ordinal));
        var enacting = document.Descendants(W + "p").Single(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)) == "QUYẾT NGHỊ");
        Assert.Equal("center", enacting.Element(W + "pPr")!.Element(W + "jc")!.Attribute(W + "val")!.Value);

        // Written back, the mark stays.
        var source = VanKien.Writing.Source.SourceWriter.Write(VanKien.Writing.Source.SourceDocument.From(result.Document!));
        Assert.Contains("\n# Quyết nghị {-}\n", source);
        Assert.Contains("\n# Kết luận {-}\n", source);
    }

    [Fact]
    public void A_spelled_out_scheme_numbers_its_own_labels_then_falls_back_to_letters()
    {
        var numberer = new HeadingNumberer(HeadingScheme.Custom([new HeadingLevel("Điều {so}.", RunIn: true), new HeadingLevel("Mục {la-ma}:", Capitals: true)]));
        int[] levels = [1, 2, 2, 3, 1, 2];
        Assert.Equal("Điều 1. | Mục I: | Mục II: | a) | Điều 2. | Mục I:", string.Join(" | ", levels.Select(numberer.Next)));
        Assert.True(numberer.RunsIn(1));
        Assert.False(numberer.RunsIn(2));
        Assert.True(numberer.IsCapitalised(2));
        Assert.False(numberer.IsCapitalised(1));
    }

    /// <summary>Any kind's template may spell out its levels: here a plan numbered by articles, as a decision is.</summary>
    [Fact]
    public void A_template_that_spells_out_articles_prints_each_as_a_paragraph_opened_by_its_bold_label()
    {
        var folder = Repo.NewTempFolder();
        Directory.CreateDirectory(Path.Combine(folder, "templates", "ke-hoach"));
        File.WriteAllText(Path.Combine(folder, "templates", "ke-hoach", "mau.yaml"),
            "loai: ke-hoach\ntieu-de: Kế hoạch\nde-muc:\n  - { nhan: \"Điều {so}.\", doan-van: true }\n  - { nhan: \"{so}.\" }\n");
        var plan = File.ReadAllText(Path.Combine(Repo.Samples, "ubnd-xa-hung-an", "ke-hoach-giao-duc-2026.md"));
        plan = string.Join("\n", plan.Split('\n').Where(l => !l.StartsWith("thuc-hien:", StringComparison.Ordinal) && !l.StartsWith("# yaml-language-server", StringComparison.Ordinal)));
        var path = Path.Combine(folder, "ke-hoach.md");
        var result = Compiler.BuildSource(path, Encoding.UTF8.GetBytes(plan));
        Assert.DoesNotContain(result.Diagnostics, d => d.Severity == VanKien.Diagnostics.Severity.Error);
        var document = MainDocument(result.Docx!);
        var texts = ParagraphTexts(document);
        Assert.Contains("Điều 1. Mục đích, yêu cầu", texts);
        Assert.Contains("Điều 2. Nhiệm vụ, giải pháp", texts);
        Assert.Contains("Điều 3. Tổ chức thực hiện", texts);
        var article = ParagraphWithText(document, "Điều 2. Nhiệm vụ, giải pháp");
        var runs = article.Elements(W + "r").ToList();
        Assert.Equal("Điều 2.", string.Concat(runs[0].Descendants(W + "t").Select(t => t.Value)));
        Assert.NotNull(runs[0].Element(W + "rPr")?.Element(W + "b"));
        Assert.Null(runs[^1].Element(W + "rPr")?.Element(W + "b"));
    }
}

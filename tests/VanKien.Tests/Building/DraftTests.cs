using System.Xml.Linq;
using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Building;

/// <summary>
/// Drafts in the source language: a number given as its symbol alone ("-CTr/CB") or <c>du-thao</c>
/// makes a draft, which prints a blank where the văn thư will write the number and the draft
/// marking in a box above the header; check says so (VK0309) and a release build refuses it (VK0310).
/// </summary>
public class DraftTests
{
    internal static (string Samples, string Source) Copy(string relative, Func<string, string> edit)
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var source = Path.Combine(samples, relative);
        File.WriteAllText(source, edit(File.ReadAllText(source)));
        return (samples, source);
    }

    internal const string Program = "chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md";
    private const string StatePlan = "ubnd-xa-hung-an/ke-hoach-giao-duc-2026.md";

    private static string Texts(XElement paragraph) => string.Concat(paragraph.Descendants(W + "t").Select(t => t.Value));

    [Fact]
    public void A_number_without_its_sequence_is_a_draft_printed_with_a_blank_and_the_marking()
    {
        var (_, source) = Copy(Program, text => text.Replace("\nso: 05-CTr/CB", "\nso: -CTr/CB", StringComparison.Ordinal));
        var check = CliRun.Run("check", source);
        Assert.True(check.ExitCode == 0, check.Error);
        var lines = check.DiagnosticLines;
        Assert.Contains(lines, l => l.Contains(" cảnh báo VK0309: văn bản là dự thảo («Dự thảo», chưa có số)", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("VK0303", StringComparison.Ordinal) || l.Contains("VK0004", StringComparison.Ordinal));

        var body = MainDocument(VanKien.Building.Compiler.Build(source).Docx!).Root!.Element(W + "body")!;
        // The marking first, boxed, at the right; then the header block, its number line with a held blank.
        var marking = body.Elements().First();
        Assert.Equal("Dự thảo", Texts(marking));
        Assert.Equal(4, marking.Descendants(W + "pBdr").Single().Elements().Count());
        Assert.True(int.Parse(marking.Descendants(W + "ind").Single().Attribute(W + "left")!.Value) > 5000);
        Assert.Equal(W + "tbl", body.Elements().ElementAt(1).Name);
        Assert.Contains(RawParagraphTexts(body.Document!), t => t == "Số \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0-CTr/CB");
    }

    [Fact]
    public void A_state_drafts_number_line_keeps_its_colon_and_a_numbered_draft_names_its_round()
    {
        var (_, plan) = Copy(StatePlan, text => text.Replace("\nso: 45/KH-UBND", "\nso: /KH-UBND", StringComparison.Ordinal));
        Assert.Contains(RawParagraphTexts(MainDocument(VanKien.Building.Compiler.Build(plan).Docx!)), t => t == "Số: \u00A0\u00A0\u00A0\u00A0\u00A0\u00A0/KH-UBND");

        var (_, program) = Copy(Program, text => text.Replace("\nso: 05-CTr/CB", "\nso: 05-CTr/CB\ndu-thao: lần 2", StringComparison.Ordinal));
        var texts = ParagraphTexts(MainDocument(VanKien.Building.Compiler.Build(program).Docx!));
        Assert.Equal("Dự thảo lần 2", texts[0]);
        Assert.Contains("Số 05-CTr/CB", texts);
        Assert.Contains(CliRun.Run("check", program).DiagnosticLines, l => l.Contains("VK0309: văn bản là dự thảo («Dự thảo lần 2»)", StringComparison.Ordinal));
    }

    /// <summary>A blank of six no-break spaces, as the draft's number line holds one.</summary>
    private const string Blank = "\u00A0\u00A0\u00A0\u00A0\u00A0\u00A0";

    [Fact]
    public void A_draft_may_leave_its_date_blank_and_prints_the_date_line_with_blanks_to_fill()
    {
        var (_, source) = Copy(Program, text => Dated(text.Replace("\nso: 05-CTr/CB", "\nso: -CTr/CB", StringComparison.Ordinal), ""));
        var check = CliRun.Run("check", source);
        Assert.True(check.ExitCode == 0, check.Error + string.Join("\n", check.DiagnosticLines));
        Assert.DoesNotContain(check.DiagnosticLines, l => l.Contains("VK0004", StringComparison.Ordinal) || l.Contains("VK0005", StringComparison.Ordinal));
        Assert.Contains(check.DiagnosticLines, l => l.Contains("VK0309: văn bản là dự thảo («Dự thảo», chưa có số, chưa có ngày)", StringComparison.Ordinal));

        var texts = RawParagraphTexts(MainDocument(VanKien.Building.Compiler.Build(source).Docx!));
        Assert.Contains($"Hùng An, ngày {Blank} tháng {Blank} năm {Blank}", texts);
    }

    [Fact]
    public void A_release_build_refuses_a_draft_left_undated_naming_the_date()
    {
        var (_, source) = Copy(Program, text => Dated(text.Replace("\nso: 05-CTr/CB", "\nso: 05-CTr/CB\ndu-thao: true", StringComparison.Ordinal), ""));
        var output = Path.Combine(Repo.NewTempFolder(), "out");
        Assert.Equal(0, CliRun.Run("build", source, "-o", output).ExitCode);
        var release = CliRun.Run("build", source, "-o", output, "--ban-chinh-thuc");
        Assert.Equal(1, release.ExitCode);
        var line = File.ReadAllLines(source).ToList().FindIndex(l => l.StartsWith("ngay:", StringComparison.Ordinal)) + 1;
        Assert.Contains(release.DiagnosticLines, l => l.StartsWith($"{source}:{line}:1: lỗi VK0310: ", StringComparison.Ordinal) && l.Contains("'ngay'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_document_that_is_not_a_draft_still_needs_its_date()
    {
        var (_, source) = Copy(Program, text => Dated(text, ""));
        Assert.Contains(CliRun.Run("check", source).DiagnosticLines, l => l.Contains("lỗi VK0004: ", StringComparison.Ordinal) && l.Contains("'ngay'", StringComparison.Ordinal));
    }

    /// <summary>The source with its date line replaced.</summary>
    private static string Dated(string text, string date) =>
        System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^ngay:.*$", date.Length == 0 ? "ngay:" : "ngay: " + date);

    [Fact]
    public void A_drafts_symbol_still_names_the_kinds_type()
    {
        var (_, source) = Copy(Program, text => text.Replace("\nso: 05-CTr/CB", "\nso: -KH/CB", StringComparison.Ordinal));
        Assert.Contains(CliRun.Run("check", source).DiagnosticLines, l => l.Contains("lỗi VK0303: ký hiệu loại 'KH' không phải của chương trình hành động ('CTr')", StringComparison.Ordinal));
    }

    [Fact]
    public void A_release_build_refuses_a_draft_and_writes_nothing_for_it_even_when_an_ordinary_build_is_up_to_date()
    {
        var (_, source) = Copy(Program, text => text.Replace("\nso: 05-CTr/CB", "\nso: -CTr/CB", StringComparison.Ordinal));
        var output = Path.Combine(Repo.NewTempFolder(), "out");
        Assert.Equal(0, CliRun.Run("build", source, "-o", output).ExitCode);
        var docx = Path.Combine(output, "chuong-trinh-hanh-dong-2025-2030.docx");
        Assert.True(File.Exists(docx));
        File.Delete(docx);

        var release = CliRun.Run("build", source, "-o", output, "--ban-chinh-thuc");
        Assert.Equal(1, release.ExitCode);
        Assert.Contains(release.DiagnosticLines, l => l.StartsWith($"{source}:7:5: lỗi VK0310: ", StringComparison.Ordinal));
        Assert.False(File.Exists(docx));

        // Numbered and no longer a draft: the release build takes it.
        File.WriteAllText(source, File.ReadAllText(source).Replace("\nso: -CTr/CB", "\nso: 05-CTr/CB", StringComparison.Ordinal));
        Assert.Equal(0, CliRun.Run("build", source, "-o", output, "--ban-chinh-thuc").ExitCode);
        Assert.True(File.Exists(docx));
    }
}

using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Results;
using VanKien.Tests.Support;

namespace VanKien.Tests.Results;

/// <summary>A results file is checked against its program: unknown targets, wrong units or kinds, periods outside the term.</summary>
public class ResultsCheckTests
{
    private static readonly string Program = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");

    private static IReadOnlyList<Diagnostic> Check(string entries)
    {
        var folder = Repo.NewTempFolder();
        var path = Path.Combine(folder, "ket-qua.yaml");
        File.WriteAllText(path, $"loai: ket-qua\nchuong-trinh: {Program}\nket-qua:\n{entries}");
        var diagnostics = new DiagnosticBag();
        var results = ResultsReader.Read(path, diagnostics);
        if (results is not null) ResultsChecker.Check(results, Compiler.Check(Program).Document!, diagnostics);
        return diagnostics.Items.Where(d => d.Severity != Severity.Info).ToList();
    }

    [Fact]
    public void The_sample_results_are_clean()
    {
        var diagnostics = new DiagnosticBag();
        var results = ResultsReader.Read(Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "ket-qua-2025-2030.yaml"), diagnostics);
        ResultsChecker.Check(results!, Compiler.Check(Program).Document!, diagnostics);

        Assert.DoesNotContain(diagnostics.Items, d => d.Severity != Severity.Info);
        Assert.Equal(5, diagnostics.Items.Count(d => d.Rule == Rules.ResultMissing));
    }

    [Fact]
    public void A_result_for_a_target_the_program_does_not_have_is_an_error_with_a_suggestion()
    {
        var d = Assert.Single(Check("  - id: xdd-20\n    gia-tri: { 2026: 95% }\n"));

        Assert.Equal((Rules.ResultForUnknownTarget, 4, 9), (d.Rule, d.Location.Line, d.Location.Column));
        Assert.Contains("05-CTr/CB", d.Message, StringComparison.Ordinal);
        Assert.Equal("có phải ý bạn là 'xdd-02'?", d.Hint);
    }

    [Theory]
    [InlineData("xdd-02", "92 đảng viên", "đơn vị 'đảng viên' khác đơn vị của chỉ tiêu '%'")]
    [InlineData("xdd-02", "hoàn thành tốt nhiệm vụ", "chỉ tiêu là một số đo (%): ghi một số")]
    [InlineData("xdd-01", "95%", "chỉ tiêu là một mức của thang")]
    [InlineData("xdd-01", "xuất sắc", "'xuất sắc' không phải một mức của thang")]
    [InlineData("cds-04", "100%", "chỉ tiêu định tính: ghi 'đạt', 'không đạt' hoặc 'vượt'")]
    public void A_result_in_the_wrong_unit_or_of_the_wrong_kind_is_an_error(string id, string value, string message)
    {
        var d = Assert.Single(Check($"  - id: {id}\n    gia-tri:\n      2026: {value}\n"));

        Assert.Equal((Rules.ResultWrongUnit, 6, 13), (d.Rule, d.Location.Line, d.Location.Column));
        Assert.Contains(message, d.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_yearly_result_is_accepted_and_judged_against_a_yearly_range()
    {
        // Issue 33: the target keeps "/năm" as its period, the result in its unit; both mean each year.
        var folder = Repo.NewTempFolder();
        var program = Path.Combine(folder, "chuong-trinh.md");
        File.Copy(Program, program);
        var parent = Path.Combine(Path.GetDirectoryName(Program)!, "..", "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml");
        var source = File.ReadAllText(program).Replace("gia-tri: \">= 90%\"", "gia-tri: \"8..10%/năm\"", StringComparison.Ordinal);
        File.WriteAllText(program, System.Text.RegularExpressions.Regex.Replace(source, @"thuc-hien: .*", "thuc-hien: " + parent.Replace('\\', '/')));
        var path = Path.Combine(folder, "ket-qua.yaml");
        File.WriteAllText(path, $"loai: ket-qua\nchuong-trinh: {program}\nket-qua:\n  - id: xdd-02\n    gia-tri:\n      2026: 9%/năm\n");
        var diagnostics = new DiagnosticBag();
        var results = ResultsReader.Read(path, diagnostics)!;
        var document = Compiler.Check(program).Document!;
        ResultsChecker.Check(results, document, diagnostics);

        Assert.DoesNotContain(diagnostics.Items, d => d.Rule == Rules.ResultWrongUnit);
        var target = document.Targets.Single(t => t.Id?.Value == "xdd-02");
        Assert.Equal(VanKien.Targets.Period.EachYear, target.Period);
        Assert.Equal(Verdict.Met, Evaluator.Evaluate(target, results.Entries.Single(e => e.TargetId.Value == "xdd-02"), 2026).Verdict);
    }

    [Fact]
    public void A_year_outside_the_term_is_an_error()
    {
        var d = Assert.Single(Check("  - id: xdd-02\n    gia-tri:\n      2024: 95%\n      2026: 95%\n"));

        Assert.Equal((Rules.ResultOutsideTerm, 6, 13), (d.Rule, d.Location.Line, d.Location.Column));
        Assert.Equal("năm 2024 ngoài nhiệm kỳ 2025-2030 của chương trình", d.Message);
    }

    [Fact]
    public void A_decimal_comma_split_by_a_flow_mapping_is_explained()
    {
        var diagnostics = Check("  - id: gd-05\n    gia-tri: { 2025: 5,8% }\n");

        var d = Assert.Single(diagnostics);
        Assert.Equal((Rules.InvalidValue, 5, 24), (d.Rule, d.Location.Line, d.Location.Column));
        Assert.Contains("mỗi kỳ một dòng", d.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Two_entries_for_one_target_are_an_error()
    {
        var d = Assert.Single(Check("  - id: xdd-02\n    gia-tri: { 2025: 92% }\n  - id: xdd-02\n    gia-tri: { 2026: 94% }\n"));

        Assert.Equal((Rules.ResultDuplicate, 6, 9), (d.Rule, d.Location.Line, d.Location.Column));
    }
}

/// <summary>`check` and `build` over a folder check the results files in it, as CI runs them on every commit.</summary>
public class ResultsInProjectTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void A_bad_results_file_fails_check_and_build_of_its_folder(string command)
    {
        var copy = Repo.NewTempFolder();
        foreach (var file in Directory.EnumerateFiles(Repo.Samples, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(copy, Path.GetRelativePath(Repo.Samples, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
        var results = Path.Combine(copy, "chi-bo-tieu-hoc-hung-an", "ket-qua-2025-2030.yaml");
        File.WriteAllText(results, File.ReadAllText(results).Replace("id: xd-04", "id: xd-40", StringComparison.Ordinal));

        var run = command == "check" ? CliRun.Run("check", copy) : CliRun.Run("build", copy, "-o", Path.Combine(copy, "out"));

        Assert.Equal(1, run.ExitCode);
        var line = Assert.Single(run.DiagnosticLines);
        Assert.EndsWith("ket-qua-2025-2030.yaml:14:9: lỗi VK0701: chương trình 03-CTr/CB không có chỉ tiêu 'xd-40'", line, StringComparison.Ordinal);
    }
}

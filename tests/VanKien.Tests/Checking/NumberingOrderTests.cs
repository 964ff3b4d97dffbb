using VanKien.Tests.Support;

namespace VanKien.Tests.Checking;

/// <summary>
/// The văn thư's check across a project: within one term, an issuer's numbers of one type run in
/// date order (VK0307, on the later document, pointing at the earlier one).
/// </summary>
public class NumberingOrderTests
{
    private static string Valid => File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"));

    private static string Write(string folder, string name, string number, string date, string? term = null)
    {
        var text = Valid.Replace("01-CTr/CB", number).Replace("ngay: 2025-10-01", $"ngay: {date}" + (term is null ? "" : $"\nnhiem-ky: \"{term}\""));
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    [Fact]
    public void A_later_document_with_a_smaller_number_in_the_same_term_is_reported()
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "vankien.yaml"), "mau: templates\n");
        Write(folder, "a.md", "05-CTr/CB", "2025-10-01", "2025-2030");
        var later = Write(folder, "b.md", "02-CTr/CB", "2026-01-08");
        var result = CliRun.Run("check", folder);
        var d = Assert.Single(result.DiagnosticLines, l => l.Contains(" VK0307: "));
        Assert.StartsWith($"{later}:3:5: cảnh báo VK0307: ", d);
        Assert.Contains("05-CTr/CB", d);
    }

    [Theory]
    [InlineData("06-CTr/CB", "2026-01-08", null)]          // in order
    [InlineData("02-KH/CB", "2026-01-08", null)]           // another type
    [InlineData("02-CTr/CB", "2031-01-08", "2030-2035")]   // the next term starts again from 01
    public void Numbers_in_order_of_another_type_or_another_term_are_not_reported(string number, string date, string? term)
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "vankien.yaml"), "mau: templates\n");
        Write(folder, "a.md", "05-CTr/CB", "2025-10-01", "2025-2030");
        Write(folder, "b.md", number, date, term);
        var result = CliRun.Run("check", folder);
        Assert.DoesNotContain(result.DiagnosticLines, l => l.Contains(" VK0307: "));
    }

    [Fact]
    public void The_samples_are_numbered_in_order()
    {
        var result = CliRun.Run("check", Repo.Samples);
        Assert.DoesNotContain(result.DiagnosticLines, l => l.Contains(" VK0307: "));
    }

    [Fact]
    public void A_number_reused_by_the_same_issuer_in_the_same_term_is_a_warning_on_the_later_document()
    {
        // The tutorial's next-year program, made from this year's: the same 01-CTr/CB.
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "vankien.yaml"), "mau: templates\n");
        var first = Write(folder, "a.md", "01-CTr/CB", "2025-10-01", "2025-2030");
        var later = Write(folder, "b.md", "01-CTr/CB", "2026-10-01", "2025-2030");
        var result = CliRun.Run("check", folder);
        Assert.Equal(0, result.ExitCode);
        var d = Assert.Single(result.DiagnosticLines, l => l.Contains(" VK0312: "));
        Assert.StartsWith($"{later}:3:5: cảnh báo VK0312: số 01-CTr/CB đã dùng cho văn bản ngày 01/10/2025", d);
        Assert.Contains($"= liên quan: {first}:3:5", result.Error);
    }

    [Theory]
    [InlineData("01-CTr/CB", "2031-01-08", "2030-2035", "Chi bộ Thôn Đông")]  // the next term starts again from 01
    [InlineData("01-KH/CB", "2026-01-08", "2025-2030", "Chi bộ Thôn Đông")]   // another type
    [InlineData("01-CTr/CB", "2026-01-08", "2025-2030", "Chi bộ Thôn Tây")]   // another issuer
    public void The_same_number_in_another_term_of_another_type_or_issuer_is_not_reported(string number, string date, string term, string issuer)
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "vankien.yaml"), "mau: templates\n");
        Write(folder, "a.md", "01-CTr/CB", "2025-10-01", "2025-2030");
        var b = Write(folder, "b.md", number, date, term);
        File.WriteAllText(b, File.ReadAllText(b).Replace("Chi bộ Thôn Đông", issuer));
        var result = CliRun.Run("check", folder);
        Assert.DoesNotContain(result.DiagnosticLines, l => l.Contains(" VK0312: "));
    }

    [Theory]
    [InlineData("2026-03-01", true)]   // a state body numbers from 01 each year: the same year reuses it
    [InlineData("2027-03-01", false)]  // the next year starts again
    public void A_state_body_numbers_by_calendar_year(string date, bool reported)
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "vankien.yaml"), "mau: templates\n");
        string State(string name, string day)
        {
            var path = Path.Combine(Repo.Root, "samples", "ubnd-xa-hung-an", "ke-hoach-giao-duc-2026.md");
            var text = File.ReadAllText(path).Replace("ngay: 2026-04-10", $"ngay: {day}").Replace("thuc-hien: ../dang-uy-xa-hung-an/chuong-trinh-hanh-dong-16-giao-duc.md\n", "");
            var target = Path.Combine(folder, name);
            File.WriteAllText(target, text);
            return target;
        }
        State("a.md", "2026-01-10");
        State("b.md", date);
        var result = CliRun.Run("check", folder);
        Assert.Equal(reported, result.DiagnosticLines.Any(l => l.Contains(" VK0312: ")));
    }
}

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
}

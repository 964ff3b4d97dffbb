using VanKien.Tests.Support;

namespace VanKien.Tests.Scaffolding;

/// <summary><c>vankien new --parent</c> gives a child that checks clean; <c>vankien targets</c> prints the matrix.</summary>
public class ScaffoldAndMatrixTests
{
    private static readonly string Resolution = Path.Combine(Repo.Samples, "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml");

    [Theory]
    [InlineData(null)]
    [InlineData("chi-bo-truong-mam-non")]
    [InlineData("chi-bo-thon")]
    public void A_new_child_of_the_sample_resolution_checks_without_errors_but_its_to_dos(string? organisation)
    {
        var target = Path.Combine(Repo.NewTempFolder(), "chi-bo-moi", "chuong-trinh.md");
        string[] args = organisation is null
            ? ["new", "chuong-trinh-hanh-dong", "--parent", Resolution, "-o", target]
            : ["new", "chuong-trinh-hanh-dong", "--parent", Resolution, "-o", target, "--to-chuc", organisation];
        Assert.Equal(0, CliRun.Run(args).ExitCode);

        // Only the places left to fill (number, date, name, signer, the sections' text): to-dos, no other error.
        var check = CliRun.Run("check", target);
        Assert.Equal(1, check.ExitCode);
        Assert.NotEmpty(check.DiagnosticLines);
        Assert.All(check.DiagnosticLines, l => Assert.Contains(" VK0012: ", l));

        var text = File.ReadAllText(target);
        Assert.Contains("thuc-hien: \"../../", text);
        Assert.Contains("cha: CT-02", text);
        Assert.Contains("gia-tri: \">= 85%\"", text);
        Assert.Equal(organisation == "chi-bo-thon", !text.Contains("cha: CT-06"));
    }

    [Fact]
    public void New_refuses_to_overwrite_a_file()
    {
        var target = Path.Combine(Repo.NewTempFolder(), "co-san.md");
        File.WriteAllText(target, "giữ nguyên");
        Assert.Equal(2, CliRun.Run("new", "chuong-trinh-hanh-dong", "--parent", Resolution, "-o", target).ExitCode);
        Assert.Equal("giữ nguyên", File.ReadAllText(target));
    }

    [Fact]
    public void Targets_prints_the_coverage_matrix_of_a_sample()
    {
        var child = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        var result = CliRun.Run("targets", child);
        Assert.Equal(0, result.ExitCode);
        Snapshot.Verify(result.Output.Replace(Repo.Root + Path.DirectorySeparatorChar, "").Replace('\\', '/'), "viet-hong");
    }

    [Fact]
    public void Targets_exits_1_when_a_parent_target_is_weaker_or_missing()
    {
        var result = CliRun.Run("targets", Path.Combine(Repo.Fixtures, "broken", "chuong-trinh-hanh-dong-loi.md"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("YẾU HƠN", result.Output);
        Assert.Contains("THIẾU", result.Output);
    }
}

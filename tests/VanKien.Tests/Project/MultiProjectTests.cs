using VanKien.Tests.Support;

namespace VanKien.Tests.Project;

/// <summary>
/// A district's repository: one folder per cell, each with its own vankien.yaml, and the committee's
/// resolution in a project of its own. Each source belongs to the nearest project above it; a parent
/// in another project is reachable when the repository's root says `goc: true`, and never beyond it.
/// Rule settings (quy-tac) reach every diagnostic, the results files' too.
/// </summary>
public class MultiProjectTests
{
    private static string Repository(bool rootFlag)
    {
        var root = Path.Combine(Repo.NewTempFolder(), "huyen");
        var committee = Path.Combine(root, "dang-uy");
        Directory.CreateDirectory(committee);
        File.Copy(Path.Combine(Repo.Samples, "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml"), Path.Combine(committee, "nghi-quyet-dai-hoi-2025-2030.yaml"));
        File.WriteAllText(Path.Combine(committee, "vankien.yaml"), "dau-ra: out\n");
        foreach (var cell in new[] { "chi-bo-mam-non-viet-hong", "chi-bo-tieu-hoc-hung-an" })
        {
            var folder = Path.Combine(root, cell);
            Directory.CreateDirectory(folder);
            var program = File.ReadAllText(Path.Combine(Repo.Samples, cell, "chuong-trinh-hanh-dong-2025-2030.md"))
                .Replace("../dang-uy-xa-hung-an/", "../dang-uy/");
            File.WriteAllText(Path.Combine(folder, "chuong-trinh-hanh-dong-2025-2030.md"), program);
            File.WriteAllText(Path.Combine(folder, "vankien.yaml"), "dau-ra: out\n");
        }
        File.WriteAllText(Path.Combine(root, "vankien.yaml"), rootFlag ? "goc: true\n" : "dau-ra: out\n");
        return root;
    }

    [Fact]
    public void Projects_side_by_side_under_a_repository_root_check_without_false_parent_errors()
    {
        var root = Repository(rootFlag: true);
        var result = CliRun.Run("check", Path.Combine(root, "chi-bo-mam-non-viet-hong"), Path.Combine(root, "chi-bo-tieu-hoc-hung-an"));
        Assert.DoesNotContain(" VK0206: ", result.Error);
        Assert.DoesNotContain(" VK0201: ", result.Error);
        Assert.True(result.ExitCode == 0, result.Error);
    }

    [Fact]
    public void Without_the_repository_root_a_parent_in_another_project_is_outside()
    {
        var root = Repository(rootFlag: false);
        var result = CliRun.Run("check", Path.Combine(root, "chi-bo-tieu-hoc-hung-an"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.DiagnosticLines, l => l.Contains(" VK0206: ") && l.Contains("goc: true") == false);
        Assert.Contains("goc: true", result.Error);
    }

    [Fact]
    public void Quy_tac_silences_a_results_rule_in_check_and_build()
    {
        var root = Path.Combine(Repo.NewTempFolder(), "du-an");
        Directory.CreateDirectory(root);
        foreach (var file in new[] { "chuong-trinh-hanh-dong-2025-2030.md", "ket-qua-2025-2030.yaml" })
            File.Copy(Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", file), Path.Combine(root, file));
        Directory.CreateDirectory(Path.Combine(Path.GetDirectoryName(root)!, "dang-uy-xa-hung-an"));
        File.Copy(Path.Combine(Repo.Samples, "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml"),
            Path.Combine(Path.GetDirectoryName(root)!, "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml"));
        // A result left out: VK0706 (info) is reported with --verbose.
        var results = Path.Combine(root, "ket-qua-2025-2030.yaml");
        var lines = File.ReadAllLines(results).ToList();
        var at = lines.FindIndex(l => l.StartsWith("  - id: xdd-02", StringComparison.Ordinal));
        lines.RemoveRange(at, 3);
        File.WriteAllLines(results, lines);

        File.WriteAllText(Path.Combine(Path.GetDirectoryName(root)!, "vankien.yaml"), "dau-ra: out\n");
        var before = CliRun.Run("check", root, "--verbose");
        Assert.Contains(before.DiagnosticLines, l => l.Contains(" VK0706: "));

        File.WriteAllText(Path.Combine(Path.GetDirectoryName(root)!, "vankien.yaml"), "dau-ra: out\nquy-tac:\n  VK0706: tat\n");
        var check = CliRun.Run("check", root, "--verbose");
        Assert.DoesNotContain(check.DiagnosticLines, l => l.Contains(" VK0706: "));
        var build = CliRun.Run("build", root, "-o", Path.Combine(root, "out"), "--verbose");
        Assert.DoesNotContain(build.DiagnosticLines, l => l.Contains(" VK0706: "));
        Assert.Equal(0, build.ExitCode);
    }
}

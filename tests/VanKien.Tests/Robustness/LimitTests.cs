using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>The safety limits are the project's to change (<c>gioi-han</c>), and each one hit is a VK0009 at the spot.</summary>
public class LimitTests
{
    private static string Project(string limits, string? source = null)
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "vankien.yaml"), "gioi-han:\n" + limits);
        var path = Path.Combine(folder, "van-ban.md");
        File.WriteAllText(path, source ?? File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md")));
        return path;
    }

    private static string WithTargets(int count)
    {
        var lines = File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md")).Split('\n').ToList();
        var targets = new List<string> { "chi-tieu:", "  - nhom: Về xây dựng Đảng", "    muc:" };
        for (var i = 1; i <= count; i++) targets.AddRange([$"      - id: ct-{i:00}", $"        noi-dung: 100% đảng viên học tập nghị quyết lần {i}."]);
        lines.InsertRange(11, targets);
        return string.Join('\n', lines) + "\n::: chi-tieu\n:::\n";
    }

    [Fact]
    public void The_number_of_targets_is_bounded_at_the_first_one_beyond()
    {
        Assert.Equal(0, CliRun.Run("check", Project("  so-chi-tieu: 3\n", WithTargets(3))).ExitCode);
        var source = Project("  so-chi-tieu: 3\n", WithTargets(4));
        var result = CliRun.Run("check", source);
        Assert.Equal(1, result.ExitCode);
        // At the fourth target's sentence: lines 12-14 open the block, each target takes two lines.
        Assert.StartsWith($"{source}:22:19: lỗi VK0009: văn bản có hơn 3 chỉ tiêu", Assert.Single(result.DiagnosticLines));
    }

    [Fact]
    public void The_time_per_document_is_bounded()
    {
        var source = Project("  giay-moi-van-ban: 0.000001\n");
        var result = CliRun.Run("build", source, "-o", Path.Combine(Path.GetDirectoryName(source)!, "out"));
        Assert.Equal(1, result.ExitCode);
        Assert.StartsWith($"{source}:1:1: lỗi VK0009: xử lý văn bản quá 0,000001 giây", Assert.Single(result.DiagnosticLines));
        Assert.False(File.Exists(Path.Combine(Path.GetDirectoryName(source)!, "out", "van-ban.docx")));
    }

    [Theory]
    [InlineData("  kich-thuoc-nguon: 100\n", "1:1", "tệp nguồn vượt giới hạn 100 byte")]
    [InlineData("  do-sau-yaml: 1\n", "5:3", "YAML lồng nhau quá 1 cấp")]
    [InlineData("  do-sau-markdown: 1\n", null, "Markdown lồng nhau quá 1 cấp")]
    public void Each_limit_is_the_projects_to_lower(string limits, string? at, string message)
    {
        var source = Project(limits, File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md")) + "\n- a\n  - b\n    - c\n");
        var result = CliRun.Run("check", source);
        Assert.Equal(1, result.ExitCode);
        var diagnostic = Assert.Single(result.DiagnosticLines);
        Assert.Contains("lỗi VK0009: " + message, diagnostic);
        if (at is not null) Assert.StartsWith($"{source}:{at}:", diagnostic);
    }

    [Fact]
    public void A_limit_that_is_not_a_positive_number_is_reported_in_the_project_file()
    {
        var source = Project("  so-chi-tieu: nhieu\n");
        var result = CliRun.Run("check", source);
        var project = Path.Combine(Path.GetDirectoryName(source)!, "vankien.yaml");
        Assert.Contains(result.DiagnosticLines, l => l.StartsWith($"{project}:2:16: lỗi VK0006: 'so-chi-tieu' phải là một số dương", StringComparison.Ordinal));
    }

    [Fact]
    public void The_defaults_are_generous_enough_for_every_sample()
    {
        var result = CliRun.Run("check", Repo.Samples);
        Assert.DoesNotContain("VK0009", result.Error);
    }
}

using VanKien.Tests.Support;

namespace VanKien.Tests.Cli;

/// <summary>The command's contract: exit codes, outputs in place, nothing half-written.</summary>
public class CliTests
{
    [Fact]
    public void Build_of_the_samples_folder_writes_one_docx_per_source_and_exits_0()
    {
        var output = Repo.NewTempFolder();
        var result = CliRun.Run("build", Repo.Samples, "-o", output);

        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        var written = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(output, f).Replace('\\', '/'))
            .Where(f => f != VanKien.Building.BuildCache.RelativePath).Order().ToList();
        var expected = Repo.SampleSources()
            .Select(s => Path.ChangeExtension(Path.GetRelativePath(Repo.Samples, s), ".docx").Replace('\\', '/')).Order().ToList();
        Assert.Equal(expected, written); // and no temporary files left behind
    }

    [Fact]
    public void Two_builds_in_separate_folders_give_byte_identical_files()
    {
        var first = Repo.NewTempFolder();
        var second = Repo.NewTempFolder();
        Assert.Equal(0, CliRun.Run("build", Repo.Samples, "-o", first).ExitCode);
        Assert.Equal(0, CliRun.Run("build", Repo.Samples, "-o", second).ExitCode);
        foreach (var file in Directory.EnumerateFiles(first, "*.docx", SearchOption.AllDirectories))
            Assert.Equal(File.ReadAllBytes(file), File.ReadAllBytes(Path.Combine(second, Path.GetRelativePath(first, file))));
    }

    [Fact]
    public void Check_of_the_samples_is_clean_and_writes_nothing()
    {
        var result = CliRun.Run("check", Repo.Samples);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.Contains("0 lỗi", result.Output);
    }

    [Fact]
    public void A_failed_rebuild_keeps_the_previous_output()
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "van-ban.md");
        var output = Path.Combine(folder, "out");
        File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), source);
        Assert.Equal(0, CliRun.Run("build", source, "-o", output).ExitCode);
        var before = File.ReadAllBytes(Path.Combine(output, "van-ban.docx"));

        File.WriteAllText(source, File.ReadAllText(source).Replace("2025-10-01", "2025-02-30"));
        Assert.Equal(1, CliRun.Run("build", source, "-o", output).ExitCode);

        Assert.Equal(before, File.ReadAllBytes(Path.Combine(output, "van-ban.docx")));
        Assert.Single(Directory.EnumerateFiles(output));
    }

    [Theory]
    [InlineData("build", "khong-co-tep-nay.md")]
    [InlineData("check", "khong-co-thu-muc-nay")]
    [InlineData("build", "--khong-co-tuy-chon", "x.md")]
    [InlineData("dich")]
    [InlineData("build")]
    public void Usage_problems_exit_2_with_a_message_and_no_stack_trace(params string[] args)
    {
        var result = CliRun.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.NotEmpty(result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }

    [Fact]
    public void Help_lists_the_commands()
    {
        var result = CliRun.Run("--help");
        Assert.Equal(0, result.ExitCode);
        Assert.Contains("build", result.Output);
        Assert.Contains("check", result.Output);
    }
}

/// <summary>One meaning of --format: output files (build, report); --diagnostics is how diagnostics print, on every command.</summary>
public class DiagnosticsOptionTests
{
    [Theory]
    [InlineData("check")]
    [InlineData("build")]
    public void Diagnostics_prints_json_on_every_command(string command)
    {
        var sample = Path.Combine(Repo.Samples, "chi-bo-tieu-hoc-hung-an", "chuong-trinh-hanh-dong-2025-2030.md");
        string[] args = command == "build" ? [command, sample, "-o", Repo.NewTempFolder(), "--diagnostics", "json"] : [command, sample, "--diagnostics", "json"];
        var result = CliRun.Run(args);
        Assert.Equal(0, result.ExitCode);
        Assert.StartsWith("{", result.Output.TrimStart());
        Assert.Contains("\"diagnostics\"", result.Output);
        Assert.DoesNotContain("--diagnostics", result.Error);
    }

    [Fact]
    public void Check_still_takes_the_former_spelling_with_a_notice()
    {
        var sample = Path.Combine(Repo.Samples, "chi-bo-tieu-hoc-hung-an", "chuong-trinh-hanh-dong-2025-2030.md");
        var former = CliRun.Run("check", sample, "--format", "json");
        var current = CliRun.Run("check", sample, "--diagnostics", "json");
        Assert.Equal(current.Output, former.Output);
        Assert.Contains("nay viết là '--diagnostics'", former.Error);
    }
}

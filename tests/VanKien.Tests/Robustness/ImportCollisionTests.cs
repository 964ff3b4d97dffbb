using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Two files of an imported folder that would become one source (van-ban.docx and van-ban.txt) are both
/// refused with VK0904, as build refuses two sources of one output: with --ghi-de one used to replace
/// the other while the count said two were imported.
/// </summary>
public class ImportCollisionTests
{
    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Two_files_that_would_become_one_source_are_both_refused(bool overwrite)
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var built = Path.Combine(Repo.NewTempFolder(), "out");
        var source = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-cong-tac-2026.md");
        Assert.Equal(0, CliRun.Run("build", source, "-o", built, "--format", "docx").ExitCode);

        var folder = Repo.NewTempFolder();
        File.Copy(Directory.GetFiles(built, "*.docx", SearchOption.AllDirectories).Single(), Path.Combine(folder, "van-ban.docx"));
        var txt = CliRun.Run("textconv", Path.Combine(folder, "van-ban.docx"));
        Assert.Equal(0, txt.ExitCode);
        File.WriteAllText(Path.Combine(folder, "van-ban.txt"), txt.Output);
        File.WriteAllText(Path.Combine(folder, "khac.txt"), txt.Output);

        var output = Path.Combine(Repo.NewTempFolder(), "nguon");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "van-ban.md"), "bản cũ\n");
        var import = CliRun.Run(["import", folder, "-o", output, .. overwrite ? new[] { "--ghi-de" } : []]);

        Assert.NotEqual(0, import.ExitCode);
        Assert.Equal(2, import.Error.Split('\n').Count(l => l.Contains("VK0904", StringComparison.Ordinal)));
        Assert.Contains("van-ban.docx", import.Error);
        Assert.Contains("van-ban.txt", import.Error);
        Assert.Equal("bản cũ\n", File.ReadAllText(Path.Combine(output, "van-ban.md"))); // neither replaced it
        Assert.True(File.Exists(Path.Combine(output, "khac.md")), import.Output + import.Error); // the rest imported
        Assert.Contains("Đã nhập 1 văn bản", import.Output + import.Error);
    }
}

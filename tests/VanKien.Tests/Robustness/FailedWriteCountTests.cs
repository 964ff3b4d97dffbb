using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// A document whose DOCX or PDF the file system refused (here: an output name past 255 bytes, from a
/// legal source name) is counted failed in build's table, not built nor unchanged, and its cache entry
/// is not kept: the next build tries it again and says the same, where it used to say "1 không đổi".
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
[Trait("Speed", "Slow")]
public class FailedWriteCountTests
{
    /// <summary>A project of two sources: one of 252 bytes' stem (its ".md" takes 255 bytes, its outputs 256 and more), one short.</summary>
    private static (string Folder, string Long) Project()
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "vankien.yaml"), VanKien.Project.ProjectFileReader.Starter + "\n");
        var name = LongNameTests.Name(255, ".md");
        File.WriteAllText(Path.Combine(folder, name), MinimalSources.WorkProgramme);
        File.WriteAllText(Path.Combine(folder, "ngan.md"), MinimalSources.WorkProgramme.Replace("so: 06-CTr/CB", "so: 07-CTr/CB", StringComparison.Ordinal));
        return (folder, name);
    }

    /// <summary>The summary's numbers row: built, unchanged, failed.</summary>
    internal static (int Built, int UpToDate, int Failed) Counts(string output)
    {
        var lines = output.Split('\n');
        var header = Array.FindIndex(lines, l => l.StartsWith("Đã dựng", StringComparison.Ordinal) && l.Contains("Lỗi", StringComparison.Ordinal));
        Assert.True(header >= 0, output);
        var numbers = lines[header + 1].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return (int.Parse(numbers[0]), int.Parse(numbers[1]), int.Parse(numbers[2]));
    }

    private static void BuildTwice(string format)
    {
        var (folder, name) = Project();
        foreach (var (run, expected) in new[] { (1, (1, 0, 1)), (2, (0, 1, 1)) })
        {
            var build = VankienProcess.RunIn(folder, ["build", "--format", format], TimeSpan.FromMinutes(5));
            var said = build.Output + build.Error;
            Assert.True(build.ExitCode == 1, $"run {run}: exit {build.ExitCode}: {said}");
            Assert.Contains(said.Split('\n'), l => l.StartsWith($"{Path.Combine(folder, name)}:1:1: lỗi VK0901: không ghi được ", StringComparison.Ordinal) && l.Contains("dài quá", StringComparison.Ordinal));
            Assert.Equal(expected, Counts(build.Output));
        }
    }

    [Fact]
    public void A_docx_the_file_system_refused_is_failed_and_tried_again()
    {
        BuildTwice("docx");
    }

    [ExternalToolFact("soffice")]
    public void A_pdf_the_file_system_refused_is_failed_and_tried_again()
    {
        BuildTwice("pdf");
    }
}

using System.Text.RegularExpressions;
using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Every command that writes, on a disk that takes no more bytes (ENOSPC) or none at all (EROFS): the
/// run ends in a located VK0901 naming the file and the cause in Vietnamese, exits 1 (not 2, the code
/// of an internal error), leaves no temporary file and no half-written one, and every file that was
/// there before is byte-identical after. On a full disk nothing at all can be written, so the folder
/// after the run holds exactly the files it held before (README, "Reliability").
/// </summary>
[Trait("Speed", "Slow")]
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class FullDiskTests
{
    public static TheoryData<string, string> Commands()
    {
        var data = new TheoryData<string, string>();
        foreach (var fault in new[] { "full", "read-only" })
            foreach (var command in new[] { "build", "site", "import", "report", "review --apply", "new", "init", "template export", "diff --redline" })
                data.Add(command, fault);
        return data;
    }

    private const string Program = "samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md";
    private const string Results = "samples/chi-bo-mam-non-viet-hong/ket-qua-2025-2030.yaml";

    /// <summary>
    /// A folder holding what <paramref name="command"/> needs and, where it has one, the output of an
    /// earlier run — made stale, so that the run must write — and the arguments it runs with there.
    /// </summary>
    private static (string Seed, string[] Arguments) Prepare(string command)
    {
        var seed = Repo.NewTempFolder();
        var source = Path.Combine(seed, "van-ban.md");
        File.WriteAllText(source, MinimalSources.WorkProgramme);
        void Stale() => File.WriteAllText(source, MinimalSources.WorkProgramme.Replace("trich-yeu: Năm 2026", "trich-yeu: Năm 2026 (sửa)", StringComparison.Ordinal));
        void Ok(CliRun.Result run) => Assert.True(run.ExitCode == 0, run.Output + run.Error);
        switch (command)
        {
            case "build":
                Ok(CliRun.Run("build", source, "-o", Path.Combine(seed, "out")));
                Stale();
                return (seed, ["build", "van-ban.md", "-o", "out"]);
            case "site":
                Ok(CliRun.Run("site", source, "-o", Path.Combine(seed, "public")));
                Stale();
                return (seed, ["site", "van-ban.md", "-o", "public"]);
            case "import":
                Ok(CliRun.Run("build", source, "-o", Path.Combine(seed, "out")));
                var text = CliRun.Run("textconv", Path.Combine(seed, "out", "van-ban.docx"));
                Ok(text);
                File.WriteAllText(Path.Combine(seed, "cu.txt"), text.Output);
                Directory.CreateDirectory(Path.Combine(seed, "nguon"));
                File.WriteAllText(Path.Combine(seed, "nguon", "cu.md"), "bản cũ\n");
                return (seed, ["import", "cu.txt", "-o", "nguon", "--ghi-de"]);
            case "report":
                var samples = Repo.CopyOfSamples();
                Directory.Move(Path.Combine(samples, "samples"), Path.Combine(seed, "samples"));
                Ok(CliRun.Run("report", Path.Combine(seed, Program), "--results", Path.Combine(seed, Results), "--kind", "so-ket", "-o", Path.Combine(seed, "bc")));
                // The composed source changes with the results: an earlier report, of other results, must be replaced.
                var results = Path.Combine(seed, Results);
                File.WriteAllText(results, File.ReadAllText(results).Replace("2027: 95%", "2027: 96%", StringComparison.Ordinal));
                return (seed, ["report", Program, "--results", Results, "--kind", "so-ket", "-o", "bc", "--ghi-de"]);
            case "review --apply":
                File.WriteAllText(Path.Combine(seed, "vankien.yaml"), VanKien.Project.ProjectFileReader.Starter + "\n");
                var ctr = Path.Combine(seed, "ctr.md");
                File.WriteAllText(ctr, ReviewCommentLineBreakTests.Standalone());
                var docx = VanKien.Building.Compiler.Build(ctr).Docx!;
                File.WriteAllBytes(Path.Combine(seed, "duyet.docx"), TrackedChanges.Replace(docx, "rõ việc", "rõ việc, rõ thời hạn"));
                return (seed, ["review", "duyet.docx", "--source", "ctr.md", "--apply"]);
            case "new":
                return (seed, ["new", "ke-hoach", "-o", "moi.md"]);
            case "init":
                File.WriteAllText(Path.Combine(seed, ".gitignore"), "*.bak\n");
                return (seed, ["init"]);
            case "template export":
                Ok(CliRun.Run("build", source, "-o", Path.Combine(seed, "out")));
                File.Copy(Path.Combine(seed, "out", "van-ban.docx"), Path.Combine(seed, "mau.docx"));
                return (seed, ["template", "export", "ke-hoach", "-o", "mau.docx"]);
            case "diff --redline":
                Ok(CliRun.Run("build", source, "-o", Path.Combine(seed, "out")));
                File.Copy(Path.Combine(seed, "out", "van-ban.docx"), Path.Combine(seed, "so-sanh.docx"));
                File.WriteAllText(Path.Combine(seed, "moi.md"), MinimalSources.WorkProgramme.Replace("hằng tháng", "hằng tuần", StringComparison.Ordinal));
                return (seed, ["diff", "van-ban.md", "moi.md", "--redline", "so-sanh.docx"]);
            default:
                throw new ArgumentException(command);
        }
    }

    [FullDiskTheory]
    [MemberData(nameof(Commands))]
    public void A_write_the_disk_refuses_ends_in_a_located_diagnostic_and_keeps_every_earlier_file(string command, string faultName)
    {
        var fault = faultName == "full" ? FullDisk.Fault.Full : FullDisk.Fault.ReadOnly;
        var (seed, arguments) = Prepare(command);
        var before = FullDisk.Files(seed);

        var run = FullDisk.Run(seed, fault, arguments);
        var said = run.Output + run.Error;

        Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {said}");
        Assert.DoesNotContain("lỗi nội bộ", said);
        Assert.DoesNotContain("   at ", said);
        var cause = fault == FullDisk.Fault.Full ? "đĩa đầy" : "chỉ cho đọc";
        Assert.True(run.Error.Split('\n').Any(l => Regex.IsMatch(l, @"^\S.*:\d+:\d+: lỗi VK0901: không ghi được '") && l.Contains(cause, StringComparison.Ordinal)),
            $"no located VK0901 saying '{cause}': {said}");
        Assert.DoesNotContain("No space left", said);
        Assert.DoesNotContain("Read-only file system", said);

        var after = FullDisk.Files(run.After);
        Assert.DoesNotContain(after.Keys, f => f.Contains(".vankien-tam-", StringComparison.Ordinal));
        Assert.Equal(before.Keys, after.Keys); // nothing new, not even an empty file
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), $"{f.Key} changed"));
    }

    [FullDiskFact]
    public void A_document_whose_write_failed_is_counted_failed_not_built()
    {
        var (seed, arguments) = Prepare("build");

        var run = FullDisk.Run(seed, FullDisk.Fault.Full, [.. arguments, "--force"]);

        Assert.Equal(1, run.ExitCode);
        Assert.Equal((0, 0, 1), FailedWriteCountTests.Counts(run.Output));
    }
}

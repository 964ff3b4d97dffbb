using System.Diagnostics;
using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// <c>build --watch</c> rebuilds for what a build reads, not for any file that changes: its own output sent
/// to a log inside the project (<c>build --watch &gt; build.log</c>) used to start a build with every line
/// it printed, without end.
/// </summary>
public class WatchInputTests
{
    private static string Valid => File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"));

    [Fact]
    public async Task A_watch_whose_output_goes_to_a_log_in_the_project_does_not_rebuild_for_it()
    {
        var root = Path.Combine(Repo.NewTempFolder(), "du-an");
        Directory.CreateDirectory(root);
        File.WriteAllText(Path.Combine(root, "vankien.yaml"), "dau-ra: out\n");
        File.WriteAllText(Path.Combine(root, "a.md"), Valid);
        var log = Path.Combine(root, "build.log");
        // The shell sends the watch's output to the log, as a user's redirection does.
        var (program, prefix) = VankienProcess.Command;
        var start = new ProcessStartInfo("sh") { WorkingDirectory = root, UseShellExecute = false, RedirectStandardInput = true };
        foreach (var argument in (string[])["-c", "exec \"$@\" > build.log 2>&1", "sh", program, .. prefix, "build", "--watch"]) start.ArgumentList.Add(argument);
        using var watch = Process.Start(start)!;
        string Log() { try { return File.ReadAllText(log); } catch (IOException) { return ""; } }
        int Builds() => Log().Split('\n').Count(l => l.StartsWith("Đã ghi", StringComparison.Ordinal));
        async Task Until(Func<bool> condition, string what)
        {
            // A generous bound against a hang, not a measure.
            for (var waited = 0; !condition() && waited < 1800 && !watch.HasExited; waited++) await Task.Delay(100);
            Assert.True(condition(), $"{what}; the log holds:\n{Log()}");
        }
        try
        {
            await Until(() => Log().Contains("Đang theo dõi", StringComparison.Ordinal), "the watch never started");
            File.WriteAllText(Path.Combine(root, "moi.md"), Valid.Replace("so: 01-", "so: 02-", StringComparison.Ordinal));
            await Until(() => File.Exists(Path.Combine(root, "out", "moi.docx")), "a new source was not built");
            await Until(() => Builds() >= 2, "the rebuild was not logged");
            // Quiet now: the lines it logged must not start build after build.
            var settled = Builds();
            await Task.Delay(3000);
            Assert.InRange(Builds(), settled, settled + 1);
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            await watch.WaitForExitAsync();
        }
    }
}

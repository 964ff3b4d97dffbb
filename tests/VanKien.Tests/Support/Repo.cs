namespace VanKien.Tests.Support;

/// <summary>Paths of the repository the tests run in.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Fixtures => Path.Combine(Root, "tests", "VanKien.Tests", "Fixtures");

    public static string Seeds => Path.Combine(Fixtures, "seeds");

    /// <summary>Every sample source (Markdown and .yaml documents), as the build finds them.</summary>
    public static IEnumerable<string> SampleSources() =>
        VanKien.Reading.SourceDiscovery.Discover([Samples]).Sources.Select(s => s.Path);

    /// <summary>A sample's name for test output: its folder and file, "chi-bo-….chuong-trinh-…".</summary>
    public static string SampleName(string path) =>
        $"{Path.GetFileName(Path.GetDirectoryName(path))}.{Path.GetFileNameWithoutExtension(path)}";

    /// <summary>The samples and the templates in a new folder, laid out as in the repository (samples/, templates/).</summary>
    public static string CopyOfSamples()
    {
        var root = NewTempFolder();
        foreach (var folder in new[] { Samples, Path.Combine(Root, "templates") })
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        return root;
    }

    /// <summary>A new empty folder under this test run's own folder, which is removed when the run ends.</summary>
    public static string NewTempFolder()
    {
        var folder = Path.Combine(RunFolder.Value, Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static readonly string TempRoot = Path.Combine(Path.GetTempPath(), "vankien-tests");

    /// <summary>
    /// This run's folder, <c>run-PID-…</c>: deleted when the test process exits, and — should a run be
    /// killed before that — by the next run, which removes the folders of runs no longer alive.
    /// </summary>
    private static readonly Lazy<string> RunFolder = new(() =>
    {
        RemoveAbandoned();
        var run = Path.Combine(TempRoot, $"run-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(run);
        AppDomain.CurrentDomain.ProcessExit += (_, _) => TryDelete(run);
        return run;
    });

    private static void RemoveAbandoned()
    {
        if (!Directory.Exists(TempRoot)) return;
        foreach (var folder in Directory.GetDirectories(TempRoot))
        {
            var name = Path.GetFileName(folder);
            var parts = name.Split('-');
            var alive = parts is ["run", var pid, _] && int.TryParse(pid, out var id) && IsRunning(id);
            // Folders of runs no longer alive, and those of the older layout (one folder per test, never removed).
            if (!alive && (name.StartsWith("run-", StringComparison.Ordinal) || Directory.GetLastWriteTimeUtc(folder) < DateTime.UtcNow.AddHours(-1)))
                TryDelete(folder);
        }
    }

    private static bool IsRunning(int pid)
    {
        try { using var process = System.Diagnostics.Process.GetProcessById(pid); return !process.HasExited; }
        catch (ArgumentException) { return false; }
        catch (InvalidOperationException) { return false; }
    }

    /// <summary>Best effort: a test may leave a folder it made unwritable; links are removed, never followed.</summary>
    private static void TryDelete(string folder)
    {
        try { Directory.Delete(folder, recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "VanKien.slnx")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("cannot find the repository root (VanKien.slnx)");
    }
}

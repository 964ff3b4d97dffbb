namespace VanKien.Cli.Commands;

/// <summary>
/// <c>build --watch</c>: after the first build, rebuilds (incrementally) whenever a file under the
/// folder is saved — outputs excepted — until Ctrl-C. Saves come in bursts (an editor writes a
/// temporary file and renames it, or truncates and writes: events milliseconds apart); a rebuild
/// starts once 100 ms pass with no further event. It was 300 ms: a third of the second a saved
/// source's PDF may take (docs/bao-tri/benchmarks.md), for bursts that last a few milliseconds.
/// </summary>
internal static class Watcher
{
    public static void Run(string folder, string outputFolder, Func<int> rebuild, TextWriter output)
    {
        using var stop = new ManualResetEventSlim();
        using var changed = new AutoResetEvent(false);
        using var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        var outputs = new VanKien.Building.OutputFolder(outputFolder);
        var ownStreams = OwnStreamFiles();
        void OnChange(object? sender, FileSystemEventArgs e)
        {
            var path = Path.GetFullPath(e.FullPath);
            if (outputs.Holds(path)) return;
            if (Path.GetFileName(path).StartsWith('.')) return;
            if (!MayBeInput(path) || ownStreams.Contains(path)) return;
            changed.Set();
        }
        watcher.Changed += OnChange;
        watcher.Created += OnChange;
        watcher.Renamed += OnChange;
        watcher.Deleted += OnChange;
        Console.CancelKeyPress += (_, e) =>
        {
            e.Cancel = true;
            stop.Set();
        };
        output.WriteLine($"Đang theo dõi '{folder}'; Ctrl-C để dừng.");
        output.Flush();
        while (!stop.IsSet)
        {
            if (WaitHandle.WaitAny([changed, stop.WaitHandle]) == 1) break;
            VanKien.Building.StartupTrace.Mark("watch: a save seen");
            while (changed.WaitOne(100)) { } // gather a burst of saves
            VanKien.Building.StartupTrace.Mark("watch: rebuild");
            rebuild();
            VanKien.Building.StartupTrace.Mark("watch: rebuilt");
            output.Flush();
        }
    }

    /// <summary>
    /// Only what a build reads starts one: sources and results (.md, .yaml), the project file, templates
    /// (.docx), and folders (a folder renamed or removed takes its sources with it). A log the user sends
    /// the watch's own output to — `build --watch > build.log` inside the project — would otherwise start
    /// a build with every line the build prints, without end.
    /// </summary>
    private static bool MayBeInput(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".md" or ".yaml" or ".yml" or ".docx"
        || Path.GetExtension(path).Length == 0 && !File.Exists(path);

    /// <summary>The files this process's standard output and error are written to, when they are files (Linux: /proc/self/fd).</summary>
    private static HashSet<string> OwnStreamFiles()
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var fd in new[] { 1, 2 })
        {
            try
            {
                if (new FileInfo($"/proc/self/fd/{fd}").LinkTarget is { } target && File.Exists(target)) files.Add(Path.GetFullPath(target));
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
        return files;
    }
}

namespace VanKien.Cli.Commands;

/// <summary>
/// <c>build --watch</c>: after the first build, rebuilds (incrementally) whenever a file under the
/// folder is saved — outputs excepted — until Ctrl-C. Saves come in bursts; they are gathered for
/// 300 ms before a rebuild.
/// </summary>
internal static class Watcher
{
    public static void Run(string folder, string outputFolder, Func<int> rebuild, TextWriter output)
    {
        using var stop = new ManualResetEventSlim();
        using var changed = new AutoResetEvent(false);
        using var watcher = new FileSystemWatcher(folder) { IncludeSubdirectories = true, EnableRaisingEvents = true };
        // The output folder by its real path: reached through a link into the watched folder, the
        // build's own writes would otherwise trigger the next build, without end.
        var outputs = VanKien.Reading.SafeFile.RealPath(Path.GetFullPath(outputFolder)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        void OnChange(object? sender, FileSystemEventArgs e)
        {
            var path = Path.GetFullPath(e.FullPath);
            var real = VanKien.Reading.SafeFile.RealPath(Path.GetDirectoryName(path)!).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
            if (real.StartsWith(outputs, StringComparison.Ordinal) || path.StartsWith(outputs, StringComparison.Ordinal)) return;
            if (Path.GetFileName(path).StartsWith('.')) return;
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
            while (changed.WaitOne(300)) { } // gather a burst of saves
            rebuild();
            output.Flush();
        }
    }
}

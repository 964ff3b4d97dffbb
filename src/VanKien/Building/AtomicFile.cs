namespace VanKien.Building;

/// <summary>
/// Writes a file so that readers see either the previous version or the complete new one: the
/// bytes go to a temporary file in the same folder, which is then renamed over the target. A killed
/// process leaves at worst a stray temporary file, never a truncated output. There is no fsync:
/// it guards only against power loss, and costs more than the rest of a 1,000-document build.
/// </summary>
public static partial class AtomicFile
{
    /// <summary>
    /// Throws what the system refuses: inside the library only, for a file whose loss costs nothing (the build
    /// cache). Every command's outputs go through <see cref="WriteReported"/>, so none can end in "lỗi nội bộ".
    /// </summary>
    internal static void Write(string path, byte[] bytes) => Write(path, bytes, mode: null);

    /// <summary>
    /// A file edited in place, as atomically as <see cref="Write(string, byte[])"/>: through a link, the
    /// file it names is replaced beside itself, so the link stays a link (a rename over the link would
    /// turn it into a plain file); and the file keeps its permissions, where a new file would take the
    /// process's umask.
    /// </summary>
    internal static void Rewrite(string path, byte[] bytes)
    {
        var real = Reading.SafeFile.RealPath(Path.GetFullPath(path));
        Write(real, bytes, OperatingSystem.IsWindows() ? null : File.GetUnixFileMode(real));
    }

    /// <summary>
    /// <see cref="Write(string, byte[])"/>, with a refusal of the system (a full disk, a read-only one, a
    /// name too long) said as VK0901 at <paramref name="at"/> instead of thrown: the one way every command
    /// writes an output. False when nothing was written; the previous version of the file is then intact.
    /// </summary>
    public static bool WriteReported(string path, byte[] bytes, Diagnostics.DiagnosticBag diagnostics, Diagnostics.SourceLocation at) =>
        Reported(path, at, diagnostics, () => Write(path, bytes));

    /// <summary><see cref="Rewrite"/>, with a refusal of the system said as <see cref="WriteReported"/> says it.</summary>
    public static bool RewriteReported(string path, byte[] bytes, Diagnostics.DiagnosticBag diagnostics, Diagnostics.SourceLocation at) =>
        Reported(path, at, diagnostics, () => Rewrite(path, bytes));

    private static bool Reported(string path, Diagnostics.SourceLocation at, Diagnostics.DiagnosticBag diagnostics, Action write)
    {
        try
        {
            write();
            return true;
        }
        catch (Exception ex) when (WriteFault.Is(ex))
        {
            diagnostics.Add(WriteFault.Of(path, ex, at));
            return false;
        }
    }

    private static void Write(string path, byte[] bytes, UnixFileMode? mode)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, TemporaryName(Path.GetFileName(path)));
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
                stream.Write(bytes);
            if (mode is { } kept && !OperatingSystem.IsWindows()) File.SetUnixFileMode(temp, kept);
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            // Never in place of the fault that brought us here: a temporary file that cannot go is swept by the next build.
            try { if (File.Exists(temp)) File.Delete(temp); }
            catch (Exception ex) when (WriteFault.Is(ex)) { }
        }
    }

    private const string TempSuffix = ".tmp";

    /// <summary>Bytes a file name may hold on the file systems VanKien writes to (ext4, NTFS in UTF-16 units, APFS).</summary>
    private const int MaxNameBytes = 255;

    /// <summary>
    /// The temporary name for a target: ".NAME.vankien-tam-PID-GUID.tmp". The marker adds 61 bytes, so a
    /// legal long name (a 210-byte Vietnamese title) would make an illegal temporary one: NAME is then cut,
    /// at a character's edge, to what fits — the temporary file is VanKien's own by its marker, not its name.
    /// </summary>
    internal static string TemporaryName(string fileName)
    {
        var tail = $"{Marker}{Environment.ProcessId}-{Guid.NewGuid():N}{TempSuffix}";
        var budget = MaxNameBytes - 1 - System.Text.Encoding.UTF8.GetByteCount(tail);
        var name = fileName;
        if (System.Text.Encoding.UTF8.GetByteCount(name) > budget)
        {
            var cut = new System.Text.StringBuilder();
            var used = 0;
            foreach (var rune in fileName.EnumerateRunes())
            {
                if (used + rune.Utf8SequenceLength > budget) break;
                cut.Append(rune.ToString());
                used += rune.Utf8SequenceLength;
            }
            name = cut.ToString();
        }
        return $".{name}{tail}";
    }

    /// <summary>What makes a temporary file VanKien's own: no user names a file ".x.vankien-tam-123-&lt;32 hex&gt;.tmp".</summary>
    private const string Marker = ".vankien-tam-";

    [System.Text.RegularExpressions.GeneratedRegex(@"^\..+\.vankien-tam-([0-9]{1,10})-[0-9a-f]{32}\.tmp$")]
    private static partial System.Text.RegularExpressions.Regex OwnTemporary();

    /// <summary>
    /// Removes the temporary files a killed build left behind (SIGKILL runs no clean-up): those whose
    /// process is gone. A build still running in the same folder keeps its own. Only VanKien's own
    /// names are recognised, only regular files are removed, and no linked folder is entered.
    /// </summary>
    public static void SweepStale(string outputFolder)
    {
        if (!Directory.Exists(outputFolder)) return;
        try
        {
            foreach (var file in Reading.SafeFolder.Files(outputFolder, f => f.EndsWith(TempSuffix, StringComparison.Ordinal)))
            {
                var match = OwnTemporary().Match(Path.GetFileName(file));
                if (!match.Success || !int.TryParse(match.Groups[1].Value, out var pid) || IsAlive(pid)) continue;
                if (new FileInfo(file).LinkTarget is not null || Reading.FileKinds.Of(file) != Reading.FileKind.Regular) continue;
                try { File.Delete(file); } catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }

    private static bool IsAlive(int pid)
    {
        if (pid == Environment.ProcessId) return true;
        try
        {
            using var process = System.Diagnostics.Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (Exception ex) when (ex is ArgumentException or InvalidOperationException) { return false; }
    }
}

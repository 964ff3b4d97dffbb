namespace VanKien.Building;

/// <summary>
/// Writes a file so that readers see either the previous version or the complete new one: the
/// bytes go to a temporary file in the same folder, which is then renamed over the target. A killed
/// process leaves at worst a stray temporary file, never a truncated output. There is no fsync:
/// it guards only against power loss, and costs more than the rest of a 1,000-document build.
/// </summary>
public static class AtomicFile
{
    public static void Write(string path, byte[] bytes)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        Directory.CreateDirectory(folder);
        var temp = Path.Combine(folder, $".{Path.GetFileName(path)}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp");
        try
        {
            using (var stream = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
            {
                stream.Write(bytes);
            }
            File.Move(temp, path, overwrite: true);
        }
        finally
        {
            if (File.Exists(temp)) File.Delete(temp);
        }
    }
}

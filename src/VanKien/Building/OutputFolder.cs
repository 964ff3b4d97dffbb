namespace VanKien.Building;

/// <summary>
/// A build's output folder by its real path, to tell a file the build wrote from a source the user
/// saved: reached through a link into a watched folder, the build's own writes would otherwise start
/// the next build, without end.
/// </summary>
public sealed class OutputFolder(string folder)
{
    private readonly string _real = Real(folder);

    private static string Real(string folder) =>
        Reading.SafeFile.RealPath(Path.GetFullPath(folder)).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;

    /// <summary>Whether <paramref name="path"/> lies in the output folder, by its own path or its folder's real one.</summary>
    public bool Holds(string path)
    {
        var full = Path.GetFullPath(path);
        return full.StartsWith(_real, StringComparison.Ordinal) || Real(Path.GetDirectoryName(full)!).StartsWith(_real, StringComparison.Ordinal);
    }
}

using VanKien.Reading;

namespace VanKien.Editing;

/// <summary>
/// The sources an editor offers for a source's <c>thuc-hien</c> (and searches for a cited number): those of
/// its project, or — with no project above it — of its own folder and a few levels below. Walked breadth
/// first in ordinal order, never into a linked folder or .git, bounded in depth, in entries looked at and
/// in names returned: a file in a home folder (or at /) must not walk the disk on every keystroke.
/// </summary>
public static class NearbySources
{
    /// <summary>Names offered at most; a project larger than this is better served by typing a folder first.</summary>
    public const int MaxListed = 100;

    /// <summary>Directory entries looked at, at most, per request.</summary>
    public const int MaxVisited = 5_000;

    /// <summary>Folder levels below the file's own folder walked when there is no project.</summary>
    public const int DepthWithoutProject = 2;

    /// <summary>The folder walked for <paramref name="path"/>: its project's root, else its own folder.</summary>
    public static (string Root, int Depth) RootOf(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path))!;
        return Project.ProjectFileReader.Find(path) is { } project ? (Path.GetDirectoryName(project)!, SafeFolder.MaxDepth) : (folder, DepthWithoutProject);
    }

    /// <summary>Full paths of sources near <paramref name="path"/> (itself excluded), nearest levels first, at most <paramref name="maxListed"/>.</summary>
    public static IReadOnlyList<string> Of(string path, int maxListed = MaxListed)
    {
        var self = Path.GetFullPath(path);
        var (root, maxDepth) = RootOf(path);
        var found = new List<string>();
        var visited = 0;
        var level = new List<string> { root };
        for (var depth = 0; depth <= maxDepth && level.Count > 0; depth++)
        {
            var next = new List<string>();
            foreach (var folder in level)
            {
                foreach (var entry in Entries(folder, MaxVisited - visited))
                {
                    visited++;
                    if (entry is DirectoryInfo directory)
                    {
                        if (directory.LinkTarget is null && directory.Name != ".git") next.Add(directory.FullName);
                    }
                    else if (entry.FullName != self && SourceDiscovery.IsSource(entry.FullName))
                    {
                        found.Add(entry.FullName);
                        if (found.Count >= maxListed) return found;
                    }
                }
                if (visited >= MaxVisited) return found;
            }
            level = next;
        }
        return found;
    }

    /// <summary>A folder's entries, at most <paramref name="limit"/>, in ordinal order of name; none when it cannot be listed.</summary>
    private static List<FileSystemInfo> Entries(string folder, int limit)
    {
        try
        {
            var entries = new DirectoryInfo(folder).EnumerateFileSystemInfos("*", new EnumerationOptions { AttributesToSkip = 0, IgnoreInaccessible = true })
                .Take(limit).ToList();
            entries.Sort((a, b) => string.CompareOrdinal(a.Name, b.Name));
            return entries;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { return []; }
    }
}

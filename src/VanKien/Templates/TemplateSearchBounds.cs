namespace VanKien.Templates;

/// <summary>
/// How far up from a source the search for <c>templates/</c> goes: to the project's root (the folder of
/// <c>vankien.yaml</c>); for a source in no project, to the root of the git repository holding it; for a
/// source in neither, its own folder. A templates folder above that belongs to someone else — a
/// <c>/tmp/templates</c> planted by another user would otherwise restyle every build and put its own
/// header on every page, silently.
/// </summary>
public static class TemplateSearchBounds
{
    /// <summary>The folders to look in for <c>templates/</c>, from the source's own folder up to the bound, nearest first.</summary>
    public static IReadOnlyList<string> Folders(string sourcePath)
    {
        var start = new DirectoryInfo(Path.GetDirectoryName(Path.GetFullPath(sourcePath)) ?? ".");
        var bound = Bound(start);
        var folders = new List<string>();
        for (var folder = start; folder is not null; folder = folder.Parent)
        {
            folders.Add(folder.FullName);
            if (bound is null || SameFolder(folder.FullName, bound)) break;
        }
        return folders;
    }

    private static string? Bound(DirectoryInfo start)
    {
        if (Project.ProjectFileReader.Find(start.FullName) is { } projectFile) return Path.GetDirectoryName(projectFile);
        for (var folder = start; folder is not null; folder = folder.Parent)
            if (Path.Exists(Path.Combine(folder.FullName, ".git"))) return folder.FullName;
        return null;
    }

    private static bool SameFolder(string a, string b) =>
        string.Equals(Path.TrimEndingDirectorySeparator(a), Path.TrimEndingDirectorySeparator(b), StringComparison.Ordinal);
}

using System.IO.Enumeration;

namespace VanKien.Reading;

/// <summary>
/// Lists the files under a folder the way every part of VanKien walks one: a linked folder is never
/// entered (two links to "." would otherwise be walked without end, and a link can lead out of the
/// project), the depth is bounded, and hidden files are listed like any other.
/// </summary>
public static class SafeFolder
{
    public const int MaxDepth = 32;

    /// <summary>Every file (of any type: the caller's reader refuses what is not a regular file) under <paramref name="folder"/>, ordinally sorted.</summary>
    public static IReadOnlyList<string> Files(string folder, Func<string, bool>? include = null)
    {
        if (!Directory.Exists(folder)) return [];
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            MaxRecursionDepth = MaxDepth,
            AttributesToSkip = 0,
            IgnoreInaccessible = true,
        };
        var files = new FileSystemEnumerable<string>(folder, (ref FileSystemEntry entry) => entry.ToFullPath(), options)
        {
            // Git's own store holds no sources and may hold a great many files.
            ShouldRecursePredicate = (ref FileSystemEntry entry) => (entry.Attributes & FileAttributes.ReparsePoint) == 0 && !entry.FileName.SequenceEqual(".git"),
            ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
        };
        var list = include is null ? files.ToList() : files.Where(include).ToList();
        list.Sort(StringComparer.Ordinal);
        return list;
    }
}

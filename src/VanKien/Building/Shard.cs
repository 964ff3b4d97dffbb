using System.Globalization;
using VanKien.Results;

namespace VanKien.Building;

/// <summary>
/// One of N equal shares of a repository's work (<c>--shard K/N</c>), so that a CI matrix builds a
/// province's repository on N machines and the union of their outputs is the whole build. The
/// share is a contiguous run of the repository's work in a fixed order — by project (the folder of
/// the nearest <c>vankien.yaml</c>), then by path, ordinal — cut into N runs of sizes differing by
/// at most one. Contiguous rather than hashed: the shares come out equal (a hash gives a machine two
/// projects and another none), and a project's documents stay together unless balance needs the
/// cut inside it. The order depends only on the paths, so every machine of the matrix, whatever
/// folder it checked out into, computes the same shares.
/// </summary>
public readonly record struct Shard(int Index, int Count)
{
    /// <summary>More machines than this is a typing error, not a matrix.</summary>
    public const int MaxCount = 1000;

    /// <summary>"K/N" with 1 ≤ K ≤ N ≤ <see cref="MaxCount"/>; null for anything else.</summary>
    public static Shard? Parse(string? text)
    {
        if (text?.Split('/') is not [var k, var n]) return null;
        if (!int.TryParse(k.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var index)
            || !int.TryParse(n.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var count)) return null;
        return count is >= 1 and <= MaxCount && index >= 1 && index <= count ? new Shard(index, count) : null;
    }

    public override string ToString() => $"{Index}/{Count}";

    /// <summary>The paths (full paths of sources and results files) that fall to this share.</summary>
    public IReadOnlySet<string> Select(IEnumerable<string> paths)
    {
        var projects = new Dictionary<string, string>(StringComparer.Ordinal);
        var ordered = paths.Select(Path.GetFullPath).Distinct(StringComparer.Ordinal)
            .Select(path => (Project: ProjectOf(Path.GetDirectoryName(path)!, projects), Path: path))
            .OrderBy(p => p.Project, StringComparer.Ordinal).ThenBy(p => p.Path, StringComparer.Ordinal)
            .Select(p => p.Path)
            .ToList();
        var from = (int)((long)(Index - 1) * ordered.Count / Count);
        var to = (int)((long)Index * ordered.Count / Count);
        return ordered.GetRange(from, to - from).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The sources and results files of a scope that fall to this share.</summary>
    public (IReadOnlyList<Reading.SourceItem> Sources, IReadOnlySet<string> Share) Select(IReadOnlyList<Reading.SourceItem> sources, IReadOnlyList<string> resultsFolders)
    {
        var share = Select(sources.Select(s => s.Path).Concat(ResultsFiles.In(resultsFolders)));
        return ([.. sources.Where(s => share.Contains(Path.GetFullPath(s.Path)))], share);
    }

    /// <summary>The folder of the nearest project file at or above <paramref name="folder"/>; "" when there is none.</summary>
    private static string ProjectOf(string folder, Dictionary<string, string> known)
    {
        if (known.TryGetValue(folder, out var found)) return found;
        var project = File.Exists(Path.Combine(folder, Project.ProjectFile.FileName)) ? folder
            : Path.GetDirectoryName(folder) is { } parent ? ProjectOf(parent, known) : "";
        return known[folder] = project;
    }
}

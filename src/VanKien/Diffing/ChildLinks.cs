using VanKien.Checking;

namespace VanKien.Diffing;

/// <summary>
/// The children a revision leaves without their parent target: a child links to a target by its id
/// (<c>cha</c>), so a target renamed or removed breaks every link to its old id. The children are the
/// sources of the document's project (or of its folder, outside a project) that implement it as it
/// stands in the working tree.
/// </summary>
public static class ChildLinks
{
    public static DocumentDiff Mark(DocumentDiff diff, string documentPath, DocumentSet set)
    {
        var lost = diff.Targets.Where(Breaks).Select(c => c.Old!.Id!.Value).ToHashSet(StringComparer.Ordinal);
        if (lost.Count == 0) return diff;
        var links = LinksTo(Path.GetFullPath(documentPath), lost, set);
        return diff with
        {
            Targets = diff.Targets.Select(c => Breaks(c) && links.TryGetValue(c.Old!.Id!.Value, out var found) ? c with { BrokenLinks = found } : c).ToList(),
        };
    }

    private static bool Breaks(TargetChange change) =>
        change.Kind is TargetChangeKind.Renamed or TargetChangeKind.Removed && change.Old?.Id is not null;

    /// <summary>For each lost id, "child path: child target (cha: id)", the path relative to the parent's folder.</summary>
    private static Dictionary<string, List<string>> LinksTo(string parentPath, HashSet<string> ids, DocumentSet set)
    {
        var folder = Path.GetDirectoryName(parentPath) ?? ".";
        var root = set.ProjectRoot ?? folder;
        var links = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var source in Reading.SourceDiscovery.Discover([root]).Sources.OrderBy(s => s.Path, StringComparer.Ordinal))
        {
            if (string.Equals(Path.GetFullPath(source.Path), parentPath, StringComparison.Ordinal)) continue;
            if (set.Load(source.Path).Document is not { Frame.ParentPath: not null } child) continue;
            if (!string.Equals(DocumentSet.Resolve(child, child.Frame.ParentPath.Value), parentPath, StringComparison.Ordinal)) continue;
            var name = Path.GetRelativePath(folder, source.Path).Replace('\\', '/');
            foreach (var target in child.Targets)
                if (target.Parent is { } parent && ids.Contains(parent.Value))
                {
                    if (!links.TryGetValue(parent.Value, out var list)) links[parent.Value] = list = [];
                    list.Add($"{name}: {target.Id?.Value ?? target.Sentence.Value} (cha: {parent.Value})");
                }
        }
        return links;
    }
}

using System.Globalization;

namespace VanKien.Importing;

/// <summary>
/// Finds the list of targets in a recognised body: the innermost heading that names "chỉ tiêu" and
/// holds nothing but dashed items, grouped or not under sub-headings ("2.1. Về xây dựng Đảng …").
/// Those items become targets (the source keeps them in the front matter) and the body keeps a
/// placeholder where they stood, so the built document prints them in the same place.
/// </summary>
public static class TargetSection
{
    public static void Extract(ImportedDocument document)
    {
        var body = document.Body;
        for (var h = 0; h < body.Count; h++)
        {
            if (body[h] is not DraftHeading heading || !NamesTargets(heading.Text)) continue;
            var end = h + 1;
            while (end < body.Count && !(body[end] is DraftHeading inner && inner.Level <= heading.Level)) end++;
            var section = body.GetRange(h + 1, end - h - 1);
            // A deeper heading that also names targets is the better section.
            if (section.OfType<DraftHeading>().Any(inner => NamesTargets(inner.Text))) continue;
            if (Groups(section, heading.Level) is not { } groups) continue;
            document.Targets.AddRange(groups);
            body.RemoveRange(h + 1, end - h - 1);
            body.Insert(h + 1, new DraftTargetsHere(heading.Location));
            return;
        }
    }

    private static bool NamesTargets(string heading) =>
        heading.ToLower(CultureInfo.GetCultureInfo("vi-VN")).Contains("chỉ tiêu", StringComparison.Ordinal);

    /// <summary>The groups, or null when the section holds anything but dashed items and group headings.</summary>
    private static List<DraftTargetGroup>? Groups(List<DraftBlock> section, int level)
    {
        var groups = new List<DraftTargetGroup>();
        DraftTargetGroup? current = null;
        foreach (var block in section)
        {
            switch (block)
            {
                case DraftHeading sub when sub.Level == level + 1:
                    current = new DraftTargetGroup(sub.Text, []);
                    groups.Add(current);
                    break;
                case DraftBullet { Depth: 0 } item:
                    if (current is null)
                    {
                        if (groups.Count > 0) return null;
                        current = new DraftTargetGroup(null, []);
                        groups.Add(current);
                    }
                    current.Targets.Add(new DraftTarget(item.Text, item.Location));
                    break;
                default:
                    return null;
            }
        }
        return groups.Count > 0 && groups.All(g => g.Targets.Count > 0) ? groups : null;
    }
}

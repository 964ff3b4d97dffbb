using VanKien.Model;
using VanKien.Targets;

namespace VanKien.Diffing;

/// <summary>
/// Targets matched by id and, where ids differ (two different years), by the similarity of their
/// sentences and indicators; each matched pair compared facet by facet, direction-aware. Groups are
/// matched through the targets they hold, so that a group renamed or reordered as a whole is one
/// change of the group, and a target is "moved" only when it left its group or its place in it.
/// </summary>
internal static class TargetDiff
{
    private const double MatchThreshold = 0.5;

    public sealed record Result(IReadOnlyList<TargetChange> Targets, IReadOnlyList<GroupChange> Groups);

    public static Result Between(Document older, Document newer)
    {
        var oldTargets = Positions(older);
        var newTargets = Positions(newer);
        var pairs = new List<(Positioned Old, Positioned New)>();

        foreach (var n in newTargets.Where(t => t.Target.Id is not null))
            if (oldTargets.FirstOrDefault(o => o.Target.Id?.Value == n.Target.Id!.Value) is { } o) pairs.Add((o, n));

        // Different ids: the most similar remaining pairs first, above a threshold.
        var restOld = oldTargets.Where(o => pairs.All(p => p.Old != o)).ToList();
        var restNew = newTargets.Where(n => pairs.All(p => p.New != n)).ToList();
        var candidates = restOld.SelectMany(o => restNew.Select(n => (o, n, Score: Score(o.Target, n.Target))))
            .Where(c => c.Score >= MatchThreshold)
            .OrderByDescending(c => c.Score).ThenBy(c => c.o.Index).ThenBy(c => c.n.Index);
        foreach (var (o, n, _) in candidates)
        {
            if (pairs.Any(p => p.Old == o || p.New == n)) continue;
            pairs.Add((o, n));
        }

        var groups = GroupPairs(older.TargetGroups, newer.TargetGroups, pairs);
        var changes = new List<TargetChange>();
        foreach (var o in oldTargets.Where(o => pairs.All(p => p.Old != o)))
            changes.Add(new TargetChange(TargetChangeKind.Removed, o.Target, null, o.Target.Sentence.Value));
        var revision = SameDocument(older, newer);
        foreach (var (o, n) in pairs.OrderBy(p => p.New.Index))
            changes.AddRange(Compare(o, n, revision));
        foreach (var n in newTargets.Where(n => pairs.All(p => p.New != n)))
            changes.Add(new TargetChange(TargetChangeKind.Added, null, n.Target, n.Target.Sentence.Value));
        changes.AddRange(Moves(pairs, groups));
        return new Result(changes, GroupChanges(older.TargetGroups, newer.TargetGroups, groups));
    }

    /// <summary>
    /// Two revisions of one document, not two documents: the same file (a git revision and the working
    /// tree), or the same number from the same issuer in the same year (a copy kept before editing).
    /// Last year's plan has a year of its own, even where numbers start again from 01 each year.
    /// </summary>
    private static bool SameDocument(Document older, Document newer) =>
        string.Equals(Path.GetFullPath(older.SourcePath), Path.GetFullPath(newer.SourcePath), StringComparison.Ordinal)
        || (Key(older.Frame.Number.Value) is { Length: > 0 } number && number == Key(newer.Frame.Number.Value)
            && Key(older.Frame.Bodies.Issuer.Value) == Key(newer.Frame.Bodies.Issuer.Value)
            && older.Frame.Date.Value.Year == newer.Frame.Date.Value.Year);

    private static string Key(string text) => Text.VietnameseText.Squash(text).ToLowerInvariant();

    private sealed record Positioned(Target Target, int Group, string GroupTitle, int Index, int InGroup);

    private static List<Positioned> Positions(Document document) =>
        document.TargetGroups.SelectMany((g, group) => g.Targets.Select((t, inGroup) => (Target: t, Group: group, Title: g.Title?.Value ?? "", InGroup: inGroup)))
            .Select((x, i) => new Positioned(x.Target, x.Group, x.Title, i, x.InGroup)).ToList();

    /// <summary>
    /// Each old group's counterpart among the new groups (old index → new index): the group that
    /// received most of its targets, one to one, largest shares first; groups that kept no target
    /// are paired when their titles are the same.
    /// </summary>
    private static Dictionary<int, int> GroupPairs(IReadOnlyList<TargetGroup> older, IReadOnlyList<TargetGroup> newer, List<(Positioned Old, Positioned New)> pairs)
    {
        var counterpart = new Dictionary<int, int>();
        var taken = new HashSet<int>();
        var shares = pairs.GroupBy(p => (p.Old.Group, p.New.Group))
            .Select(g => (g.Key.Item1, g.Key.Item2, Count: g.Count(), SameTitle: Title(older[g.Key.Item1]) == Title(newer[g.Key.Item2])))
            .OrderByDescending(s => s.Count).ThenByDescending(s => s.SameTitle).ThenBy(s => s.Item1).ThenBy(s => s.Item2);
        foreach (var (o, n, _, _) in shares)
            if (!counterpart.ContainsKey(o) && taken.Add(n)) counterpart[o] = n;
        for (var o = 0; o < older.Count; o++)
        {
            if (counterpart.ContainsKey(o)) continue;
            var n = Enumerable.Range(0, newer.Count).FirstOrDefault(n => !taken.Contains(n) && Title(newer[n]) == Title(older[o]), -1);
            if (n >= 0 && taken.Add(n)) counterpart[o] = n;
        }
        return counterpart;
    }

    /// <summary>Groups that kept their targets under another title, and groups whose place among the groups changed.</summary>
    private static List<GroupChange> GroupChanges(IReadOnlyList<TargetGroup> older, IReadOnlyList<TargetGroup> newer, Dictionary<int, int> counterpart)
    {
        var changes = new List<GroupChange>();
        var byNew = counterpart.OrderBy(p => p.Value).ToList();
        foreach (var (o, n) in byNew)
            if (Title(older[o]) != Title(newer[n]))
                changes.Add(new GroupChange(GroupChangeKind.Renamed, Title(older[o]), Title(newer[n]), o + 1, n + 1));
        var kept = LongestIncreasing(byNew.Select(p => p.Key).ToList());
        for (var i = 0; i < byNew.Count; i++)
            if (!kept.Contains(i))
                changes.Add(new GroupChange(GroupChangeKind.Moved, Title(older[byNew[i].Key]), Title(newer[byNew[i].Value]), byNew[i].Key + 1, byNew[i].Value + 1));
        return changes;
    }

    private static string Title(TargetGroup group) => group.Title?.Value ?? "";

    /// <summary>Sentence similarity, with a bonus when both state the same kind of indicator in the same unit.</summary>
    private static double Score(Target a, Target b)
    {
        var score = SequenceDiff.Similarity(a.Sentence.Value, b.Sentence.Value);
        if (a.Value is not null && b.Value is not null && Strength.Compare(a.Value, b.Value).Verdict != StrengthVerdict.Incomparable) score += 0.1;
        return score;
    }

    /// <summary>
    /// One matched pair, facet by facet. In two revisions of one document an id that children may link
    /// to, gone from its target, is a change of its own, whatever else changed; between two documents
    /// (last year's plan and this year's) ids differ by design, and only the facets that changed are
    /// listed, each naming both ids.
    /// </summary>
    private static IEnumerable<TargetChange> Compare(Positioned older, Positioned newer, bool revision)
    {
        var (o, n) = (older.Target, newer.Target);
        var idChanged = o.Id?.Value != n.Id?.Value;
        if (revision && idChanged && o.Id is { } oldId)
            yield return new TargetChange(TargetChangeKind.Renamed, o, n, $"mã {oldId.Value} → {n.Id?.Value ?? "—"}");
        var renamed = !revision && idChanged ? $" (mã {o.Id?.Value ?? "—"} → {n.Id?.Value ?? "—"})" : "";
        if (o.Value is not null && n.Value is not null)
        {
            var comparison = Strength.Compare(n.Value, o.Value);
            var values = $"{o.Value} → {n.Value}{renamed}";
            switch (comparison.Verdict)
            {
                case StrengthVerdict.Stronger: yield return new TargetChange(TargetChangeKind.Raised, o, n, values); break;
                case StrengthVerdict.Weaker: yield return new TargetChange(TargetChangeKind.Lowered, o, n, values); break;
                case StrengthVerdict.Incomparable: yield return new TargetChange(TargetChangeKind.UnitChanged, o, n, $"{values}: {comparison.Reason}"); break;
            }
        }
        else if ((o.Value is null) != (n.Value is null))
        {
            yield return new TargetChange(TargetChangeKind.UnitChanged, o, n, $"{o.Value?.ToString() ?? "—"} → {n.Value?.ToString() ?? "—"}{renamed}");
        }
        foreach (var change in SentenceValues(o, n)) yield return change;
        if (o.Period != n.Period)
            yield return new TargetChange(TargetChangeKind.PeriodChanged, o, n, $"{Show(o.Period)} → {Show(n.Period)}");
        if (o.Parent?.Value != n.Parent?.Value || o.Relation != n.Relation)
            yield return new TargetChange(TargetChangeKind.ParentChanged, o, n,
                $"{o.Parent?.Value ?? "—"} ({o.Relation.Key()}) → {n.Parent?.Value ?? "—"} ({n.Relation.Key()})");
        if (o.Sentence.Value != n.Sentence.Value)
            yield return new TargetChange(TargetChangeKind.Reworded, o, n, $"«{o.Sentence.Value}» → «{n.Sentence.Value}»{renamed}");
    }

    /// <summary>
    /// The other values of a sentence that states several ("trên 90% … trong đó 20% …" → "trên 92% …
    /// 25% …"), matched by their order: each raised or lowered is a change of its own. A value the
    /// target's own value already stands for is reported once, above.
    /// </summary>
    private static IEnumerable<TargetChange> SentenceValues(Target o, Target n)
    {
        var before = PhraseParser.Default.Parse(o.Sentence.Value);
        var after = PhraseParser.Default.Parse(n.Sentence.Value);
        if (before.Count < 2 || before.Count != after.Count) yield break;
        for (var i = 0; i < before.Count; i++)
        {
            if (o.Value is not null && n.Value is not null && Agreement.Agrees(before[i].Value, o.Value) && Agreement.Agrees(after[i].Value, n.Value)) continue;
            var comparison = Strength.Compare(after[i].Value, before[i].Value);
            var text = $"giá trị thứ {i + 1} của câu ({before[i].Noun}): {before[i].Value} → {after[i].Value}";
            if (comparison.Verdict == StrengthVerdict.Stronger) yield return new TargetChange(TargetChangeKind.Raised, o, n, text);
            else if (comparison.Verdict == StrengthVerdict.Weaker) yield return new TargetChange(TargetChangeKind.Lowered, o, n, text);
        }
    }

    /// <summary>
    /// Matched targets that left their group (for its counterpart's), or whose place in the group
    /// changed: those outside the longest run that kept its order within the group pair.
    /// </summary>
    private static IEnumerable<TargetChange> Moves(List<(Positioned Old, Positioned New)> pairs, Dictionary<int, int> groups)
    {
        var moved = new List<(Positioned Old, Positioned New, string Detail)>();
        foreach (var (o, n) in pairs)
            if (!groups.TryGetValue(o.Group, out var counterpart) || counterpart != n.Group)
                moved.Add((o, n, $"nhóm «{o.GroupTitle}» → «{n.GroupTitle}»"));
        foreach (var stayed in pairs.Where(p => groups.TryGetValue(p.Old.Group, out var c) && c == p.New.Group).GroupBy(p => p.New.Group))
        {
            var inOrder = stayed.OrderBy(p => p.New.InGroup).ToList();
            var kept = LongestIncreasing(inOrder.Select(p => p.Old.InGroup).ToList());
            for (var i = 0; i < inOrder.Count; i++)
                if (!kept.Contains(i)) moved.Add((inOrder[i].Old, inOrder[i].New, $"vị trí {inOrder[i].Old.InGroup + 1} → {inOrder[i].New.InGroup + 1}"));
        }
        return moved.OrderBy(m => m.New.Index).Select(m => new TargetChange(TargetChangeKind.Moved, m.Old.Target, m.New.Target, m.Detail));
    }

    /// <summary>Positions (into the list) of one longest strictly increasing subsequence.</summary>
    private static HashSet<int> LongestIncreasing(IReadOnlyList<int> values)
    {
        var length = new int[values.Count];
        var previous = new int[values.Count];
        var best = -1;
        for (var i = 0; i < values.Count; i++)
        {
            length[i] = 1;
            previous[i] = -1;
            for (var j = 0; j < i; j++)
                if (values[j] < values[i] && length[j] + 1 > length[i]) (length[i], previous[i]) = (length[j] + 1, j);
            if (best < 0 || length[i] > length[best]) best = i;
        }
        var result = new HashSet<int>();
        for (var i = best; i >= 0; i = previous[i]) result.Add(i);
        return result;
    }

    private static string Show(Period period) => period == Period.Unstated ? "—" : period.Key();
}

using VanKien.Model;
using VanKien.Targets;

namespace VanKien.Diffing;

/// <summary>
/// Targets matched by id and, where ids differ (two different years), by the similarity of their
/// sentences and indicators; each matched pair compared facet by facet, direction-aware.
/// </summary>
internal static class TargetDiff
{
    private const double MatchThreshold = 0.5;

    public static IReadOnlyList<TargetChange> Between(Document older, Document newer)
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

        var changes = new List<TargetChange>();
        foreach (var o in oldTargets.Where(o => pairs.All(p => p.Old != o)))
            changes.Add(new TargetChange(TargetChangeKind.Removed, o.Target, null, o.Target.Sentence.Value));
        foreach (var (o, n) in pairs.OrderBy(p => p.New.Index))
            changes.AddRange(Compare(o, n));
        foreach (var n in newTargets.Where(n => pairs.All(p => p.New != n)))
            changes.Add(new TargetChange(TargetChangeKind.Added, null, n.Target, n.Target.Sentence.Value));
        changes.AddRange(Moves(pairs));
        return changes;
    }

    private sealed record Positioned(Target Target, string Group, int Index);

    private static List<Positioned> Positions(Document document) =>
        document.TargetGroups.SelectMany(g => g.Targets.Select(t => (Group: g.Title?.Value ?? "", Target: t)))
            .Select((x, i) => new Positioned(x.Target, x.Group, i)).ToList();

    /// <summary>Sentence similarity, with a bonus when both state the same kind of indicator in the same unit.</summary>
    private static double Score(Target a, Target b)
    {
        var score = SequenceDiff.Similarity(a.Sentence.Value, b.Sentence.Value);
        if (a.Value is not null && b.Value is not null && Strength.Compare(a.Value, b.Value).Verdict != StrengthVerdict.Incomparable) score += 0.1;
        return score;
    }

    private static IEnumerable<TargetChange> Compare(Positioned older, Positioned newer)
    {
        var (o, n) = (older.Target, newer.Target);
        var renamed = o.Id?.Value != n.Id?.Value ? $" (mã {o.Id?.Value ?? "—"} → {n.Id?.Value ?? "—"})" : "";
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
    /// Matched targets whose order changed: those outside the longest run that kept its order, or that
    /// changed group.
    /// </summary>
    private static IEnumerable<TargetChange> Moves(List<(Positioned Old, Positioned New)> pairs)
    {
        var byNew = pairs.OrderBy(p => p.New.Index).ToList();
        var kept = LongestIncreasing(byNew.Select(p => p.Old.Index).ToList());
        for (var i = 0; i < byNew.Count; i++)
        {
            var (o, n) = byNew[i];
            if (o.Group != n.Group)
                yield return new TargetChange(TargetChangeKind.Moved, o.Target, n.Target, $"nhóm «{o.Group}» → «{n.Group}»");
            else if (!kept.Contains(i))
                yield return new TargetChange(TargetChangeKind.Moved, o.Target, n.Target, $"vị trí {o.Index + 1} → {n.Index + 1}");
        }
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

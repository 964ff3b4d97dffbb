namespace VanKien.Targets;

public enum StrengthVerdict
{
    Stronger,
    Equal,
    Weaker,
    /// <summary>Not the same indicator: another unit, direction, scale or kind of value.</summary>
    Incomparable,
}

public sealed record Comparison(StrengthVerdict Verdict, string? Reason = null);

/// <summary>
/// Whether a child's value binds at least as strongly as its parent's (DESIGN.md §4): for floors a
/// value not lower, for ceilings not higher, for ranks a place not lower, for scales a level not
/// lower. "=" binds as a floor (or as a ceiling against a ceiling); a range binds by its lower end.
/// Milestones compare year by year; when they are late is a separate check.
/// </summary>
public static class Strength
{
    public static Comparison Compare(TargetValue child, TargetValue parent) => (child, parent) switch
    {
        (MilestoneValue c, MilestoneValue p) => Combine(p.Milestones.Select(pm => ValueAt(c, pm.Year) is { } cv ? Compare(cv, pm.Value) : new Comparison(StrengthVerdict.Equal))),
        (_, MilestoneValue p) => Combine(p.Milestones.Select(pm => Compare(child, pm.Value))),
        (MilestoneValue c, _) => Compare(c.Milestones[^1].Value, parent),
        (RankValue c, RankValue p) => Order(p.Rank, c.Rank),
        (LevelValue c, LevelValue p) when c.Scale.Id != p.Scale.Id =>
            new(StrengthVerdict.Incomparable, $"thang '{c.Scale.Id}' khác thang '{p.Scale.Id}'"),
        (LevelValue c, LevelValue p) => Bounds(Bound(c.Comparator, c.Level), Bound(p.Comparator, p.Level)),
        (_, _) when Targets.Bounds.Threshold(child) is { } c && Targets.Bounds.Threshold(parent) is { } p =>
            c.Quantity.Measure.Mismatch(p.Quantity.Measure) is { } mismatch
                ? new(StrengthVerdict.Incomparable, mismatch)
                // Compared in the units' common base: "200 nghìn đồng" is less than "150 triệu đồng".
                : Bounds(new Threshold(c.Comparator, c.Quantity.Measure.ToBase(c.Quantity.Amount)), new Threshold(p.Comparator, p.Quantity.Measure.ToBase(p.Quantity.Amount))),
        _ => new(StrengthVerdict.Incomparable, "không cùng loại giá trị"),
    };

    /// <summary>The child's value in force at a year: its latest milestone not after that year.</summary>
    public static TargetValue? ValueAt(MilestoneValue value, int year) =>
        value.Milestones.Where(m => m.Year <= year).Select(m => m.Value).LastOrDefault();

    private readonly record struct Threshold(Comparator Comparator, decimal Amount);

    private static Threshold Bound(Comparator comparator, int level) => new(comparator, level);

    private static Comparison Bounds(Threshold child, Threshold parent)
    {
        // "=" takes the direction of the other side; against "=" both read as floors.
        var childFloor = child.Comparator == Comparator.Exactly ? parent.Comparator.IsFloor() : child.Comparator.IsFloor();
        var parentFloor = parent.Comparator == Comparator.Exactly ? childFloor : parent.Comparator.IsFloor();
        if (childFloor != parentFloor)
            return new(StrengthVerdict.Incomparable, childFloor ? "cấp dưới là mức sàn, cấp trên là mức trần" : "cấp dưới là mức trần, cấp trên là mức sàn");

        var byAmount = childFloor ? child.Amount.CompareTo(parent.Amount) : parent.Amount.CompareTo(child.Amount);
        if (byAmount != 0) return new(byAmount > 0 ? StrengthVerdict.Stronger : StrengthVerdict.Weaker);
        // Same amount: a strict bound ("trên 90%") is stronger than an inclusive one ("90% trở lên").
        var childStrict = child.Comparator is Comparator.MoreThan or Comparator.LessThan;
        var parentStrict = parent.Comparator is Comparator.MoreThan or Comparator.LessThan;
        return childStrict == parentStrict ? new(StrengthVerdict.Equal)
            : new(childStrict ? StrengthVerdict.Stronger : StrengthVerdict.Weaker);
    }

    /// <summary>For ranks, a lower number is better.</summary>
    private static Comparison Order(int parentRank, int childRank) =>
        new(childRank < parentRank ? StrengthVerdict.Stronger : childRank == parentRank ? StrengthVerdict.Equal : StrengthVerdict.Weaker);

    private static Comparison Combine(IEnumerable<Comparison> comparisons)
    {
        var all = comparisons.ToList();
        return all.FirstOrDefault(c => c.Verdict == StrengthVerdict.Incomparable)
            ?? all.FirstOrDefault(c => c.Verdict == StrengthVerdict.Weaker)
            ?? (all.All(c => c.Verdict == StrengthVerdict.Equal) ? new Comparison(StrengthVerdict.Equal) : new Comparison(StrengthVerdict.Stronger));
    }
}

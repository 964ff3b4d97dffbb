namespace VanKien.Targets;

/// <summary>
/// Whether a value read out of a sentence and a value written by the author say the same thing:
/// the same number, unit, scale level or rank, binding the same way. "90% trở lên" agrees with
/// "&gt;= 90%" and "= 90%", not with "&gt;= 95%".
/// </summary>
public static class Agreement
{
    public static bool Agrees(TargetValue stated, TargetValue written) => (stated, written) switch
    {
        (_, MilestoneValue w) => w.Milestones.Any(m => Agrees(stated, m.Value)),
        (MilestoneValue s, _) => s.Milestones.Any(m => Agrees(m.Value, written)),
        (BoundValue s, BoundValue w) => s.Quantity.Amount == w.Quantity.Amount && SameUnit(s.Quantity.Unit, w.Quantity.Unit) && SameDirection(s.Comparator, w.Comparator),
        (RangeValue s, RangeValue w) => s.Min == w.Min && s.Max == w.Max && SameUnit(s.Unit, w.Unit),
        (RankValue s, RankValue w) => s.Rank == w.Rank,
        (LevelValue s, LevelValue w) => s.Scale.Id == w.Scale.Id && s.Level == w.Level,
        _ => false,
    };

    /// <summary>A sentence often leaves the unit implicit ("02 đoàn viên" vs "&gt;= 2").</summary>
    private static bool SameUnit(string a, string b) => a == b || a.Length == 0 || b.Length == 0;

    private static bool SameDirection(Comparator a, Comparator b) =>
        a == Comparator.Exactly || b == Comparator.Exactly || a.IsFloor() == b.IsFloor();
}

using VanKien.Values;

namespace VanKien.Targets;

/// <summary>
/// Whether a value read out of a sentence and a value written by the author say the same thing:
/// the same number, unit, scale level or rank, binding the same way. "90% trở lên" agrees with
/// "&gt;= 90%" and "= 90%", not with "&gt;= 95%". A sentence often leaves the unit implicit
/// ("02" for "&gt;= 2 đoàn viên"): amounts compare through the values area with implicit units allowed.
/// </summary>
public static class Agreement
{
    public static bool Agrees(TargetValue stated, TargetValue written) => (stated, written) switch
    {
        (_, MilestoneValue w) => w.Milestones.Any(m => Agrees(stated, m.Value)),
        (MilestoneValue s, _) => s.Milestones.Any(m => Agrees(m.Value, written)),
        (BoundValue s, BoundValue w) => Values.Quantities.Compare(s.Quantity, w.Quantity, implicitUnits: true) == 0 && SameDirection(s.Comparator, w.Comparator),
        (RangeValue s, RangeValue w) => Values.Quantities.Compare(new Quantity(s.Min, s.Unit), new Quantity(w.Min, w.Unit), implicitUnits: true) == 0
                                        && Values.Quantities.Compare(new Quantity(s.Max, s.Unit), new Quantity(w.Max, w.Unit), implicitUnits: true) == 0,
        (RankValue s, RankValue w) => s.Rank == w.Rank,
        (LevelValue s, LevelValue w) => s.Scale.Id == w.Scale.Id && s.Level == w.Level,
        _ => false,
    };

    private static bool SameDirection(Comparator a, Comparator b) =>
        a == Comparator.Exactly || b == Comparator.Exactly || a.IsFloor() == b.IsFloor();
}

using VanKien.Values;

namespace VanKien.Targets;

/// <summary>What a target's value commits to, computed once for strength, contributions and results.</summary>
public static class Bounds
{
    /// <summary>The amount a value commits to at least: a floor (or "="), a range's lower end, the last milestone's; null for ceilings, ranks and levels.</summary>
    public static Quantity? Floor(TargetValue? value) => value switch
    {
        BoundValue b when b.Comparator.IsFloor() || b.Comparator == Comparator.Exactly => b.Quantity,
        RangeValue r => new Quantity(r.Min, r.Unit),
        MilestoneValue m => Floor(m.Milestones[^1].Value),
        _ => null,
    };

    /// <summary>The threshold a numeric value binds by — the bound itself, or a range's lower end as a floor — with its unit.</summary>
    public static (Comparator Comparator, Quantity Quantity)? Threshold(TargetValue value) => value switch
    {
        BoundValue b => (b.Comparator, b.Quantity),
        RangeValue r => (Comparator.AtLeast, new Quantity(r.Min, r.Unit)),
        _ => null,
    };
}

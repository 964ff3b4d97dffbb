
namespace VanKien.Values;

/// <summary>
/// The one comparison of amounts with units that strength, agreement, results and contributions
/// share: both converted to their common base, or not comparable at all (another dimension,
/// currency, noun or "per").
/// </summary>
public static class Quantities
{
    /// <summary>The sign of <paramref name="a"/> − <paramref name="b"/>; null when their units do not compare.</summary>
    public static int? Compare(Quantity a, Quantity b, bool implicitUnits = false)
    {
        var (ua, ub) = (a.Measure, b.Measure);
        if (ua.ComparableWith(ub)) return ua.ToBase(a.Amount).CompareTo(ub.ToBase(b.Amount));
        // A per left implicit still converts through the base ("72.000 nghìn đồng" is "72 triệu đồng/ha"); a bare amount is taken as written.
        if (implicitUnits && ua.PerImplicit(ub)) return ua.ToBase(a.Amount).CompareTo(ub.ToBase(b.Amount));
        if (implicitUnits && ua.ComparableOrImplicit(ub)) return a.Amount.CompareTo(b.Amount);
        return null;
    }

    /// <summary><paramref name="quantity"/>'s amount in <paramref name="unit"/>'s terms (a bare amount is taken as already in them); null when not comparable.</summary>
    public static decimal? AmountIn(Quantity quantity, Unit unit)
    {
        var own = quantity.Measure;
        if (own.ComparableWith(unit) || own.PerImplicit(unit)) return unit.FromBase(own.ToBase(quantity.Amount));
        return own.ComparableOrImplicit(unit) ? quantity.Amount : null;
    }
}

using FsCheck.Xunit;
using VanKien.Targets;
using VanKien.Values;

namespace VanKien.Tests.Values;

/// <summary>
/// Laws of the values area over generated quantities (FsCheck): printing then reading gives the
/// same value; the strength comparison is antisymmetric and transitive, across units of one
/// dimension; converting through a dimension's base and back is exact.
/// </summary>
public class ValuePropertyTests
{
    private static readonly string[] Units =
        ["", "%", "đảng viên", "điểm trường", "ha/trường", "đồng", "nghìn đồng", "triệu đồng", "tỷ đồng", "usd", "ha", "m2", "km2", "triệu đồng/người/năm"];

    private static readonly string[] Money = ["đồng", "nghìn đồng", "triệu đồng", "tỷ đồng"];

    private static readonly Comparator[] Comparators = [Comparator.AtLeast, Comparator.MoreThan, Comparator.AtMost, Comparator.LessThan, Comparator.Exactly];

    /// <summary>An amount with at most two decimals, as documents write them.</summary>
    private static decimal Amount(uint hundredths) => hundredths % 100_000_000 / 100m;

    private static T Pick<T>(T[] items, int index) => items[(int)((uint)index % (uint)items.Length)];

    [Property(MaxTest = 500)]
    public bool A_bound_prints_then_reads_back_the_same(int comparator, uint hundredths, int unit)
    {
        var value = new BoundValue(Pick(Comparators, comparator), new Quantity(Amount(hundredths), Pick(Units, unit)));
        return ValueParser.Default.Parse(value.ToString()).Value == value;
    }

    [Property(MaxTest = 500)]
    public bool A_range_prints_then_reads_back_the_same(uint low, uint width, int unit)
    {
        var min = Amount(low);
        var value = new RangeValue(min, min + Amount(width), Pick(Units, unit));
        return ValueParser.Default.Parse(value.ToString()).Value == value;
    }

    [Property(MaxTest = 500)]
    public bool A_number_prints_then_reads_back_the_same(uint hundredths) =>
        VietnameseNumber.TryParse(VietnameseNumber.Format(Amount(hundredths)), out var read) && read == Amount(hundredths);

    private static BoundValue Floor(uint hundredths, int unit) => new(Comparator.AtLeast, new Quantity(Amount(hundredths), Pick(Money, unit)));

    [Property(MaxTest = 1000)]
    public bool Strength_is_antisymmetric_across_money_units(uint a, int ua, uint b, int ub)
    {
        var (x, y) = (Floor(a, ua), Floor(b, ub));
        var forward = Strength.Compare(x, y).Verdict;
        var backward = Strength.Compare(y, x).Verdict;
        return forward switch
        {
            StrengthVerdict.Stronger => backward == StrengthVerdict.Weaker,
            StrengthVerdict.Weaker => backward == StrengthVerdict.Stronger,
            StrengthVerdict.Equal => backward == StrengthVerdict.Equal,
            _ => false, // money units always compare
        };
    }

    [Property(MaxTest = 1000)]
    public bool Strength_is_transitive_across_money_units(uint a, int ua, uint b, int ub, uint c, int uc)
    {
        var (x, y, z) = (Floor(a, ua), Floor(b, ub), Floor(c, uc));
        static bool AtLeast(TargetValue p, TargetValue q) => Strength.Compare(p, q).Verdict is StrengthVerdict.Stronger or StrengthVerdict.Equal;
        return !(AtLeast(x, y) && AtLeast(y, z)) || AtLeast(x, z);
    }

    [Property(MaxTest = 1000)]
    public bool Converting_through_the_base_and_back_is_exact(uint hundredths, int unit)
    {
        var measure = Unit.Parse(Pick(Units, unit));
        var amount = Amount(hundredths);
        return measure.FromBase(measure.ToBase(amount)) == amount;
    }

    [Property(MaxTest = 500)]
    public bool Another_currency_never_compares_with_dong(uint a, uint b, int unit)
    {
        var dong = Floor(a, unit);
        var usd = new BoundValue(Comparator.AtLeast, new Quantity(Amount(b), "usd"));
        return Strength.Compare(dong, usd).Verdict == StrengthVerdict.Incomparable && Strength.Compare(usd, dong).Verdict == StrengthVerdict.Incomparable;
    }
}

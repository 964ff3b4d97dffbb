using System.Globalization;
using VanKien.Model;
using VanKien.Targets;

namespace VanKien.Results;

/// <summary>
/// Judges a target against its results (issue "results"), direction-aware and scale-aware:
/// a floor is exceeded by more, a ceiling by less, a rank by a smaller number, a level by a higher
/// one. Reaching exactly what a non-strict bound asks is "đạt"; better is "vượt". A strict bound
/// ("trên 90%") is met by any value past it, so it is "đạt", never "vượt". A range is met inside
/// and exceeded above its upper end. A milestone target is judged against the milestone in force
/// that year, and is not yet due before its first one.
/// </summary>
public static class Evaluator
{
    /// <param name="termEnd">The last year of the program's term: a target counted over the term and not yet reached before it is not yet due.</param>
    public static Evaluation Evaluate(Target target, ResultEntry? entry, int year, int? termEnd = null)
    {
        var valueSet = ValueText.Pretty(target.Value);
        var (result, resultYear) = ResultAt(target, entry, year);
        if (result is null) return new Evaluation(target, Verdict.NoResult, valueSet, null, null, null, entry?.Note);
        var (verdict, margin, inForce) = Judge(target.Value, result, resultYear ?? year);
        if (verdict == Verdict.Missed && target.Period == Period.Term && termEnd is { } end && year < end && result is not MeasuredVerdict)
            verdict = Verdict.NotDue;
        return new Evaluation(target, verdict, inForce ?? valueSet, result, resultYear, margin, entry?.Note);
    }

    /// <summary>
    /// The result that counts at a year: that year's, else the latest before it. A target counted
    /// over the term ("01-02 đảng viên/nhiệm kỳ") takes the term's figure, or the yearly figures summed.
    /// </summary>
    public static (Measured? Value, int? Year) ResultAt(Target target, ResultEntry? entry, int year)
    {
        if (entry is null) return (null, null);
        var yearly = entry.Values.Where(v => v.Year is { } y && y <= year).OrderBy(v => v.Year).ToList();
        if (target.Period == Period.Term)
        {
            if (entry.Values.FirstOrDefault(v => v.Year is null) is { } term) return (term.Value, null);
            var amounts = yearly.Select(v => v.Value).OfType<MeasuredQuantity>().ToList();
            if (amounts.Count == yearly.Count && amounts.Count > 0 && amounts.All(a => a.Quantity.Unit == amounts[0].Quantity.Unit) && amounts[0].Quantity.Unit != "%")
                return (new MeasuredQuantity(amounts[0].Quantity with { Amount = amounts.Sum(a => a.Quantity.Amount) }), yearly[^1].Year);
        }
        return yearly.Count > 0 ? (yearly[^1].Value, yearly[^1].Year) : (null, null);
    }

    public static (Verdict Verdict, string? Margin, string? InForce) Judge(TargetValue? value, Measured result, int year)
    {
        if (result is MeasuredVerdict stated) return (stated.Verdict, null, null);
        switch (value)
        {
            case null:
                return (Verdict.NotAssessable, null, null);
            case MilestoneValue milestones:
                if (Strength.ValueAt(milestones, year) is not { } inForce)
                {
                    var next = milestones.Milestones[0];
                    var (_, margin, _) = Judge(next.Value, result, next.Year);
                    return (Verdict.NotDue, margin, ValueText.Pretty(next.Value) + $" ({next.Year})");
                }
                var judged = Judge(inForce, result, year);
                var milestone = milestones.Milestones.Last(m => m.Year <= year);
                return (judged.Verdict, judged.Margin, ValueText.Pretty(inForce) + $" ({milestone.Year})");
            case BoundValue bound when result is MeasuredQuantity measured && Values.Quantities.AmountIn(measured.Quantity, bound.Quantity.Measure) is { } reached:
            {
                var better = bound.Comparator.IsFloor() ? reached - bound.Quantity.Amount : bound.Quantity.Amount - reached;
                var strict = bound.Comparator is Comparator.MoreThan or Comparator.LessThan;
                var verdict = strict ? better > 0 ? Verdict.Met : Verdict.Missed : Ordered(better);
                return (verdict, Signed(better, Difference(bound.Quantity.Unit)), null);
            }
            case RangeValue range when result is MeasuredQuantity measured && Values.Quantities.AmountIn(measured.Quantity, Values.Unit.Parse(range.Unit)) is { } amount:
            {
                if (amount < range.Min) return (Verdict.Missed, Signed(amount - range.Min, Difference(range.Unit)), null);
                if (amount > range.Max) return (Verdict.Exceeded, Signed(amount - range.Max, Difference(range.Unit)), null);
                return (Verdict.Met, Signed(0, Difference(range.Unit)), null);
            }
            case RankValue rank when result is MeasuredRank or MeasuredQuantity { Quantity.Unit: "" }:
            {
                var place = result is MeasuredRank r ? r.Rank : (int)((MeasuredQuantity)result).Quantity.Amount;
                var better = rank.Rank - place;
                return (Ordered(better), Signed(better, "bậc"), null);
            }
            case LevelValue level when result is MeasuredLevel named && LevelOf(level.Scale, named.Name) is > 0 and var reached:
            {
                var better = level.Comparator.IsFloor() ? reached - level.Level : level.Level - reached;
                var strict = level.Comparator is Comparator.MoreThan or Comparator.LessThan;
                return (strict ? better > 0 ? Verdict.Met : Verdict.Missed : Ordered(better), Signed(better, "bậc"), null);
            }
            default:
                return (Verdict.NotAssessable, null, null);
        }
    }

    private static Verdict Ordered(decimal better) => better > 0 ? Verdict.Exceeded : better == 0 ? Verdict.Met : Verdict.Missed;

    /// <summary>A result with no unit is taken in the target's unit ("92" for "≥ 90%"); one in another unit of the same dimension converts.</summary>
    public static bool SameUnit(string target, string result) => Values.Unit.Parse(result).ComparableOrImplicit(Values.Unit.Parse(target));

    /// <summary>Percentages differ in percentage points, written out ("điểm phần trăm") as official texts do; anything else in its own unit.</summary>
    private static string Difference(string unit) => unit switch { "%" => "điểm phần trăm", "" => "", _ => unit };

    private static string Signed(decimal amount, string unit)
    {
        var number = Values.VietnameseNumber.Format(Math.Abs(amount));
        var sign = amount > 0 ? "+" : amount < 0 ? "−" : "±";
        return unit.Length == 0 ? sign + number : $"{sign}{number} {unit}";
    }

    /// <summary>A level named in full ("hoàn thành tốt nhiệm vụ") or by its number on a numbered scale ("mức độ 2", "2").</summary>
    public static int LevelOf(OrdinalScale scale, string name)
    {
        if (scale.LevelOf(name) is > 0 and var level) return level;
        var digits = new string(name.Where(char.IsAsciiDigit).ToArray());
        if (digits.Length is > 0 and < 3 && Values.AsciiDigits.Parse(digits) is var n && n >= 1 && n <= scale.Levels.Count &&
            scale.Levels[n - 1].Contains(digits, StringComparison.Ordinal))
            return n;
        return 0;
    }
}

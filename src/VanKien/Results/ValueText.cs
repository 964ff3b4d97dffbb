using VanKien.Targets;
using VanKien.Values;

namespace VanKien.Results;

/// <summary>A target's value as a report prints it: "≥ 90%", "< 5%", "1–2 đảng viên", "top 100", "≥ hoàn thành tốt nhiệm vụ".</summary>
public static class ValueText
{
    public static string Pretty(TargetValue? value) => value switch
    {
        null => "(định tính)",
        BoundValue b => Symbol(b.Comparator) + b.Quantity,
        RangeValue r => new Quantity(r.Min, "").ToString() + "–" + new Quantity(r.Max, r.Unit),
        RankValue r => r.ToString(),
        LevelValue l => Symbol(l.Comparator) + l.Scale.NameOf(l.Level),
        MilestoneValue m => string.Join("; ", m.Milestones.Select(x => $"{Pretty(x.Value)} ({x.Year})")),
        _ => value.ToString() ?? "",
    };

    /// <summary>
    /// A target's value in words, as a committee member reads it and as the documents write it:
    /// "90% trở lên", "dưới 5%", "không quá 02 đảng viên", "từ 1 đến 2 đảng viên", "hoàn thành tốt
    /// nhiệm vụ trở lên", milestones as "…(năm 2027)". For pages read by people, where the report's
    /// signs (≥, <) and the source's syntax (">= 90%", "1..2") are not.
    /// </summary>
    public static string Words(TargetValue? value) => value switch
    {
        null => "định tính",
        BoundValue b => Bound(b.Comparator, b.Quantity.ToString()),
        RangeValue r => $"từ {new Quantity(r.Min, "")} đến {new Quantity(r.Max, r.Unit)}",
        RankValue r => r.Scope.Length == 0 ? $"tốp {r.Rank}" : $"tốp {r.Rank} {r.Scope}",
        LevelValue l => Bound(l.Comparator, l.Scale.NameOf(l.Level)),
        MilestoneValue m => string.Join("; ", m.Milestones.Select(x => $"{Words(x.Value)} (năm {x.Year})")),
        _ => value.ToString() ?? "",
    };

    /// <summary>Less is better: a ceiling ("dưới 5%", "không quá 02"), or milestones that are ceilings.</summary>
    public static bool LowerIsBetter(TargetValue? value) => value switch
    {
        BoundValue b => !b.Comparator.IsFloor(),
        LevelValue l => !l.Comparator.IsFloor(),
        MilestoneValue m => m.Milestones.Count > 0 && m.Milestones.All(x => LowerIsBetter(x.Value)),
        _ => false,
    };

    /// <summary>What a page says beside a value where less is better, so that a result under it is read as a success.</summary>
    public const string LowerIsBetterWords = "càng thấp càng tốt";

    private static string Bound(Comparator comparator, string what) => comparator switch
    {
        Comparator.AtLeast => what + " trở lên",
        Comparator.MoreThan => "trên " + what,
        Comparator.AtMost => "không quá " + what,
        Comparator.LessThan => "dưới " + what,
        _ => what,
    };

    private static string Symbol(Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "≥ ",
        Comparator.MoreThan => "> ",
        Comparator.AtMost => "≤ ",
        Comparator.LessThan => "< ",
        _ => "",
    };
}

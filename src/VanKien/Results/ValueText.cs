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

    private static string Symbol(Comparator comparator) => comparator switch
    {
        Comparator.AtLeast => "≥ ",
        Comparator.MoreThan => "> ",
        Comparator.AtMost => "≤ ",
        Comparator.LessThan => "< ",
        _ => "",
    };
}

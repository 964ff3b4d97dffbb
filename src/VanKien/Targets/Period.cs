namespace VanKien.Targets;

/// <summary>
/// What a target's value is counted over: each year ("hằng năm"), the whole term ("nhiệm kỳ"),
/// each school year ("năm học"), or unstated.
/// </summary>
public enum Period
{
    Unstated,
    EachYear,
    Term,
    SchoolYear,
}

public static class PeriodKeys
{
    public static readonly IReadOnlyDictionary<string, Period> ByKey = new Dictionary<string, Period>(StringComparer.Ordinal)
    {
        ["hang-nam"] = Period.EachYear,
        ["nhiem-ky"] = Period.Term,
        ["nam-hoc"] = Period.SchoolYear,
    };

    public static string Key(this Period period) => ByKey.FirstOrDefault(p => p.Value == period).Key ?? "";

    /// <summary>The period a value's "/…" names: "/nhiệm kỳ", "/năm học", "/năm"; none for "".</summary>
    public static Period FromWord(string word) => word switch
    {
        "" => Period.Unstated,
        "nhiệm kỳ" => Period.Term,
        "năm học" => Period.SchoolYear,
        _ => Period.EachYear,
    };
}

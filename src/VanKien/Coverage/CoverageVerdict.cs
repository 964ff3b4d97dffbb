namespace VanKien.Coverage;

/// <summary>How a parent target fares in a child document.</summary>
public enum CoverageVerdict
{
    Stronger,
    Equal,
    /// <summary>Equal to a parent's range only at its low end ("1..2" met by "1"): a floor of the range, not all of it.</summary>
    AtRangeLow,
    Weaker,
    Incomparable,
    Contributes,
    Concretizes,
    Waived,
    Missing,
    NotApplicable,
}

public static class CoverageVerdictText
{
    public static string Vietnamese(this CoverageVerdict verdict) => verdict switch
    {
        CoverageVerdict.Stronger => "mạnh hơn",
        CoverageVerdict.Equal => "bằng",
        CoverageVerdict.AtRangeLow => "bằng mức thấp của khoảng",
        CoverageVerdict.Weaker => "YẾU HƠN",
        CoverageVerdict.Incomparable => "KHÔNG SO ĐƯỢC",
        CoverageVerdict.Contributes => "góp phần",
        CoverageVerdict.Concretizes => "cụ thể hóa",
        CoverageVerdict.Waived => "miễn",
        CoverageVerdict.Missing => "THIẾU",
        _ => "không áp dụng",
    };
}

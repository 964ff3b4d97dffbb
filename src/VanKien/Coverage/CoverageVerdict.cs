namespace VanKien.Coverage;

/// <summary>How a parent target fares in a child document.</summary>
public enum CoverageVerdict
{
    Stronger,
    Equal,
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
        CoverageVerdict.Weaker => "YẾU HƠN",
        CoverageVerdict.Incomparable => "KHÔNG SO ĐƯỢC",
        CoverageVerdict.Contributes => "góp phần",
        CoverageVerdict.Concretizes => "cụ thể hóa",
        CoverageVerdict.Waived => "miễn",
        CoverageVerdict.Missing => "THIẾU",
        _ => "không áp dụng",
    };
}

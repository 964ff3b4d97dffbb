namespace VanKien.Reporting;

/// <summary>Sơ kết (mid-term review) or tổng kết (end-of-term review).</summary>
public enum ReportKind
{
    SoKet,
    TongKet,
}

public static class ReportKinds
{
    public static ReportKind? FromKey(string key) => key switch
    {
        "so-ket" => ReportKind.SoKet,
        "tong-ket" => ReportKind.TongKet,
        _ => null,
    };

    /// <summary>"Sơ kết giữa nhiệm kỳ" / "Tổng kết" as the summary line and the opening sentence say it.</summary>
    public static string Words(this ReportKind kind, bool hasTerm) => kind switch
    {
        ReportKind.SoKet => hasTerm ? "sơ kết giữa nhiệm kỳ" : "sơ kết",
        _ => hasTerm ? "tổng kết nhiệm kỳ" : "tổng kết",
    };
}

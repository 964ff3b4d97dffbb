namespace VanKien.Reporting;

/// <summary>Sơ kết (mid-term review) or tổng kết (end-of-term review).</summary>
public enum ReportKind
{
    SoKet,
    TongKet,
}

public static class ReportKinds
{
    /// <summary>The source language's words for the kinds, as <c>--kind</c> takes them and reports are named.</summary>
    public static IReadOnlyList<string> Keys { get; } = ["so-ket", "tong-ket"];

    public static string Key(this ReportKind kind) => kind == ReportKind.SoKet ? Keys[0] : Keys[1];

    public static ReportKind? FromKey(string key) =>
        key == Keys[0] ? ReportKind.SoKet : key == Keys[1] ? ReportKind.TongKet : null;

    /// <summary>"Sơ kết giữa nhiệm kỳ" / "Tổng kết" as the summary line and the opening sentence say it.</summary>
    public static string Words(this ReportKind kind, bool hasTerm) => kind switch
    {
        ReportKind.SoKet => hasTerm ? "sơ kết giữa nhiệm kỳ" : "sơ kết",
        _ => hasTerm ? "tổng kết nhiệm kỳ" : "tổng kết",
    };
}

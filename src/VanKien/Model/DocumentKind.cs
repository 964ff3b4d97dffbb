namespace VanKien.Model;

/// <summary>
/// A kind of document (DESIGN.md §2): its source key, the title the compiler prints, and the
/// abbreviation its number and symbol carry ("CTr" in "05-CTr/CB").
/// </summary>
public sealed record DocumentKind(string Key, string Title, string TypeAbbreviation)
{
    public static readonly DocumentKind ChuongTrinhHanhDong = new("chuong-trinh-hanh-dong", "Chương trình hành động", "CTr");
    public static readonly DocumentKind KeHoach = new("ke-hoach", "Kế hoạch", "KH");
    public static readonly DocumentKind NghiQuyet = new("nghi-quyet", "Nghị quyết", "NQ");
    public static readonly DocumentKind ChuongTrinhCongTac = new("chuong-trinh-cong-tac", "Chương trình công tác", "CTr");
    public static readonly DocumentKind BaoCao = new("bao-cao", "Báo cáo", "BC");

    public static IReadOnlyList<DocumentKind> All { get; } =
        [ChuongTrinhHanhDong, KeHoach, NghiQuyet, ChuongTrinhCongTac, BaoCao];

    public static DocumentKind? FromKey(string key) => All.FirstOrDefault(k => k.Key == key);

    /// <summary>The <c>loai</c> of a results file: a source that feeds reports, not a document to build.</summary>
    public const string ResultsKey = "ket-qua";
}

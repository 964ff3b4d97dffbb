namespace VanKien.Targets;

/// <summary>
/// Nouns that count things in targets ("02 điểm trường", "01 trường trọng điểm"). A number
/// followed by none of these (and no %) is not read as a target value: "Trung ương 4", "6 tháng".
/// </summary>
public static class UnitWords
{
    /// <summary>Longest first within a family, so "điểm trường" wins over "trường" and "triệu đồng" over "đồng"; money and area first (Values.Unit knows what they measure).</summary>
    public static readonly IReadOnlyList<string> Known =
    [
        "tỷ đồng", "tỉ đồng", "triệu đồng", "nghìn đồng", "ngàn đồng", "triệu usd", "đồng", "usd", "km²", "km2", "m²", "m2",
        "ha/trường", "điểm trường", "đảng viên", "đoàn viên", "giáo viên", "học sinh", "mô hình", "chi bộ",
        "chuyên đề", "trường", "lớp", "nhóm", "lần", "trẻ", "người", "hộ", "cuộc", "ha",
    ];

    public static string Pattern { get; } = string.Join("|", Known.Select(k => System.Text.RegularExpressions.Regex.Escape(k).Replace("\\ ", " ")));
}

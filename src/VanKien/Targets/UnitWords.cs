namespace VanKien.Targets;

/// <summary>
/// Nouns that count things in targets ("02 điểm trường", "01 trường trọng điểm"). A number
/// followed by none of these (and no %) is not read as a target value: "Trung ương 4", "6 tháng".
/// </summary>
public static class UnitWords
{
    /// <summary>Longest first, so "điểm trường" wins over "trường".</summary>
    public static readonly IReadOnlyList<string> Known =
    [
        "ha/trường", "điểm trường", "đảng viên", "đoàn viên", "giáo viên", "học sinh", "mô hình", "chi bộ",
        "chuyên đề", "trường", "lớp", "nhóm", "lần", "trẻ", "người", "hộ", "cuộc", "ha",
    ];

    public static string Pattern { get; } = string.Join("|", Known.Select(k => System.Text.RegularExpressions.Regex.Escape(k).Replace("\\ ", " ")));
}

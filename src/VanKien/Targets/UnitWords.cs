namespace VanKien.Targets;

/// <summary>
/// The words after a number that make it a target value in a sentence ("02 điểm trường",
/// "12 triệu đồng", "3 tấn"): <see cref="Values.UnitTable"/>'s sentence words. A number followed by
/// none of these (and no %) is not read as a value: "Trung ương 4", "6 tháng".
/// </summary>
public static class UnitWords
{
    /// <summary>Longest first, so "điểm trường" wins over "trường" and "triệu đồng" over "đồng".</summary>
    public static IReadOnlyList<string> Known => Values.UnitTable.SentenceWords;

    public static string Pattern => Values.UnitTable.SentencePattern;

    /// <summary>The words a value may be counted per, written before it ("mỗi hộ", "trên 1 ha").</summary>
    public static string PerPattern => Values.UnitTable.PerPattern;
}

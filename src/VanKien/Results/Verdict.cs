namespace VanKien.Results;

/// <summary>How a target stands against its result (issue "results"): met, missed, exceeded — or why there is no verdict.</summary>
public enum Verdict
{
    Met,
    Exceeded,
    Missed,
    /// <summary>A milestone target whose first milestone is after the year reported.</summary>
    NotDue,
    NoResult,
    /// <summary>A qualitative target without an assessment, or a result of another kind than the target.</summary>
    NotAssessable,
}

public static class VerdictText
{
    public static string Label(this Verdict verdict) => verdict switch
    {
        Verdict.Met => "Đạt",
        Verdict.Exceeded => "Vượt",
        Verdict.Missed => "Không đạt",
        Verdict.NotDue => "Chưa đến hạn",
        Verdict.NoResult => "Chưa có kết quả",
        _ => "Không đánh giá được",
    };

    /// <summary>The key a results file uses to state a verdict itself: "dat", "khong-dat", "vuot" (or the words).</summary>
    public static Verdict? FromWords(string text) => Text.VietnameseText.Nfc(text.Trim()).ToLowerInvariant() switch
    {
        "đạt" or "dat" => Verdict.Met,
        "vượt" or "vuot" => Verdict.Exceeded,
        "không đạt" or "khong-dat" or "khong dat" => Verdict.Missed,
        _ => null,
    };
}

using VanKien.Reporting;
using VanKien.Results;

namespace VanKien.Publishing;

/// <summary>
/// A verdict as the site shows it: in words, with a class that gives it its colour — so that the
/// colour is never the only thing that says it.
/// </summary>
internal static class VerdictWords
{
    /// <summary>The roll-up's cell in words: its verdict, or why there is none.</summary>
    public static string Of(RollUp.Cell cell) => cell switch
    {
        { Verdict: not null } => cell.Text,
        { Text: "miễn" } => "được miễn",
        { Text: "—" } => "không áp dụng",
        _ => cell.Text,
    };

    public static string Class(Verdict? verdict) => verdict switch
    {
        Verdict.Met or Verdict.Exceeded => "dat",
        Verdict.Missed => "khong-dat",
        Verdict.NotDue => "chua-den-han",
        Verdict.NoResult or Verdict.NotAssessable => "chua-danh-gia",
        _ => "khong-ap-dung",
    };
}

using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Results;
using VanKien.Targets;

namespace VanKien.Tests.Results;

/// <summary>
/// The verdict for every comparator, range, rank and ordinal scale, milestones and missing results:
/// each row is a value as a source writes it, a result as a results file writes it, the year, and
/// the verdict and margin expected — worked out by hand from the rules in Evaluator's summary.
/// </summary>
public class EvaluatorTests
{
    private static Target TargetWith(string? value, Period period = Period.Unstated)
    {
        var parsed = value is null ? null : ValueParser.Default.Parse(value);
        Assert.True(parsed?.Error is null, parsed?.Error);
        var at = SourceLocation.StartOf("x.md");
        return new Target(new Located<string>("ct-01", at), new Located<string>("câu chỉ tiêu", at), parsed?.Value, null,
            period == Period.Unstated ? parsed?.Period ?? period : period, null, TargetRelation.Applies, null, [], at);
    }

    private static ResultEntry Results(params (int? Year, string Value)[] values) =>
        new(new Located<string>("ct-01", SourceLocation.StartOf("k.yaml")),
            values.Select(v => new PeriodResult(v.Year, Measured.Parse(v.Value), SourceLocation.StartOf("k.yaml"))).ToList(), null, null,
            SourceLocation.StartOf("k.yaml"));

    public static TheoryData<string, string, Verdict, string?> Cases => new()
    {
        // A floor reached exactly is met; beyond it, exceeded; short of it, missed — in percentage points.
        { ">= 90%", "90%", Verdict.Met, "±0 điểm phần trăm" },
        { ">= 90%", "92%", Verdict.Exceeded, "+2 điểm phần trăm" },
        { ">= 90%", "89,5%", Verdict.Missed, "−0,5 điểm phần trăm" },
        // A strict floor is met by anything past it, never "exceeded"; reaching it is not enough.
        { "> 90%", "93%", Verdict.Met, "+3 điểm phần trăm" },
        { "> 90%", "90%", Verdict.Missed, "±0 điểm phần trăm" },
        // Ceilings: less is better.
        { "<= 2 điểm trường", "2 điểm trường", Verdict.Met, "±0 điểm trường" },
        { "<= 2 điểm trường", "1 điểm trường", Verdict.Exceeded, "+1 điểm trường" },
        { "<= 2 điểm trường", "3 điểm trường", Verdict.Missed, "−1 điểm trường" },
        { "< 5%", "4,2%", Verdict.Met, "+0,8 điểm phần trăm" },
        { "< 5%", "5%", Verdict.Missed, "±0 điểm phần trăm" },
        // "= 100%" binds as a floor.
        { "= 100%", "100%", Verdict.Met, "±0 điểm phần trăm" },
        { "= 100%", "98%", Verdict.Missed, "−2 điểm phần trăm" },
        { "= 3 đảng viên", "4 đảng viên", Verdict.Exceeded, "+1 đảng viên" },
        // A result without a unit is in the target's unit.
        { ">= 90%", "91", Verdict.Exceeded, "+1 điểm phần trăm" },
        // Ranges: met inside, exceeded above the upper end, missed below the lower end.
        { "1..2 đảng viên", "1 đảng viên", Verdict.Met, "±0 đảng viên" },
        { "1..2 đảng viên", "2 đảng viên", Verdict.Met, "±0 đảng viên" },
        { "1..2 đảng viên", "3 đảng viên", Verdict.Exceeded, "+1 đảng viên" },
        { "15..20%", "12%", Verdict.Missed, "−3 điểm phần trăm" },
        // Ranks: a smaller number is better.
        { "top 5", "hạng 5", Verdict.Met, "±0 bậc" },
        { "top 5", "top 3", Verdict.Exceeded, "+2 bậc" },
        { "top 5", "hạng 8", Verdict.Missed, "−3 bậc" },
        // Ordinal scales, by level name or by the number of a numbered scale.
        { ">= xep-loai:hoàn thành tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ", Verdict.Met, "±0 bậc" },
        { ">= xep-loai:hoàn thành tốt nhiệm vụ", "Hoàn thành xuất sắc nhiệm vụ", Verdict.Exceeded, "+1 bậc" },
        { ">= xep-loai:hoàn thành tốt nhiệm vụ", "hoàn thành nhiệm vụ", Verdict.Missed, "−1 bậc" },
        { ">= chuan-quoc-gia:mức độ 1", "mức độ 2", Verdict.Exceeded, "+1 bậc" },
        { ">= kiem-dinh:cấp độ 3", "cấp độ 2", Verdict.Missed, "−1 bậc" },
        // A verdict stated in the results file stands; a qualitative target has no other.
        { ">= 90%", "không đạt", Verdict.Missed, null },
        // Results of another kind than the target cannot be judged (the checker reports them).
        { ">= 90%", "hoàn thành tốt nhiệm vụ", Verdict.NotAssessable, null },
        { "top 5", "92%", Verdict.NotAssessable, null },
        { ">= xep-loai:hoàn thành tốt nhiệm vụ", "mức độ 9", Verdict.NotAssessable, null },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Judges_each_kind_of_value(string value, string result, Verdict verdict, string? margin)
    {
        var evaluation = Evaluator.Evaluate(TargetWith(value), Results((2027, result)), 2027);

        Assert.Equal((verdict, margin), (evaluation.Verdict, evaluation.Margin));
    }

    [Theory]
    [InlineData("đạt", Verdict.Met)]
    [InlineData("vượt", Verdict.Exceeded)]
    [InlineData("Không đạt", Verdict.Missed)]
    [InlineData("85%", Verdict.NotAssessable)]
    public void A_qualitative_target_takes_the_verdict_the_results_state(string result, Verdict verdict) =>
        Assert.Equal(verdict, Evaluator.Evaluate(TargetWith(null), Results((2027, result)), 2027).Verdict);

    [Fact]
    public void A_milestone_target_is_judged_against_the_milestone_in_force_that_year()
    {
        var target = TargetWith(">= 80% (2030); = 100% (2035)");

        Assert.Equal((Verdict.NotDue, "−10 điểm phần trăm", "≥ 80% (2030)"), Judge(target, (2027, "70%"), 2027));
        Assert.Equal((Verdict.Exceeded, "+5 điểm phần trăm", "≥ 80% (2030)"), Judge(target, (2030, "85%"), 2030));
        Assert.Equal((Verdict.Missed, "−5 điểm phần trăm", "≥ 80% (2030)"), Judge(target, (2032, "75%"), 2032));
        Assert.Equal((Verdict.Missed, "−5 điểm phần trăm", "100% (2035)"), Judge(target, (2035, "95%"), 2035));
    }

    private static (Verdict, string?, string) Judge(Target target, (int Year, string Value) result, int year)
    {
        var e = Evaluator.Evaluate(target, Results(result), year);
        return (e.Verdict, e.Margin, e.ValueSet);
    }

    [Fact]
    public void Missing_results_give_no_result_and_the_latest_earlier_year_counts()
    {
        var target = TargetWith(">= 90%");

        Assert.Equal(Verdict.NoResult, Evaluator.Evaluate(target, null, 2027).Verdict);
        Assert.Equal(Verdict.NoResult, Evaluator.Evaluate(target, Results((2028, "95%")), 2027).Verdict);
        var earlier = Evaluator.Evaluate(target, Results((2025, "95%"), (2026, "88%")), 2027);
        Assert.Equal((Verdict.Missed, 2026), (earlier.Verdict, earlier.ResultYear));
    }

    [Fact]
    public void A_target_counted_over_the_term_sums_its_years_and_is_not_due_before_the_term_ends()
    {
        var target = TargetWith(">= 4 đảng viên", Period.Term);
        var results = Results((2025, "1 đảng viên"), (2026, "0 đảng viên"), (2027, "2 đảng viên"));

        var midTerm = Evaluator.Evaluate(target, results, 2027, termEnd: 2030);
        Assert.Equal((Verdict.NotDue, "3 đảng viên"), (midTerm.Verdict, midTerm.Result?.ToString()));
        Assert.Equal(Verdict.Missed, Evaluator.Evaluate(target, results, 2030, termEnd: 2030).Verdict);
        Assert.Equal(Verdict.Met, Evaluator.Evaluate(target, Results((null, "4 đảng viên")), 2027, termEnd: 2030).Verdict);
    }
}

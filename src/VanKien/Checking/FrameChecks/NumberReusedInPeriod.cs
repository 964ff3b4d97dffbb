using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// One issuer gives each number of one type once per numbering period: a Party body numbers from 01
/// in each term (Hướng dẫn 36-HD/VPTW), a state body from 01 in each calendar year (Nghị định
/// 30/2020). A second "01-CTr/CB" in the same term is most often next year's program copied from
/// this year's and not renumbered, and the văn thư's register cannot hold both.
/// Reported once, on the later document (by date, then by path), pointing at the earlier one.
/// </summary>
public sealed class NumberReusedInPeriod : IDocumentRule
{
    public Rule Rule => Rules.NumberReused;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var document = context.Document;
        if (document.Frame.Undated || NumbersInDateOrder.Parts(document) is not { } mine) yield break;
        context.Set.LoadProject();
        var earlier = context.Set.IssuedBySameBody(document)
            .Where(other => !ReferenceEquals(other, document) && !other.Frame.Undated && NumbersInDateOrder.Parts(other) == mine && SamePeriod(document, other))
            .Where(other => IsBefore(other, document))
            .OrderBy(other => other.Frame.Date.Value).ThenBy(other => other.SourcePath, StringComparer.Ordinal)
            .FirstOrDefault();
        if (earlier is null) yield break;
        var period = IsState(document) ? $"năm {document.Frame.Date.Value.Year}" : "nhiệm kỳ";
        yield return new Diagnostic(Rule, Rule.DefaultSeverity, document.Frame.Number.Location,
            $"số {document.Frame.Number.Value} đã dùng cho văn bản ngày {Text.VietnameseDate.Short(earlier.Frame.Date.Value)} của cùng cơ quan, cùng loại trong {period}",
            earlier.Frame.Number.Location,
            IsState(document) ? "văn bản nhà nước được đánh số liên tục từ 01 trong mỗi năm: lấy số tiếp theo ở sổ văn thư"
                : "văn bản Đảng được đánh số liên tục từ 01 trong mỗi nhiệm kỳ: lấy số tiếp theo ở sổ văn thư");
    }

    private static bool IsBefore(Document a, Document b) =>
        a.Frame.Date.Value < b.Frame.Date.Value
        || (a.Frame.Date.Value == b.Frame.Date.Value && string.CompareOrdinal(a.SourcePath, b.SourcePath) < 0);

    private static bool IsState(Document document) =>
        document.FormatProfile?.Value is { } name && Standard.FormatProfile.ByName(name)?.Variant == Standard.FrameVariant.State;

    /// <summary>The state's period is the calendar year; the Party's the term.</summary>
    private static bool SamePeriod(Document a, Document b) =>
        IsState(a) || IsState(b)
            ? IsState(a) == IsState(b) && a.Frame.Date.Value.Year == b.Frame.Date.Value.Year
            : NumbersInDateOrder.SameTerm(a, b);
}

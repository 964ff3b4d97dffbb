using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Targets;

namespace VanKien.Checking.TargetChecks;

/// <summary>
/// A target that applies its parent's indicator is at least as strong (direction-aware), on the
/// same unit and scale. A contributing target at least counts in the parent's unit.
/// Reports <see cref="Rules.WeakerThanParent"/> and <see cref="Rules.IncomparableWithParent"/>.
/// </summary>
public sealed class WeakerThanParent : IDocumentRule
{
    public Rule Rule => Rules.WeakerThanParent;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var phrases = new PhraseParser(context.Set.Scales);
        foreach (var target in context.Document.Targets)
        {
            if (target.Parent is null || target.Relation == TargetRelation.Concretizes) continue;
            if (context.ParentTarget(target.Parent.Value) is not { Value: { } parentValue } parent) continue;
            if (target.Value is null)
            {
                // Applying a measured parent target with nothing to measure: the check cannot hold it to anything.
                if (target.Relation == TargetRelation.Applies)
                    yield return new Diagnostic(Rules.NoValueToCompare, Rules.NoValueToCompare.DefaultSeverity, target.Sentence.Location,
                        $"chỉ tiêu '{target.Id?.Value ?? target.Sentence.Value}' áp dụng chỉ tiêu cấp trên '{parent.Id!.Value}' ({parentValue}) nhưng không có giá trị: không so sánh được",
                        parent.ValueLocation, $"ghi 'gia-tri' (ví dụ '{parentValue}'), hoặc 'quan-he: cu-the-hoa' nếu chỉ tiêu chỉ cụ thể hóa");
                continue;
            }

            var comparison = Strength.Compare(target.Value, parentValue);
            var compared = target.ValueText is null && phrases.FirstOfSeveral(target.Sentence.Value) is { } first ? $", giá trị đầu tiên của câu «{first}»" : "";
            var label = $"chỉ tiêu '{target.Id?.Value ?? target.Sentence.Value}' ({target.Value}{compared})";
            var parentLabel = $"chỉ tiêu cấp trên '{parent.Id!.Value}' ({parentValue})";
            if (comparison.Verdict == StrengthVerdict.Incomparable)
            {
                yield return new Diagnostic(Rules.IncomparableWithParent, Rules.IncomparableWithParent.DefaultSeverity, target.ValueLocation,
                    $"{label} không so được với {parentLabel}: {comparison.Reason}", parent.ValueLocation,
                    "dùng cùng đơn vị, cùng chiều (sàn/trần) và cùng thang bậc với cấp trên");
            }
            else if (comparison.Verdict == StrengthVerdict.Weaker && target.Relation == TargetRelation.Applies)
            {
                yield return new Diagnostic(Rule, Rule.DefaultSeverity, target.ValueLocation,
                    $"{label} thấp hơn {parentLabel}", parent.ValueLocation,
                    $"chỉ tiêu áp dụng phải ít nhất bằng cấp trên: {parentValue}");
            }
        }
    }
}

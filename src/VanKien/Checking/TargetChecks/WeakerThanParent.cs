using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Targets;

namespace VanKien.Checking.TargetChecks;

/// <summary>
/// A target that applies its parent's indicator is at least as strong (direction-aware), on the
/// same unit and scale. A contributing target at least counts in the parent's unit. Where the
/// child's value is read from its sentence and either sentence states several values, each value
/// is held to the parent's value of the same noun, and a parent's value that no target applying it
/// keeps is reported as dropped; a value the child adds of its own is not judged.
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

            if (EachValue(context, phrases, target, parent) is { } judged)
            {
                foreach (var diagnostic in judged) yield return diagnostic;
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

    /// <summary>The diagnostics of judging value by value; null when the one-value comparison applies.</summary>
    private List<Diagnostic>? EachValue(CheckContext context, PhraseParser phrases, Model.Target target, Model.Target parent)
    {
        if (target.ValueText is not null) return null;
        if (SentenceValues.AreMilestones(phrases, target.Sentence.Value) || SentenceValues.AreMilestones(phrases, parent.Sentence.Value)) return null;
        var childValues = SentenceValues.Of(phrases, target.Sentence.Value);
        var parentValues = SentenceValues.Of(phrases, parent.Sentence.Value);
        if (childValues.Count == 0 || parentValues.Count == 0 || (childValues.Count < 2 && parentValues.Count < 2)) return null;

        var id = target.Id?.Value ?? target.Sentence.Value;
        var parentId = parent.Id!.Value;
        var diagnostics = new List<Diagnostic>();
        var pairing = SentenceValues.Pair(childValues, parentValues);
        foreach (var (child, of) in pairing.Pairs)
        {
            var comparison = Strength.Compare(child.Value, of.Value);
            var label = $"chỉ tiêu '{id}' (giá trị thứ {child.Position} «{child.Words}»: {child.Value})";
            var parentLabel = $"chỉ tiêu cấp trên '{parentId}' (giá trị thứ {of.Position} «{of.Words}»: {of.Value})";
            if (comparison.Verdict == StrengthVerdict.Incomparable)
                diagnostics.Add(new Diagnostic(Rules.IncomparableWithParent, Rules.IncomparableWithParent.DefaultSeverity, target.ValueLocation,
                    $"{label} không so được với {parentLabel}: {comparison.Reason}", parent.ValueLocation,
                    "dùng cùng đơn vị, cùng chiều (sàn/trần) và cùng thang bậc với cấp trên"));
            else if (comparison.Verdict == StrengthVerdict.Weaker && target.Relation == TargetRelation.Applies)
                diagnostics.Add(new Diagnostic(Rule, Rule.DefaultSeverity, target.ValueLocation,
                    $"{label} thấp hơn {parentLabel}", parent.ValueLocation,
                    $"chỉ tiêu áp dụng phải ít nhất bằng cấp trên: {of.Value}"));
        }
        if (target.Relation != TargetRelation.Applies || pairing.ParentOnly.Count == 0) return diagnostics;

        // A parent's value kept by another target that applies the same parent (the child split the sentence) is not dropped.
        var kept = context.Document.Targets
            .Where(t => !ReferenceEquals(t, target) && t.Parent?.Value == parentId && t.Relation == TargetRelation.Applies)
            .SelectMany(t => SentenceValues.Pair(SentenceValues.Of(phrases, t.Sentence.Value), parentValues).Pairs.Select(p => p.Parent.Position))
            .ToHashSet();
        foreach (var dropped in pairing.ParentOnly.Where(v => !kept.Contains(v.Position)))
            diagnostics.Add(new Diagnostic(Rule, Rule.DefaultSeverity, target.ValueLocation,
                $"chỉ tiêu '{id}' bỏ giá trị thứ {dropped.Position} «{dropped.Words}» ({dropped.Value}) của chỉ tiêu cấp trên '{parentId}'", parent.ValueLocation,
                $"ghi cả giá trị đó vào câu (ít nhất {dropped.Value}), hoặc tách thành một chỉ tiêu riêng có 'cha: {parentId}'"));
        return diagnostics;
    }
}

using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Targets;

namespace VanKien.Checking.TargetChecks;

/// <summary>A child reaches each of its parent's milestones no later than the parent does.</summary>
public sealed class MilestoneLaterThanParent : IDocumentRule
{
    public Rule Rule => Rules.MilestoneLater;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var target in context.Document.Targets)
        {
            if (target.Parent is null || target.Relation == TargetRelation.Concretizes) continue;
            if (context.ParentTarget(target.Parent.Value) is not { } parent) continue;

            var parentYear = FirstYear(parent);
            var childYear = FirstYear(target);
            if (parentYear is null || childYear is null || childYear <= parentYear) continue;
            yield return new Diagnostic(Rule, Rule.DefaultSeverity, target.Deadline?.Location ?? target.ValueLocation,
                $"chỉ tiêu '{target.Id?.Value}' đạt mốc năm {childYear}, muộn hơn mốc năm {parentYear} của chỉ tiêu cấp trên '{parent.Id!.Value}'",
                parent.Deadline?.Location ?? parent.ValueLocation,
                $"đặt mốc không muộn hơn năm {parentYear}");
        }
    }

    /// <summary>The year a target is first due: its first milestone, else its deadline.</summary>
    private static int? FirstYear(Target target) =>
        target.Value is MilestoneValue m ? m.Milestones[0].Year : target.Deadline?.Value;
}

using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Targets;

namespace VanKien.Checking.TargetChecks;

/// <summary>A target's deadline and milestones fall within the document's term.</summary>
public sealed class DeadlineOutsideTerm : IDocumentRule
{
    public Rule Rule => Rules.DeadlineOutsideTerm;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (Term.Parse(context.Document.Frame.Term?.Value) is not { } term) yield break;
        foreach (var target in context.Document.Targets)
        {
            var years = new List<(int Year, Diagnostics.SourceLocation At)>();
            if (target.Deadline is { } deadline) years.Add((deadline.Value, deadline.Location));
            if (target.Value is MilestoneValue milestones)
                foreach (var milestone in milestones.Milestones) years.Add((milestone.Year, target.ValueLocation));
            foreach (var (year, at) in years)
                if (!term.Contains(year))
                    yield return Diagnostic.Of(Rule, at, $"chỉ tiêu '{target.Id?.Value}' có mốc năm {year}, ngoài nhiệm kỳ {term}",
                    $"mốc phải trong {term.Start}–{term.End}, hoặc chuyển sang văn bản của nhiệm kỳ sau");
        }
    }
}

using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Targets;

namespace VanKien.Checking.TargetChecks;

/// <summary>
/// On a document that lists its subordinates (<c>truc-thuoc</c>): where they all read without
/// errors, the shares they commit to (<c>quan-he: gop-phan</c>) add up to each target's total.
/// </summary>
public sealed class ContributionsReachTotal : IDocumentRule
{
    public Rule Rule => Rules.ContributionsShort;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var document = context.Document;
        if (document.Subordinates.Count == 0) yield break;

        var children = new List<Document>();
        foreach (var path in document.Subordinates)
        {
            var entry = context.Set.Load(DocumentSet.Resolve(document, path.Value));
            if (entry.Document is null || entry.Diagnostics.Any(d => d.Severity == Severity.Error)) yield break; // not all present
            children.Add(entry.Document);
        }

        foreach (var target in document.Targets)
        {
            if (target.Id is null || Floor(target.Value) is not { } total) continue;
            var shares = children
                .SelectMany(c => c.Targets.Where(t => t.Parent?.Value == target.Id.Value && t.Relation == TargetRelation.Contributes))
                .ToList();
            if (shares.Count == 0) continue;
            var counted = shares.Select(s => (Share: s, Floor: Floor(s.Value))).Where(s => s.Floor?.Unit == total.Unit).ToList();
            var sum = counted.Sum(s => s.Floor!.Amount);
            if (sum >= total.Amount) continue;
            yield return new Diagnostic(Rule, Rule.DefaultSeverity, target.ValueLocation,
                $"chỉ tiêu '{target.Id.Value}' cần {total}, các đơn vị trực thuộc cam kết tổng {new Quantity(sum, total.Unit)} ({counted.Count} chỉ tiêu)",
                shares[0].ValueLocation, "nâng phần đóng góp của các đơn vị, hoặc giao thêm cho đơn vị khác");
        }
    }

    /// <summary>The amount a value commits to at least: a floor, or a range's lower end.</summary>
    private static Quantity? Floor(TargetValue? value) => value switch
    {
        BoundValue b when b.Comparator.IsFloor() => b.Quantity,
        RangeValue r => new Quantity(r.Min, r.Unit),
        MilestoneValue m => Floor(m.Milestones[^1].Value),
        _ => null,
    };
}

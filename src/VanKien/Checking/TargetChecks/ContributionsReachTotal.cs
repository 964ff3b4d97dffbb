using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Targets;
using VanKien.Values;

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
            if (target.Id is null || Targets.Bounds.Floor(target.Value) is not { } total || (target.Value is BoundValue { Comparator: Comparator.Exactly })) continue;
            var shares = children
                .SelectMany(c => c.Targets.Where(t => t.Parent?.Value == target.Id.Value && t.Relation == TargetRelation.Contributes))
                .ToList();
            if (shares.Count == 0) continue;
            // Shares in a unit of the total's dimension count, converted ("500 triệu đồng" toward "2 tỷ đồng").
            var counted = shares.Select(s => (Share: s, Amount: Targets.Bounds.Floor(s.Value) is { } floor ? Values.Quantities.AmountIn(floor, total.Measure) : null))
                .Where(s => s.Amount is not null && Targets.Bounds.Floor(s.Share.Value)!.Measure.ComparableWith(total.Measure)).ToList();
            var sum = counted.Sum(s => s.Amount!.Value);
            if (sum >= total.Amount) continue;
            yield return new Diagnostic(Rule, Rule.DefaultSeverity, target.ValueLocation,
                $"chỉ tiêu '{target.Id.Value}' cần {total}, các đơn vị trực thuộc cam kết tổng {new Quantity(sum, total.Unit)} ({counted.Count} chỉ tiêu)",
                shares[0].ValueLocation, "nâng phần đóng góp của các đơn vị, hoặc giao thêm cho đơn vị khác");
        }
    }
}

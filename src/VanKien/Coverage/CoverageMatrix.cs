using VanKien.Checking;
using VanKien.Checking.TargetChecks;
using VanKien.Model;
using VanKien.Targets;

namespace VanKien.Coverage;

/// <summary>One row: a parent target, the child targets that serve it, and the verdict.</summary>
public sealed record CoverageRow(Target Parent, IReadOnlyList<Target> Children, CoverageVerdict Verdict, string? Note);

/// <summary>
/// The coverage matrix of <c>vankien targets</c>: each parent target against the child's targets
/// that name it, side by side, with the same judgement the checks apply.
/// </summary>
public static class CoverageMatrix
{
    public static IReadOnlyList<CoverageRow> Build(Document child, Document parent)
    {
        var organisation = child.OrganisationKind?.Value;
        var rows = new List<CoverageRow>();
        foreach (var target in parent.Targets.Where(t => t.Id is not null))
        {
            var id = target.Id!.Value;
            var serving = child.Targets.Where(t => t.Parent?.Value == id).ToList();
            var waiver = child.Waivers.FirstOrDefault(w => w.ParentId.Value == id);
            var applies = target.Audience.Count == 0 || (organisation is not null && target.Audience.Any(a => ParentTargetCovered.Covers(a, organisation)));

            if (serving.Count == 0)
            {
                rows.Add(waiver is not null
                    ? new CoverageRow(target, [], CoverageVerdict.Waived, waiver.Reason?.Value)
                    : new CoverageRow(target, [], applies ? CoverageVerdict.Missing : CoverageVerdict.NotApplicable, null));
                continue;
            }
            rows.Add(new CoverageRow(target, serving, Worst(serving.Select(s => Judge(s, target))), null));
        }
        return rows;
    }

    private static CoverageVerdict Judge(Target child, Target parent)
    {
        if (child.Relation == TargetRelation.Concretizes) return CoverageVerdict.Concretizes;
        if (child.Value is null || parent.Value is null)
            return child.Relation == TargetRelation.Contributes ? CoverageVerdict.Contributes : CoverageVerdict.Concretizes;
        var comparison = Strength.Compare(child.Value, parent.Value);
        if (comparison.Verdict == StrengthVerdict.Incomparable) return CoverageVerdict.Incomparable;
        if (child.Relation == TargetRelation.Contributes) return CoverageVerdict.Contributes;
        return comparison.Verdict switch
        {
            StrengthVerdict.Stronger => CoverageVerdict.Stronger,
            StrengthVerdict.Equal when parent.Value is RangeValue range && child.Value is not RangeValue && range.Min != range.Max => CoverageVerdict.AtRangeLow,
            StrengthVerdict.Equal => CoverageVerdict.Equal,
            _ => CoverageVerdict.Weaker,
        };
    }

    /// <summary>The worst verdict among several child targets serving one parent target.</summary>
    private static CoverageVerdict Worst(IEnumerable<CoverageVerdict> verdicts)
    {
        CoverageVerdict[] order = [CoverageVerdict.Incomparable, CoverageVerdict.Weaker, CoverageVerdict.Concretizes, CoverageVerdict.Contributes, CoverageVerdict.AtRangeLow, CoverageVerdict.Equal, CoverageVerdict.Stronger];
        var all = verdicts.ToList();
        return order.First(all.Contains);
    }

    /// <summary>The matrix as an aligned text table.</summary>
    public static string Render(IReadOnlyList<CoverageRow> rows)
    {
        var table = new List<string[]> { new[] { "Chỉ tiêu cấp trên", "Giá trị", "Chỉ tiêu cấp dưới", "Giá trị", "Đánh giá" } };
        foreach (var row in rows)
        {
            table.Add([
                row.Parent.Id!.Value,
                row.Parent.Value?.ToString() ?? "—",
                row.Children.Count == 0 ? "—" : string.Join(", ", row.Children.Select(c => c.Id?.Value ?? "?")),
                row.Children.Count == 0 ? "—" : string.Join("; ", row.Children.Select(c => c.Value?.ToString() ?? "—")),
                row.Note is null ? row.Verdict.Vietnamese() : $"{row.Verdict.Vietnamese()}: {row.Note}",
            ]);
        }
        var widths = Enumerable.Range(0, 5).Select(c => table.Max(r => r[c].Length)).ToArray();
        var lines = table.Select(r => string.Join("  ", r.Select((cell, c) => c == 4 ? cell : cell.PadRight(widths[c]))).TrimEnd()).ToList();
        lines.Insert(1, string.Join("  ", widths.Take(4).Select(w => new string('-', w)).Append(new string('-', widths[4]))));
        return string.Join('\n', lines) + '\n';
    }
}

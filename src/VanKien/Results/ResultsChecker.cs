using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Targets;
using VanKien.Text;

namespace VanKien.Results;

/// <summary>
/// The checks on a results source against its program: every result names a target of the
/// program, in the target's unit and kind of value, for a year inside the program's term.
/// </summary>
public static class ResultsChecker
{
    public static void Check(ResultSet results, Document program, DiagnosticBag diagnostics)
    {
        var targets = program.Targets.Where(t => t.Id is not null).ToDictionary(t => t.Id!.Value, StringComparer.Ordinal);
        var term = Term.Parse(program.Frame.Term?.Value);
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var entry in results.Entries)
        {
            var id = entry.TargetId.Value;
            if (!seen.TryAdd(id, entry.TargetId.Location))
                diagnostics.Add(Diagnostic.Of(Rules.ResultDuplicate, entry.TargetId.Location, $"chỉ tiêu '{id}' đã có mục kết quả ở dòng {seen[id].Line}",
                    "gộp các kỳ vào một mục 'gia-tri'"));
            if (!targets.TryGetValue(id, out var target))
            {
                var suggestion = EditDistance.Closest(id, targets.Keys.ToList());
                diagnostics.Add(Rules.ResultForUnknownTarget, entry.TargetId.Location,
                    $"chương trình {program.Frame.Number.Value} không có chỉ tiêu '{id}'",
                    suggestion is null ? null : $"có phải ý bạn là '{suggestion}'?");
                continue;
            }
            foreach (var value in entry.Values)
            {
                if (value.Year is { } year && term is { } t && !t.Contains(year))
                    diagnostics.Add(Rules.ResultOutsideTerm, value.Location, $"năm {year} ngoài nhiệm kỳ {t} của chương trình");
                if (Mismatch(target.Value, value.Value) is { } problem)
                    diagnostics.Add(Rules.ResultWrongUnit, value.Location, $"kết quả \"{value.Value}\" của '{id}': {problem}");
            }
        }
        foreach (var target in program.Targets.Where(t => t.Id is not null && !seen.ContainsKey(t.Id.Value)))
            diagnostics.Add(Rules.ResultMissing, SourceLocation.StartOf(results.Path), $"chỉ tiêu '{target.Id!.Value}' chưa có kết quả");
    }

    /// <summary>Why a result cannot be compared with the target's value, or null when it can.</summary>
    private static string? Mismatch(TargetValue? value, Measured result)
    {
        if (result is MeasuredVerdict) return null;
        switch (value)
        {
            case null:
                return "chỉ tiêu định tính: ghi 'đạt', 'không đạt' hoặc 'vượt'";
            case MilestoneValue m:
                return m.Milestones.Select(x => Mismatch(x.Value, result)).FirstOrDefault(p => p is not null);
            case BoundValue b:
                return UnitProblem(b.Quantity.Unit, result);
            case RangeValue r:
                return UnitProblem(r.Unit, result);
            case RankValue:
                return result is MeasuredRank or MeasuredQuantity { Quantity.Unit: "" } ? null : "chỉ tiêu là thứ hạng: ghi 'hạng 3' hoặc 'top 3'";
            case LevelValue l:
                if (result is not MeasuredLevel named) return $"chỉ tiêu là một mức của thang '{l.Scale.Name}': ghi tên mức";
                return Evaluator.LevelOf(l.Scale, named.Name) > 0 ? null
                    : $"'{named.Name}' không phải một mức của thang '{l.Scale.Name}' ({string.Join(", ", l.Scale.Levels)})";
            default:
                return null;
        }
    }

    private static string? UnitProblem(string unit, Measured result) => result switch
    {
        MeasuredQuantity q when Evaluator.SameUnit(unit, q.Quantity.Unit) => null,
        MeasuredQuantity q => $"đơn vị '{q.Quantity.Unit}' khác đơn vị của chỉ tiêu '{(unit.Length == 0 ? "(số đếm)" : unit)}'",
        _ => $"chỉ tiêu là một số đo ({(unit.Length == 0 ? "số đếm" : unit)}): ghi một số",
    };
}

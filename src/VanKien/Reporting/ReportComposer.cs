using System.Globalization;
using System.Text;
using VanKien.Writing.Source;
using VanKien.Model;
using VanKien.Results;
using VanKien.Targets;
using VanKien.Text;
using VanKien.Values;

namespace VanKien.Reporting;

/// <summary>
/// Writes the source of a báo cáo sơ kết / tổng kết from a program and its results: the frame from
/// the program (issuer, place, term) and the results file (number, date, recipients, signature);
/// a first part with, per group of targets, a table (target, value set, result, verdict), a chart
/// of results against targets and a paragraph of counts; then the author's narrative sections.
/// The source then compiles like any other, so the report follows FORMAT.md by construction.
/// </summary>
public static class ReportComposer
{
    public sealed record Composed(string Source, IReadOnlyList<Evaluation> Evaluations, int Year);

    /// <summary>Sơ kết: the middle of the term; tổng kết: its last year; without a term, the latest year with results.</summary>
    public static int DefaultYear(Document program, ResultSet results, ReportKind kind)
    {
        if (Term.Parse(program.Frame.Term?.Value) is { } term)
            return kind == ReportKind.SoKet ? term.Start + (term.End - term.Start) / 2 : term.End;
        return results.Entries.SelectMany(e => e.Values).Select(v => v.Year ?? 0).DefaultIfEmpty(program.Frame.Date.Value.Year).Max();
    }

    public static IReadOnlyList<Evaluation> Evaluate(Document program, ResultSet results, int year)
    {
        var byId = results.Entries.GroupBy(e => e.TargetId.Value, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var termEnd = Term.Parse(program.Frame.Term?.Value)?.End;
        return program.Targets.Select(t => Evaluator.Evaluate(t, t.Id is { } id && byId.TryGetValue(id.Value, out var e) ? e : null, year, termEnd)).ToList();
    }

    public static Composed Compose(Document program, ResultSet results, ReportKind kind, int year, string? narrative)
    {
        var frame = program.Frame;
        var hasTerm = frame.Term is not null;
        var kindTitle = program.Kind.Title;
        var reference = $"{kindTitle} số {frame.Number.Value}";
        var evaluations = Evaluate(program, results, year);
        var s = new StringBuilder();

        s.Append("---\n");
        s.Append($"# Báo cáo {kind.Words(hasTerm)} do `vankien report` soạn từ {Path.GetFileName(program.SourcePath)} và {Path.GetFileName(results.Path)}.\n");
        s.Append("loai: bao-cao\n");
        SourceSyntax.Scalar(s, "so", results.Report.Number);
        s.Append("co-quan:\n");
        SourceSyntax.Scalar(s, "cap-tren", frame.Bodies.Superior?.Value, "  ");
        SourceSyntax.Scalar(s, "ban-hanh", frame.Bodies.Issuer.Value, "  ");
        SourceSyntax.Scalar(s, "ten-goi", frame.Bodies.NameInText?.Value, "  ");
        SourceSyntax.Scalar(s, "dia-danh", frame.Place.Value);
        if (results.Report.Date is { } date) s.Append("ngay: ").Append(date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
        SourceSyntax.Scalar(s, "trich-yeu", $"{Capital(kind.Words(hasTerm))} việc thực hiện {reference}");
        SourceSyntax.Scalar(s, "nhiem-ky", frame.Term?.Value);
        s.Append("can-cu:\n");
        s.Append("  - ").Append(SourceSyntax.Quote($"Căn cứ {reference}, ngày {VietnameseDate.Short(frame.Date.Value)} của {frame.Bodies.Issuer.Value}")).Append('\n');
        if (results.Report.Recipients.Count > 0)
        {
            s.Append("noi-nhan:\n");
            foreach (var recipient in results.Report.Recipients) s.Append("  - ").Append(SourceSyntax.Quote(recipient)).Append('\n');
        }
        if (results.Report.Signer is not null)
        {
            s.Append("ky:\n");
            SourceSyntax.Scalar(s, "tham-quyen", results.Report.Authority, "  ");
            SourceSyntax.Scalar(s, "chuc-vu", results.Report.Position, "  ");
            SourceSyntax.Scalar(s, "ho-ten", results.Report.Signer, "  ");
        }
        s.Append("---\n\n");

        s.Append(SourceSyntax.Paragraph($"{frame.Bodies.Issuer.Value} báo cáo {kind.Words(hasTerm)} việc thực hiện {reference} đến năm {year} như sau:")).Append("\n\n");
        s.Append("# ").Append($"Kết quả thực hiện các chỉ tiêu đến năm {year}").Append("\n\n");

        var number = 0;
        var groups = program.TargetGroups;
        foreach (var group in groups)
        {
            var rows = group.Targets.Select(t => (Number: ++number, Evaluation: evaluations.First(e => ReferenceEquals(e.Target, t)))).ToList();
            if (rows.Count == 0) continue;
            var title = group.Title?.Value ?? "Các chỉ tiêu";
            s.Append("## ").Append(SourceSyntax.Inline(title)).Append("\n\n");
            s.Append("| STT | Chỉ tiêu | Giá trị đề ra | Kết quả | Đánh giá |\n|:-:|---|---|---|---|\n");
            foreach (var (n, e) in rows)
                s.Append($"| {n} | {SourceSyntax.Cell(e.Target.Sentence.Value)} | {SourceSyntax.Cell(e.ValueSet)} | {SourceSyntax.Cell(ResultText(e, year))} | {SourceSyntax.Cell(VerdictText(e))} |\n");
            s.Append('\n');

            var charted = rows.Select(r => (r.Number, Threshold: Threshold(r.Evaluation.Target.Value, year), Result: (r.Evaluation.Result as MeasuredQuantity)?.Quantity))
                .Where(r => r.Threshold is { Unit: "%" } && r.Result is not null && Evaluator.SameUnit("%", r.Result.Unit))
                .ToList();
            if (charted.Count > 0)
            {
                s.Append("::: bieu-do ").Append(SourceSyntax.Inline($"Kết quả so với chỉ tiêu — {title}")).Append('\n');
                s.Append("| Chỉ tiêu (STT trong bảng) | Giá trị đề ra | Kết quả |\n|---|---|---|\n");
                foreach (var (n, threshold, result) in charted)
                    s.Append($"| {n} | {Amount(threshold!.Amount)}% | {Amount(result!.Amount)}% |\n");
                s.Append(":::\n\n");
            }
            s.Append(SourceSyntax.Paragraph(Counts($"Nhóm có {rows.Count} chỉ tiêu", rows.Select(r => r.Evaluation)))).Append("\n\n");
        }
        s.Append(SourceSyntax.Paragraph(Counts($"Tổng hợp: {evaluations.Count} chỉ tiêu", evaluations))).Append("\n\n");

        if (!string.IsNullOrWhiteSpace(narrative)) s.Append(narrative.Trim()).Append('\n');
        return new Composed(s.ToString(), evaluations, year);
    }

    private static string Counts(string lead, IEnumerable<Evaluation> evaluations)
    {
        var list = evaluations.ToList();
        int Count(Verdict v) => list.Count(e => e.Verdict == v);
        var parts = new List<string>
        {
            $"vượt {Count(Verdict.Exceeded)}",
            $"đạt {Count(Verdict.Met)}",
            $"không đạt {Count(Verdict.Missed)}",
        };
        if (Count(Verdict.NotDue) > 0) parts.Add($"chưa đến hạn {Count(Verdict.NotDue)}");
        if (Count(Verdict.NoResult) > 0) parts.Add($"chưa có kết quả {Count(Verdict.NoResult)}");
        if (Count(Verdict.NotAssessable) > 0) parts.Add($"không đánh giá được {Count(Verdict.NotAssessable)}");
        return $"{lead}: {string.Join(", ", parts)}.";
    }

    private static string ResultText(Evaluation e, int year)
    {
        if (e.Result is null) return "";
        var text = e.Result.ToString() ?? "";
        if (e.Target.Period == Period.Term && e.Result is MeasuredQuantity && e.ResultYear is not null) return $"{text} (cộng dồn)";
        return e.ResultYear is { } y && y != year ? $"{text} ({y})" : text;
    }

    private static string VerdictText(Evaluation e) =>
        e.Margin is { } margin && !margin.StartsWith('±') ? $"{e.Verdict.Label()} ({margin})" : e.Verdict.Label();

    /// <summary>The amount a chart draws for the value set at a year: a bound's, a range's lower end, the milestone in force.</summary>
    private static Quantity? Threshold(TargetValue? value, int year) => value switch
    {
        MilestoneValue m => Threshold(Strength.ValueAt(m, year), year),
        { } single => Targets.Bounds.Threshold(single)?.Quantity,
        null => null,
    };

    private static string Amount(decimal value) => new Quantity(value, "").ToString();

    private static string Capital(string text) => char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}

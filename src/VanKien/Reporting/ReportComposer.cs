using System.Globalization;
using VanKien.Diagnostics;
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
    /// <summary>A report is composed as a báo cáo: the kind whose template (templates/bao-cao) prints it.</summary>
    private const string ReportKindKey = "bao-cao";

    public sealed record Composed(string Source, IReadOnlyList<Evaluation> Evaluations, int Year);

    /// <summary>The mark beside a chart's category where less is better, explained in the line under the chart.</summary>
    private const string LowerMark = "↓";

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
        var reference = $"{program.Kind.Title} số {frame.Number.Value}";
        var evaluations = Evaluate(program, results, year);
        var signed = results.Report.Signer is not null;

        var body = new List<Block>
        {
            Paragraph.Plain($"{frame.Bodies.Issuer.Value} báo cáo {kind.Words(hasTerm)} việc thực hiện {reference} đến năm {year} như sau:"),
            new Heading(1, Inlines.Plain($"Kết quả thực hiện các chỉ tiêu đến năm {year}"), SourceLocation.None),
        };
        var number = 0;
        foreach (var group in program.TargetGroups)
        {
            var rows = group.Targets.Select(t => (Number: ++number, Evaluation: evaluations.First(e => ReferenceEquals(e.Target, t)))).ToList();
            if (rows.Count == 0) continue;
            var title = group.Title?.Value ?? "Các chỉ tiêu";
            body.Add(new Heading(2, Inlines.Plain(title), SourceLocation.None));
            body.Add(new Table(Row("STT", "Chỉ tiêu", "Giá trị đề ra", "Kết quả", "Đánh giá"),
                rows.Select(r => Row(r.Number.ToString(CultureInfo.InvariantCulture), r.Evaluation.Target.Sentence.Value, r.Evaluation.ValueSet,
                    ResultText(r.Evaluation, year), VerdictText(r.Evaluation))).ToList(), SourceLocation.None)
            {
                Alignments = [ColumnAlignment.Center, ColumnAlignment.Unset, ColumnAlignment.Unset, ColumnAlignment.Unset, ColumnAlignment.Unset],
            });

            var charted = rows.Select(r => (r.Number, Threshold: Threshold(r.Evaluation.Target.Value, year), Result: (r.Evaluation.Result as MeasuredQuantity)?.Quantity,
                    Lower: ValueText.LowerIsBetter(r.Evaluation.Target.Value)))
                .Where(r => r.Threshold is { Unit: "%" } && r.Result is not null && Evaluator.SameUnit("%", r.Result.Unit))
                .ToList();
            // A chart of one target is one pair of bars that says less than the table's row above it.
            if (charted.Count >= 2)
            {
                // A result bar under its target bar reads as a miss unless the chart says that less is better.
                body.Add(new Chart($"Kết quả so với chỉ tiêu — {title}", "Chỉ tiêu (STT trong bảng)", "%",
                    charted.Select(c => c.Number.ToString(CultureInfo.InvariantCulture) + (c.Lower ? " " + LowerMark : "")).ToList(),
                    [
                        new ChartSeries("Giá trị đề ra", charted.Select(c => (decimal?)c.Threshold!.Amount).ToList()),
                        new ChartSeries("Kết quả", charted.Select(c => (decimal?)c.Result!.Amount).ToList()),
                    ], SourceLocation.None));
                var lower = charted.Where(c => c.Lower).Select(c => c.Number.ToString(CultureInfo.InvariantCulture)).ToList();
                if (lower.Count > 0)
                    body.Add(Paragraph.Plain($"{LowerMark} Chỉ tiêu {string.Join(", ", lower)}: {ValueText.LowerIsBetterWords}, đạt khi kết quả không vượt giá trị đề ra."));
            }
            body.Add(Paragraph.Plain(Counts($"Nhóm có {rows.Count} chỉ tiêu", rows.Select(r => r.Evaluation))));
        }
        body.Add(Paragraph.Plain(Counts($"Tổng hợp: {evaluations.Count} chỉ tiêu", evaluations)));

        var source = new SourceDocument
        {
            Comments = [$"Báo cáo {kind.Words(hasTerm)} do `vankien report` soạn từ {Path.GetFileName(program.SourcePath)} và {Path.GetFileName(results.Path)}."],
            Kind = ReportKindKey,
            Number = results.Report.Number,
            SuperiorBody = frame.Bodies.Superior?.Value,
            IssuingBody = frame.Bodies.Issuer.Value,
            NameInText = frame.Bodies.NameInText?.Value,
            Place = frame.Place.Value,
            Date = results.Report.Date is { } date ? SourceDocument.DateText(date) : null,
            Summary = $"{Capital(kind.Words(hasTerm))} việc thực hiện {reference}",
            Term = frame.Term?.Value,
            Bases = [$"Căn cứ {reference}, ngày {VietnameseDate.Short(frame.Date.Value)} của {frame.Bodies.Issuer.Value}"],
            Recipients = results.Report.Recipients,
            Authority = signed ? results.Report.Authority : null,
            Position = signed ? results.Report.Position : null,
            Signer = results.Report.Signer,
            Body = body,
            Tail = narrative,
        };
        return new Composed(SourceWriter.Write(source), evaluations, year);
    }

    private static TableRow Row(params string[] cells) => new(cells.Select(c => new TableCell(Inlines.Plain(c))).ToList());

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

    private static string Capital(string text) => char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];
}

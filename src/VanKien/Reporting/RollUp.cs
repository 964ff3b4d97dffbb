using VanKien.Model;
using VanKien.Results;

namespace VanKien.Reporting;

/// <summary>
/// A committee's view: for each of its targets, the verdict of every cell that implements it —
/// the cell's own targets that name it as parent (<c>cha</c>), judged against the cell's results.
/// A cell with several targets under one parent target shows the worst of them.
/// </summary>
public static class RollUp
{
    public sealed record Column(string Name, string SourcePath, bool HasResults);

    /// <summary>A verdict, or a reason there is none: "miễn" (waived), "—" (not adopted).</summary>
    public sealed record Cell(string Text, Verdict? Verdict);

    public sealed record Row(Target Parent, IReadOnlyList<Cell> Cells);

    public sealed record Table(int Year, IReadOnlyList<Column> Columns, IReadOnlyList<Row> Rows);

    // From worst to best: the order a cell's several targets are reduced by.
    private static readonly Verdict[] Badness = [Verdict.Missed, Verdict.NoResult, Verdict.NotAssessable, Verdict.NotDue, Verdict.Met, Verdict.Exceeded];

    /// <summary>What a roll-up was made from: the committee's document, its cells with their results (if any).</summary>
    public sealed record Gathered(Document Parent, IReadOnlyList<(Document Child, ResultSet? Results)> Cells, int ResultFiles, int LatestYear);

    /// <summary>
    /// The cells of a committee: the sources that implement <paramref name="parentPath"/> (<c>thuc-hien</c>),
    /// and the results files under <paramref name="folders"/> that measure them, each checked against its cell.
    /// Null when the parent cannot be read (its diagnostics are in the bag).
    /// </summary>
    public static Gathered? Gather(string parentPath, IReadOnlyList<Reading.SourceItem> sources, IEnumerable<string> folders, Diagnostics.DiagnosticBag diagnostics)
    {
        parentPath = Path.GetFullPath(parentPath);
        var set = Checking.DocumentSet.ForSourcesAt(parentPath).Set;
        var parent = Building.Compiler.Check(parentPath, set);
        if (parent.Document is null)
        {
            diagnostics.AddRange(parent.Diagnostics);
            return null;
        }

        var children = new List<Document>();
        foreach (var source in sources)
        {
            var full = Path.GetFullPath(source.Path);
            if (full == parentPath) continue;
            var child = Building.Compiler.Check(full, set);
            if (child.Document is { Frame.ParentPath: { } link } document && Checking.DocumentSet.Resolve(document, link.Value) == parentPath)
            {
                diagnostics.AddRange(child.Diagnostics.Where(d => d.Severity == Diagnostics.Severity.Error));
                children.Add(document);
            }
        }

        var resultSets = new Dictionary<string, ResultSet>(StringComparer.Ordinal);
        foreach (var file in ResultsFiles.In(folders))
        {
            if (ResultsReader.Read(file, diagnostics) is not { } results) continue;
            if (children.FirstOrDefault(c => Path.GetFullPath(c.SourcePath) == results.ProgramPath) is not { } program) continue;
            ResultsChecker.Check(results, program, diagnostics);
            resultSets.TryAdd(results.ProgramPath, results);
        }

        var cells = children.OrderBy(c => c.Frame.Bodies.Issuer.Value, StringComparer.Ordinal)
            .ThenBy(c => c.Frame.Date.Value).ThenBy(c => c.SourcePath, StringComparer.Ordinal)
            .Select(c => (c, resultSets.GetValueOrDefault(Path.GetFullPath(c.SourcePath)))).ToList();
        var latest = resultSets.Values.SelectMany(r => r.Entries).SelectMany(e => e.Values).Select(v => v.Year ?? 0).DefaultIfEmpty(0).Max();
        return new Gathered(parent.Document, cells, resultSets.Count, latest);
    }

    public static Table Compute(Document parent, IReadOnlyList<(Document Child, ResultSet? Results)> children, int year)
    {
        var names = ColumnNames(children.Select(c => c.Child).ToList());
        var columns = children.Select((c, i) => new Column(names[i], c.Child.SourcePath, c.Results is not null)).ToList();
        var rows = new List<Row>();
        foreach (var target in parent.Targets.Where(t => t.Id is not null))
        {
            var id = target.Id!.Value;
            var cells = new List<Cell>();
            foreach (var (child, results) in children)
            {
                var adopted = child.Targets.Where(t => t.Parent?.Value == id).ToList();
                if (adopted.Count == 0)
                {
                    cells.Add(child.Waivers.Any(w => w.ParentId.Value == id) ? new Cell("miễn", null) : new Cell("—", null));
                    continue;
                }
                var termEnd = Term.Parse(child.Frame.Term?.Value)?.End;
                var verdicts = adopted.Select(t => Evaluator.Evaluate(t,
                    results?.Entries.FirstOrDefault(e => e.TargetId.Value == t.Id?.Value), year, termEnd).Verdict).ToList();
                var worst = Badness.First(verdicts.Contains);
                cells.Add(new Cell(worst.Label(), worst));
            }
            rows.Add(new Row(target, cells));
        }
        return new Table(year, columns, rows);
    }

    /// <summary>
    /// Each column's heading: the cell's name, and — where one cell has two programs (this year's
    /// and next year's, two terms') — what tells them apart: the term, else the year, else the
    /// number, else the file's name, the first that differs between them.
    /// </summary>
    private static List<string> ColumnNames(IReadOnlyList<Document> programs)
    {
        var names = programs.Select(p => p.Frame.Bodies.Issuer.Value).ToList();
        Func<Document, string>[] tellers =
        [
            p => p.Frame.Term?.Value ?? "",
            p => p.Frame.Date.Value.Year.ToString(System.Globalization.CultureInfo.InvariantCulture),
            p => p.Frame.Number.Value,
            p => Path.GetFileNameWithoutExtension(p.SourcePath),
        ];
        foreach (var group in Enumerable.Range(0, programs.Count).GroupBy(i => names[i], StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            var members = group.ToList();
            var teller = tellers.FirstOrDefault(t => members.Select(i => t(programs[i])).Distinct(StringComparer.Ordinal).Count() == members.Count) ?? tellers[^1];
            foreach (var i in members) names[i] = $"{names[i]} ({teller(programs[i])})";
        }
        return names;
    }

    /// <summary>The table as aligned text (or Markdown): one row per parent target, one column per cell.</summary>
    public static string Render(Table table, bool markdown)
    {
        var header = new List<string> { "Chỉ tiêu", "Nội dung" };
        header.AddRange(table.Columns.Select(c => c.Name));
        var lines = table.Rows.Select(r => new List<string> { r.Parent.Id!.Value, Short(r.Parent.Sentence.Value) }.Concat(r.Cells.Select(c => c.Text)).ToList()).ToList();
        var all = lines.Prepend(header).ToList();
        var widths = Enumerable.Range(0, header.Count).Select(i => all.Max(l => l[i].Length)).ToList();
        var s = new System.Text.StringBuilder();
        s.Append($"Tổng hợp kết quả của các tổ chức trực thuộc, năm {table.Year}\n\n");
        string Line(IReadOnlyList<string> cells) => markdown
            ? "| " + string.Join(" | ", cells.Select(c => c.Replace("|", "\\|", StringComparison.Ordinal))) + " |"
            : string.Join("  ", cells.Select((c, i) => c.PadRight(widths[i]))).TrimEnd();
        s.Append(Line(header)).Append('\n');
        s.Append(markdown ? "|" + string.Concat(header.Select(_ => "---|")) : string.Join("  ", widths.Select(w => new string('-', w)))).Append('\n');
        foreach (var line in lines) s.Append(Line(line)).Append('\n');
        foreach (var column in table.Columns.Where(c => !c.HasResults))
            s.Append($"\n{column.Name}: chưa có tệp kết quả (loai: ket-qua).\n");
        return s.ToString();
    }

    private static string Short(string sentence) => sentence.Length <= 60 ? sentence : sentence[..57].TrimEnd() + "…";
}

using System.Text;
using VanKien.Model;
using VanKien.Printing;

namespace VanKien.Writing.Plain;

/// <summary>
/// The printed document as plain lines, the DOCX's text as <see cref="Reading.DocxText"/> reads it
/// back: one line a paragraph; a row of a table or of the header and closing blocks as its cells
/// joined by " | ", a cell's paragraphs by " / "; a chart as its description's lines; empty lines
/// left out and no-break spaces read as spaces. With <c>annotated</c> (textconv, for <c>git diff</c>),
/// what the page does not print follows a target's line in ⟦ ⟧ — its id, its value and its parent —
/// so that a weakened or relinked target shows in a diff even where its sentence stays the same.
/// </summary>
public static class PlainTextWriter
{
    public const string AnnotationOpen = " ⟦";
    public const string AnnotationClose = "⟧";

    public static string Write(PrintedDocument printed, bool annotated = false)
    {
        var text = new StringBuilder();
        foreach (var line in Lines(printed, annotated)) text.AppendLine(line);
        return text.ToString();
    }

    public static IEnumerable<string> Lines(PrintedDocument printed, bool annotated = false)
    {
        var targets = annotated
            ? printed.Source.TargetGroups.SelectMany(g => g.Targets).Where(t => t.Id is not null).GroupBy(t => t.Id!.Value).ToDictionary(g => g.Key, g => g.First())
            : [];
        foreach (var block in printed.Blocks())
        {
            IEnumerable<string> lines = block switch
            {
                PrintedParagraph paragraph => [Line(paragraph) + (paragraph.Anchor is { } id && targets.TryGetValue(id, out var target) ? Annotation(target) : "")],
                PrintedColumns columns => columns.Rows.Select(row => Row([row.Left.Select(Line), row.Right.Select(Line)])),
                PrintedTable table => table.Rows().Select(row => Row(row.Select(cell => cell.Select(p => Clean(string.Concat(p.Select(InlineText))))))),
                PrintedChart chart => ChartText.Lines(chart.Chart),
                _ => [],
            };
            foreach (var line in lines)
                if (line.Trim().Length > 0) yield return line;
        }
    }

    private static string Line(PrintedParagraph paragraph) => Clean(paragraph.Text);

    private static string Row(IEnumerable<IEnumerable<string>> cells) =>
        string.Join(" | ", cells.Select(cell => string.Join(" / ", cell.Where(p => p.Length > 0))));

    private static string InlineText(Model.Inline inline) => inline switch { Model.TextRun run => run.Text, _ => " " };

    private static string Clean(string text) => Text.NoBreakGroups.AsSpaces(text);

    /// <summary>" ⟦xdd-02: >= 90% ← CT-02 (ap-dung)⟧": the target's id, value (inferred or written) and link to its parent.</summary>
    private static string Annotation(Model.Target target)
    {
        var value = target.Value is null ? "" : $": {target.Value}{(target.ValueInferred ? " (suy từ câu)" : "")}";
        var link = target.Parent is null ? "" : $" ← {target.Parent.Value} ({target.Relation.Key()})";
        return $"{AnnotationOpen}{target.Id!.Value}{value}{link}{AnnotationClose}";
    }
}

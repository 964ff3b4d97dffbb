using System.Text;
using VanKien.Model;
using VanKien.Values;
using Inline = VanKien.Model.Inline;

namespace VanKien.Writing.Source;

/// <summary>
/// The body of a source in Markdown, one walk of the model's blocks: headings with their level,
/// paragraphs with emphasis, lists (items apart by a blank line), pipe tables with their
/// alignments, the <c>::: chi-tieu</c>, <c>::: bieu-do</c> and <c>::: phu-luc</c> containers.
/// Text is escaped wherever Markdown would read it as syntax.
/// </summary>
internal sealed class MarkdownWriter : IBlockVisitor<IReadOnlyList<string>>
{
    private const string TargetsContainer = "chi-tieu";
    private const string ChartContainer = "bieu-do";
    private const string AppendixContainer = "phu-luc";

    /// <summary>Set while a list follows a list of its kind: it takes the other marker, or Markdown would join the two.</summary>
    private bool _otherMarker;

    public static void Body(StringBuilder s, IReadOnlyList<Block> body, Appendix? appendix)
    {
        var writer = new MarkdownWriter();
        foreach (var lines in writer.Blocks(body)) Append(s.Append('\n'), lines);
        if (appendix is null) return;

        var fence = Containers(appendix.Blocks) ? "::::" : ":::";
        s.Append('\n').Append(fence).Append(' ').Append(AppendixContainer).Append('\n');
        if (appendix.Title.Count > 0) s.Append("# ").Append(HeadingText(appendix.Title)).Append('\n');
        foreach (var subtitle in appendix.Subtitles) Append(s.Append('\n'), writer.Paragraph(subtitle));
        foreach (var lines in writer.Blocks(appendix.Blocks)) Append(s.Append('\n'), lines);
        s.Append(fence).Append('\n');
    }

    private static void Append(StringBuilder s, IReadOnlyList<string> lines)
    {
        foreach (var line in lines) s.Append(line).Append('\n');
    }

    private static bool Containers(IEnumerable<Block> blocks) => blocks.Any(b => b switch
    {
        Model.Chart or Model.TargetsPlaceholder => true,
        Model.BulletList list => list.Items.Any(i => Containers(i.Blocks)),
        Model.NumberedList list => list.Items.Any(i => Containers(i.Blocks)),
        _ => false,
    });

    /// <summary>Each block's lines, in order; a block with nothing to say is left out.</summary>
    private List<IReadOnlyList<string>> Blocks(IReadOnlyList<Block> blocks)
    {
        var written = new List<IReadOnlyList<string>>();
        Block? previous = null;
        foreach (var block in blocks)
        {
            _otherMarker = previous is not null && previous.GetType() == block.GetType() && block is Model.BulletList or Model.NumberedList && !_otherMarker;
            var lines = block.Accept(this);
            if (lines.Count > 0) written.Add(lines);
            if (block is not (Model.BulletList or Model.NumberedList)) _otherMarker = false;
            previous = block;
        }
        return written;
    }

    public IReadOnlyList<string> Heading(Heading heading) =>
        [new string('#', heading.Level) + (heading.Content.Count > 0 ? " " + HeadingText(heading.Content) : "") + (heading.Unnumbered ? " {-}" : "")];

    public IReadOnlyList<string> Paragraph(Paragraph paragraph)
    {
        if (paragraph.Content.Count == 0) return [];
        // Every line of it: a hard break starts a line that Markdown would otherwise read afresh.
        return Inlines(paragraph.Content, SourceSyntax.Inline, hardBreaks: true).Split('\n').Select(SourceSyntax.EscapeBlockStart).ToList();
    }

    public IReadOnlyList<string> BulletList(BulletList list) => Items(list.Items, _otherMarker ? "+ " : "- ");

    public IReadOnlyList<string> NumberedList(NumberedList list) => Items(list.Items, _otherMarker ? "1) " : "1. ");

    private List<string> Items(IReadOnlyList<ListItem> items, string marker)
    {
        var lines = new List<string>();
        var indent = new string(' ', marker.Length);
        foreach (var item in items)
        {
            if (lines.Count > 0) lines.Add("");
            var first = true;
            var inner = new MarkdownWriter();
            foreach (var block in inner.Blocks(item.Blocks))
            {
                if (!first) lines.Add("");
                for (var i = 0; i < block.Count; i++)
                    lines.Add(block[i].Length == 0 ? "" : (first && i == 0 ? marker : indent) + block[i]);
                first = false;
            }
            if (first) lines.Add(marker.TrimEnd());
        }
        return lines;
    }

    public IReadOnlyList<string> Table(Table table)
    {
        var columns = table.Header.Cells.Count;
        var lines = new List<string> { Row(table.Header.Cells) };
        var delimiter = new StringBuilder("|");
        for (var c = 0; c < columns; c++)
            delimiter.Append((c < table.Alignments.Count ? table.Alignments[c] : ColumnAlignment.Unset) switch
            {
                ColumnAlignment.Left => ":--|",
                ColumnAlignment.Center => ":-:|",
                ColumnAlignment.Right => "--:|",
                _ => "---|",
            });
        lines.Add(delimiter.ToString());
        lines.AddRange(table.Rows.Select(r => Row(r.Cells)));
        return lines;
    }

    private static string Row(IEnumerable<TableCell> cells) =>
        "|" + string.Concat(cells.Select(c => " " + Inlines(c.Content, SourceSyntax.Cell, hardBreaks: false, lineBreak: "<br>") + " |"));

    public IReadOnlyList<string> TargetsPlaceholder(TargetsPlaceholder placeholder) => ["::: " + TargetsContainer, ":::"];

    public IReadOnlyList<string> Chart(Chart chart)
    {
        var lines = new List<string> { $"::: {ChartContainer} {chart.Title}" };
        lines.Add("| " + string.Join(" | ", new[] { chart.CategoryTitle }.Concat(chart.Series.Select(s => s.Name)).Select(SourceSyntax.Cell)) + " |");
        lines.Add("|" + string.Concat(Enumerable.Repeat("---|", chart.Series.Count + 1)));
        for (var row = 0; row < chart.Categories.Count; row++)
        {
            var values = chart.Series.Select(s => row < s.Values.Count && s.Values[row] is { } v ? VietnameseNumber.Format(v) + chart.Unit : "");
            lines.Add("| " + string.Join(" | ", new[] { SourceSyntax.Cell(chart.Categories[row]) }.Concat(values)) + " |");
        }
        lines.Add(":::");
        return lines;
    }

    /// <summary>A heading's text: a closing run of '#' would be read as the end of the heading's syntax.</summary>
    private static string HeadingText(IReadOnlyList<Inline> content)
    {
        var text = Inlines(content, SourceSyntax.Inline, hardBreaks: false);
        var hashes = text.Length - text.TrimEnd('#').Length;
        return hashes > 0 ? text[..^hashes] + "\\" + text[^hashes..] : text;
    }

    /// <summary>
    /// Runs with their emphasis: "**…**", "*…*", "***…***". White space at a run's ends stays outside
    /// the markers, where Markdown looks for it.
    /// </summary>
    private static string Inlines(IReadOnlyList<Inline> content, Func<string, string> escape, bool hardBreaks, string lineBreak = " ")
    {
        var s = new StringBuilder();
        foreach (var inline in content)
        {
            switch (inline)
            {
                case TextRun { Bold: false, Italic: false } run:
                    s.Append(escape(run.Text));
                    break;
                case TextRun run:
                    var core = run.Text.Trim();
                    if (core.Length == 0) { s.Append(run.Text); break; }
                    var marker = run is { Bold: true, Italic: true } ? "***" : run.Bold ? "**" : "*";
                    s.Append(run.Text[..run.Text.IndexOf(core[0])]).Append(marker).Append(escape(core)).Append(marker)
                     .Append(run.Text[(run.Text.LastIndexOf(core[^1]) + 1)..]);
                    break;
                case LineBreak:
                    s.Append(hardBreaks ? "\\\n" : lineBreak);
                    break;
            }
        }
        return s.ToString();
    }
}

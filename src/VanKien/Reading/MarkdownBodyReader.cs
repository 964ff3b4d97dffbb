using Markdig;
using Markdig.Extensions.CustomContainers;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Text;
using Block = VanKien.Model.Block;
using Inline = VanKien.Model.Inline;
using MdTable = Markdig.Extensions.Tables.Table;
using MdTableCell = Markdig.Extensions.Tables.TableCell;
using MdTableRow = Markdig.Extensions.Tables.TableRow;

namespace VanKien.Reading;

/// <summary>
/// Reads the Markdown body into model blocks. Headings stay unnumbered (the writer numbers them);
/// <c>::: chi-tieu</c> and <c>::: phu-luc</c> containers become structured blocks.
/// </summary>
internal sealed partial class MarkdownBodyReader
{
    public const string TargetsContainer = "chi-tieu";
    public const string AppendixContainer = "phu-luc";
    public const string ChartContainer = "bieu-do";

    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables()
        // Grid tables ("+---+---+") read as tables, never as a paragraph of pipes; their cells may hold paragraphs.
        .UseGridTables()
        .UseCustomContainers()
        .UsePreciseSourceLocation()
        .Build();

    /// <summary>Builds the pipeline and parses a little of each block kind: the start-up warm-up calls it.</summary>
    internal static void Warm() =>
        Markdown.Parse("# A\n\nB **c** *d*.\n\n- e\n\n1. f\n\n| g | h |\n|---|---|\n| 1 | 2 |\n\n::: chi-tieu\n:::\n", Pipeline);

    private readonly string _path;
    private readonly int _firstLine;
    private readonly ReaderLimits _limits;
    private readonly DiagnosticBag _diagnostics;
    private bool _depthReported;

    private MarkdownBodyReader(string path, int firstLine, ReaderLimits limits, DiagnosticBag diagnostics)
    {
        _path = path;
        _firstLine = firstLine;
        _limits = limits;
        _diagnostics = diagnostics;
    }

    public sealed record Result(IReadOnlyList<Block> Body, Appendix? Appendix);

    public static Result Read(string path, string markdown, int firstLine, ReaderLimits limits, DiagnosticBag diagnostics)
    {
        var reader = new MarkdownBodyReader(path, firstLine, limits, diagnostics);
        if (TooDeep(markdown, limits) is { } deep)
        {
            diagnostics.Add(Rules.Limit, new SourceLocation(path, firstLine + deep, 1),
                $"Markdown lồng nhau quá {limits.MaxMarkdownDepth} cấp (thụt lề, trích dẫn '>' hoặc ngoặc vuông '[')", "giảm số cấp danh sách, trích dẫn, ngoặc lồng nhau");
            return new Result([], null);
        }
        MarkdownDocument document;
        try
        {
            document = Markdown.Parse(markdown, Pipeline);
        }
        catch (ArgumentException ex) when (ex.Message.Contains("nested", StringComparison.OrdinalIgnoreCase))
        {
            // Markdig refuses pathological nesting itself; say so as our own limit.
            diagnostics.Add(Rules.Limit, new SourceLocation(path, firstLine, 1), "Markdown lồng nhau quá sâu (Markdig từ chối đọc)",
                "giảm số cấp danh sách, trích dẫn lồng nhau");
            return new Result([], null);
        }
        return reader.ReadBody(document);
    }

    /// <summary>
    /// The first line (0-based) nested deeper than the limit — by indentation (a list level is at
    /// least two columns) or by quote markers — found in one pass, before Markdig, which takes
    /// seconds on thousands of levels before it gives up.
    /// </summary>
    private static int? TooDeep(string markdown, ReaderLimits limits)
    {
        var maxIndent = limits.MaxMarkdownDepth * 4;
        var line = 0;
        int indent = 0, quotes = 0, brackets = 0;
        var atStart = true;
        var blank = true;
        foreach (var c in markdown)
        {
            if (c == '\n')
            {
                line++;
                // Brackets pair within a paragraph: a blank line ends it.
                if (blank) brackets = 0;
                indent = quotes = 0;
                atStart = blank = true;
                continue;
            }
            if (c is not (' ' or '\t' or '\r')) blank = false;
            // Markdig's link parser costs the square of the open '[' in a paragraph (10,000 took minutes).
            if (c == '[' && ++brackets > limits.MaxMarkdownDepth) return line;
            if (c == ']' && brackets > 0) brackets--;
            if (!atStart) continue;
            switch (c)
            {
                case ' ': indent++; break;
                case '\t': indent += 4; break;
                case '>': quotes++; break;
                default: atStart = false; break;
            }
            if (indent > maxIndent || quotes > limits.MaxMarkdownDepth) return line;
        }
        return null;
    }

    private Result ReadBody(MarkdownDocument document)
    {
        var body = new List<Block>();
        Appendix? appendix = null;
        foreach (var block in document)
        {
            if (appendix is not null && block is not LinkReferenceDefinitionGroup)
            {
                _diagnostics.Add(Rules.AppendixPlacement, At(block), "phụ lục phải đứng cuối văn bản, sau mọi nội dung khác");
                break;
            }
            if (block is CustomContainer { Info: AppendixContainer } container)
                appendix = ReadAppendix(container);
            else
                body.AddRange(ReadBlock(block, depth: 0));
        }
        CheckHeadingLevels(body);
        return new Result(body, appendix);
    }

    private IEnumerable<Block> ReadBlock(Markdig.Syntax.Block block, int depth)
    {
        Diagnostics.WorkBudget.Check();
        if (depth > _limits.MaxMarkdownDepth)
        {
            if (!_depthReported)
                _diagnostics.Add(Rules.Limit, At(block), $"Markdown lồng nhau quá {_limits.MaxMarkdownDepth} cấp");
            _depthReported = true;
            yield break;
        }

        switch (block)
        {
            case HeadingBlock heading:
                var content = ReadInlines(heading.Inline);
                // "{-}" or "{.unnumbered}" at the end, as pandoc writes it: a heading the compiler does not number.
                var unnumbered = content.Count > 0 && content[^1] is TextRun last && UnnumberedMark().Match(last.Text) is { Success: true } mark;
                if (unnumbered)
                {
                    var run = (TextRun)content[^1];
                    var kept = run.Text[..UnnumberedMark().Match(run.Text).Index];
                    content = kept.Length > 0 ? [.. content.SkipLast(1), run with { Text = kept }] : [.. content.SkipLast(1)];
                }
                yield return new Heading(heading.Level, content, At(block)) { Unnumbered = unnumbered };
                break;
            case ParagraphBlock paragraph:
                yield return new Paragraph(ReadInlines(paragraph.Inline), At(block));
                break;
            case ListBlock list:
                var items = list.OfType<ListItemBlock>()
                    .Select(item => new ListItem(item.SelectMany(b => ReadBlock(b, depth + 1)).ToList(), At(item)))
                    .ToList();
                yield return list.IsOrdered ? new NumberedList(items, At(block)) : new BulletList(items, At(block));
                break;
            case MdTable table:
                if (ReadTable(table) is { } read) yield return read;
                break;
            case CustomContainer { Info: TargetsContainer } container:
                if (container.Count > 0)
                    _diagnostics.Add(Rules.UnsupportedMarkdown, At(container),
                        "khối '::: chi-tieu' được điền từ phần đầu YAML; nội dung viết bên trong bị bỏ qua");
                yield return new TargetsPlaceholder(At(block));
                break;
            case CustomContainer { Info: ChartContainer } container:
                if (ReadChart(container) is { } chart) yield return chart;
                break;
            case CustomContainer { Info: AppendixContainer } container:
                _diagnostics.Add(Rules.AppendixPlacement, At(container), "phụ lục phải đứng ở cấp ngoài cùng của thân văn bản");
                break;
            case CustomContainer container:
                _diagnostics.Add(Rules.UnknownContainer, At(container),
                    $"khối '::: {container.Info}' không được hỗ trợ",
                    $"các khối: '::: {TargetsContainer}', '::: {AppendixContainer}', '::: {ChartContainer} Tên biểu đồ'");
                break;
            case QuoteBlock quote:
                _diagnostics.Add(Rules.UnsupportedMarkdown, At(quote), "trích dẫn '>' không có trong thể thức; in như đoạn văn thường");
                foreach (var inner in quote.SelectMany(b => ReadBlock(b, depth + 1))) yield return inner;
                break;
            case HtmlBlock { Type: HtmlBlockType.Comment }:
                // An author's note (<!-- … -->), as `vankien new` writes under each heading: not printed.
                break;
            case LeafBlock { Lines.Count: > 0 } leaf and (CodeBlock or HtmlBlock):
                _diagnostics.Add(Rules.UnsupportedMarkdown, At(leaf), "khối mã hoặc HTML không có trong thể thức; in như đoạn văn thường");
                yield return new Paragraph([new TextRun(leaf.Lines.ToString())], At(leaf));
                break;
            case ThematicBreakBlock or LinkReferenceDefinitionGroup or BlankLineBlock:
                break;
            default:
                _diagnostics.Add(Rules.UnsupportedMarkdown, At(block), $"cú pháp Markdown '{block.GetType().Name}' không được hỗ trợ");
                break;
        }
    }

    /// <summary>A cell's paragraphs (a grid table's blank-line parted ones, or a pipe table's parted by "&lt;br&gt;"), a line break between two.</summary>
    private List<Inline> CellInlines(MdTableCell cell)
    {
        var content = new List<Inline>();
        foreach (var block in cell)
        {
            if (block is not ParagraphBlock paragraph)
            {
                _diagnostics.Add(Rules.UnsupportedMarkdown, At(block), "trong ô bảng chỉ có đoạn văn; khối khác in như đoạn văn thường");
                if (block is not LeafBlock { Inline: not null }) continue;
            }
            if (content.Count > 0) content.Add(new LineBreak());
            content.AddRange(ReadInlines(((LeafBlock)block).Inline));
        }
        return content;
    }

    private Model.Table? ReadTable(MdTable table)
    {
        var rows = table.OfType<MdTableRow>()
            .Select(row => new Model.TableRow(row.OfType<MdTableCell>()
                .Select(cell => new Model.TableCell(CellInlines(cell)))
                .ToList()))
            .ToList();
        if (rows.Count == 0) return null;
        var alignments = table.ColumnDefinitions.Select(c => c.Alignment switch
        {
            Markdig.Extensions.Tables.TableColumnAlign.Center => Model.ColumnAlignment.Center,
            Markdig.Extensions.Tables.TableColumnAlign.Right => Model.ColumnAlignment.Right,
            Markdig.Extensions.Tables.TableColumnAlign.Left => Model.ColumnAlignment.Left,
            _ => Model.ColumnAlignment.Unset,
        }).ToList();
        return new Model.Table(rows[0], rows[1..], At(table)) { Alignments = alignments };
    }

    /// <summary>
    /// <c>::: bieu-do Title</c> holding one table: the first column names the categories, each other
    /// column is a series of numbers (decimal comma; a trailing "%" sets the unit; blank for none).
    /// </summary>
    private Chart? ReadChart(CustomContainer container)
    {
        var title = VietnameseText.Squash(container.Arguments ?? "");
        if (container.OfType<MdTable>().FirstOrDefault() is not { } table || ReadTable(table) is not { } read || read.Header.Cells.Count < 2)
        {
            _diagnostics.Add(Rules.ChartInvalid, At(container), "khối '::: bieu-do' phải chứa một bảng: cột đầu là tên các mục, mỗi cột sau là một dãy số");
            return null;
        }
        string Text(TableCell cell) => VietnameseText.Squash(string.Concat(cell.Content.OfType<TextRun>().Select(r => r.Text)));
        var unit = "";
        var series = new List<ChartSeries>();
        for (var column = 1; column < read.Header.Cells.Count; column++)
        {
            var values = new List<decimal?>();
            foreach (var row in read.Rows)
            {
                var cell = column < row.Cells.Count ? Text(row.Cells[column]) : "";
                if (cell.EndsWith('%')) { unit = "%"; cell = cell[..^1].TrimEnd(); }
                if (cell.Length == 0) { values.Add(null); continue; }
                var negative = cell.StartsWith('-') || cell.StartsWith('−');
                if (!Values.VietnameseNumber.TryParse(negative ? cell[1..] : cell, out var number))
                {
                    _diagnostics.Add(Rules.ChartInvalid, At(table), $"ô \"{cell}\" của cột \"{Text(read.Header.Cells[column])}\" không phải một số",
                        Values.VietnameseNumber.Problem(negative ? cell[1..] : cell));
                    return null;
                }
                values.Add(negative ? -number : number);
            }
            series.Add(new ChartSeries(Text(read.Header.Cells[column]), values));
        }
        return new Chart(title, Text(read.Header.Cells[0]), unit, read.Rows.Select(r => r.Cells.Count > 0 ? Text(r.Cells[0]) : "").ToList(), series, At(container));
    }

    private Appendix ReadAppendix(CustomContainer container)
    {
        IReadOnlyList<Inline> title = [];
        var subtitles = new List<Paragraph>();
        var blocks = new List<Block>();
        foreach (var child in container)
        {
            if (child is HeadingBlock heading && title.Count == 0 && subtitles.Count == 0 && blocks.Count == 0)
                title = ReadInlines(heading.Inline);
            else if (child is ParagraphBlock paragraph && blocks.Count == 0)
                subtitles.Add(new Paragraph(ReadInlines(paragraph.Inline), At(paragraph)));
            else
                blocks.AddRange(ReadBlock(child, depth: 1));
        }
        return new Appendix(title, subtitles, blocks, At(container));
    }

    /// <summary>The compiler numbers headings, so a level may only go one deeper at a time.</summary>
    private void CheckHeadingLevels(IReadOnlyList<Block> body)
    {
        var previous = 0;
        foreach (var heading in body.OfType<Heading>())
        {
            if (heading.Level > previous + 1)
                _diagnostics.Add(Rules.HeadingLevelSkip, heading.Location,
                    $"đề mục cấp {heading.Level} đứng sau đề mục cấp {previous}",
                    $"dùng {new string('#', previous + 1)} cho đề mục này");
            previous = heading.Level;
        }
    }

    private List<Inline> ReadInlines(ContainerInline? container)
    {
        var result = new List<Inline>();
        if (container is not null) AppendInlines(container, bold: false, italic: false, result, depth: 0);
        return Merge(result);
    }

    private void AppendInlines(ContainerInline container, bool bold, bool italic, List<Inline> into, int depth)
    {
        if (depth > _limits.MaxMarkdownDepth) return;
        foreach (var inline in container)
        {
            switch (inline)
            {
                case LiteralInline literal:
                    into.Add(new TextRun(literal.Content.ToString(), bold, italic));
                    break;
                case EmphasisInline emphasis:
                    var isBold = bold || emphasis.DelimiterCount >= 2;
                    var isItalic = italic || emphasis.DelimiterCount is 1 or 3;
                    AppendInlines(emphasis, isBold, isItalic, into, depth + 1);
                    break;
                case LineBreakInline lineBreak:
                    into.Add(lineBreak.IsHard ? new LineBreak() : new TextRun(" ", bold, italic));
                    break;
                case CodeInline code:
                    into.Add(new TextRun(code.Content, bold, italic));
                    break;
                case HtmlEntityInline entity when SourceText.FirstControlCharacter(entity.Transcoded.ToString()) is not null:
                    // "&#7;" decodes to a character DOCX cannot hold.
                    _diagnostics.Add(Rules.ControlCharacter, At(entity), $"thực thể '{entity.Original}' là ký tự điều khiển", "xóa thực thể này");
                    break;
                case HtmlEntityInline entity:
                    into.Add(new TextRun(entity.Transcoded.ToString(), bold, italic));
                    break;
                case AutolinkInline link:
                    into.Add(new TextRun(link.Url, bold, italic));
                    break;
                case ContainerInline nested:
                    AppendInlines(nested, bold, italic, into, depth + 1);
                    break;
                case HtmlInline html when BreakTag().IsMatch(html.Tag):
                    // "<br>": a hard break in a paragraph, and in a table cell the start of the cell's next paragraph.
                    into.Add(new LineBreak());
                    break;
                case HtmlInline html:
                    _diagnostics.Add(Rules.UnsupportedMarkdown, At(html), "thẻ HTML trong dòng bị bỏ qua");
                    break;
            }
        }
    }

    /// <summary>Joins neighbouring runs of the same emphasis and folds white space, NFC throughout.</summary>
    private static List<Inline> Merge(List<Inline> inlines)
    {
        // Joined in a builder: a paragraph of thousands of lines is thousands of runs, and joining
        // strings one by one is quadratic (a 4,000-line paragraph would take seconds).
        var merged = new List<Inline>();
        var text = new System.Text.StringBuilder();
        TextRun? open = null;
        void Close()
        {
            if (open is null) return;
            merged.Add(open with { Text = text.ToString() });
            open = null;
            text.Clear();
        }
        foreach (var inline in inlines)
        {
            if (inline is TextRun run)
            {
                if (open is not null && (open.Bold != run.Bold || open.Italic != run.Italic)) Close();
                open ??= run;
                text.Append(run.Text);
            }
            else
            {
                Close();
                merged.Add(inline);
            }
        }
        Close();
        for (var i = 0; i < merged.Count; i++)
        {
            if (merged[i] is TextRun run)
                merged[i] = run with { Text = VietnameseText.Nfc(CollapseSpaces(run.Text)) };
        }
        if (merged.Count > 0 && merged[0] is TextRun first) merged[0] = first with { Text = first.Text.TrimStart() };
        if (merged.Count > 0 && merged[^1] is TextRun end) merged[^1] = end with { Text = end.Text.TrimEnd() };
        return merged;
    }

    private static string CollapseSpaces(string text)
    {
        var collapsed = text.Replace('\n', ' ').Replace('\t', ' ');
        while (collapsed.Contains("  ", StringComparison.Ordinal)) collapsed = collapsed.Replace("  ", " ", StringComparison.Ordinal);
        return collapsed;
    }

    private SourceLocation At(MarkdownObject node) => new(_path, _firstLine + node.Line, node.Column + 1);

    [System.Text.RegularExpressions.GeneratedRegex(@"^<br\s*/?>$", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex BreakTag();

    [System.Text.RegularExpressions.GeneratedRegex(@"\s*\{(-|\.unnumbered)\}\s*$")]
    private static partial System.Text.RegularExpressions.Regex UnnumberedMark();
}

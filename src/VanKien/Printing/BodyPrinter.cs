using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Text;

namespace VanKien.Printing;

/// <summary>
/// The body as it prints: headings numbered by the document's scheme (the author types no number,
/// so numbering cannot skip), top levels in capitals, "- " and "+ " items and numbered paragraphs,
/// tables (grouped by header into families that print as one), charts, and the targets placed by
/// <c>::: chi-tieu</c>, each titled group a heading one level below the enclosing one.
/// </summary>
internal sealed class BodyPrinter(Document document, HeadingScheme scheme)
{
    private readonly HeadingNumberer _numberer = new(scheme);
    private readonly Dictionary<string, IReadOnlyList<Table>> _tableKin = TableKin(document.Body);
    private int _lastHeadingLevel;

    public IEnumerable<PrintedBlock> Text()
    {
        foreach (var block in document.Body)
        {
            WorkBudget.Check();
            foreach (var printed in Block(block, listDepth: 0)) yield return printed;
        }
    }

    /// <summary>The columns a table prints: the most any table of its family has in a row.</summary>
    public static int ColumnCount(IReadOnlyList<Table> family) =>
        family.Max(t => Math.Max(t.Header.Cells.Count, t.Rows.Select(r => r.Cells.Count).DefaultIfEmpty(0).Max()));

    /// <summary>A table's family key: its header's text.</summary>
    public static string HeaderKey(Table table) =>
        string.Join("\u001F", table.Header.Cells.Select(c => string.Concat(c.Content.OfType<TextRun>().Select(r => r.Text))));

    /// <summary>The body's tables grouped by header, each group sized as one so its columns line up.</summary>
    private static Dictionary<string, IReadOnlyList<Table>> TableKin(IEnumerable<Block> body)
    {
        static IEnumerable<Table> Tables(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
        {
            Table table => [table],
            BulletList list => list.Items.SelectMany(i => Tables(i.Blocks)),
            NumberedList list => list.Items.SelectMany(i => Tables(i.Blocks)),
            _ => [],
        });
        return Tables(body).GroupBy(HeaderKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Table>)g.ToList(), StringComparer.Ordinal);
    }

    /// <summary>Printed runs for model inlines, all from one source place; <paramref name="transform"/> (capitals) under <paramref name="rule"/>.</summary>
    public static IReadOnlyList<PrintedRun> Runs(IEnumerable<Inline> inlines, SourceLocation at, Func<string, string>? transform = null, string? rule = null)
    {
        var origin = transform is null ? Origin.Written(at) : Origin.Shaped(at, rule ?? "in hoa");
        var runs = new List<PrintedRun>();
        foreach (var inline in inlines)
        {
            switch (inline)
            {
                case TextRun text when text.Text.Length > 0:
                    runs.Add(new PrintedRun(transform is null ? text.Text : transform(text.Text), origin, text.Bold, text.Italic));
                    break;
                case LineBreak:
                    runs.Add(PrintedRun.Break(origin));
                    break;
            }
        }
        return runs;
    }

    private IEnumerable<PrintedBlock> Block(Block block, int listDepth) => block.Accept(new BlockView(this, listDepth));

    private sealed class BlockView(BodyPrinter printer, int listDepth) : IBlockVisitor<IEnumerable<PrintedBlock>>
    {
        public IEnumerable<PrintedBlock> Heading(Heading heading) =>
            heading.Unnumbered ? [printer.UnnumberedHeading(heading.Level, heading.Content, heading.Location)] : printer.NumberedHeading(heading.Level, heading.Content, heading.Location);

        public IEnumerable<PrintedBlock> Paragraph(Paragraph paragraph) =>
            [new PrintedParagraph(PrintedRole.Body, Runs(paragraph.Content, paragraph.Location)) { Sources = [paragraph.Location] }];

        public IEnumerable<PrintedBlock> BulletList(BulletList list) =>
            list.Items.SelectMany(item => printer.Item(item, listDepth == 0 ? "- " : "+ ", listDepth));

        public IEnumerable<PrintedBlock> NumberedList(NumberedList list) =>
            list.Items.SelectMany((item, i) => printer.Item(item, $"{i + 1}. ", listDepth));

        public IEnumerable<PrintedBlock> Table(Table table)
        {
            var kin = printer._tableKin.GetValueOrDefault(HeaderKey(table)) ?? [table];
            return [new PrintedTable(table, ColumnCount(kin), kin)];
        }

        public IEnumerable<PrintedBlock> TargetsPlaceholder(TargetsPlaceholder placeholder) => printer.Targets();

        public IEnumerable<PrintedBlock> Chart(Chart chart) => [new PrintedChart(chart)];
    }

    /// <summary>A numbered heading; a PHẦN is two centred lines, its number and then its title.</summary>
    private IEnumerable<PrintedParagraph> NumberedHeading(int level, IReadOnlyList<Inline> content, SourceLocation at, params SourceLocation[] more)
    {
        _lastHeadingLevel = level;
        var label = new PrintedRun(_numberer.Next(level), Origin.Generated("số thứ tự đề mục theo hệ đề mục của loại văn bản"));
        Func<string, string>? transform = _numberer.IsCapitalised(level) ? VietnameseText.Upper : null;
        var title = Runs(content, at, transform, "đề mục cấp trên in hoa");
        SourceLocation[] sources = [at, .. more];
        if (scheme == HeadingScheme.Parts && level == 1)
        {
            yield return new PrintedParagraph(PrintedRole.PartNumber, [label]) { Level = level, Outline = 0, Sources = sources };
            yield return new PrintedParagraph(PrintedRole.PartTitle, title) { Level = level, Outline = 0, Sources = sources };
            yield break;
        }
        // An article ("Điều 1. Thành lập …"): the label in bold opens a body paragraph, the words run on in its type.
        if (_numberer.RunsIn(level))
        {
            yield return new PrintedParagraph(PrintedRole.RunInHeading, [label with { Bold = true }, new PrintedRun(" ", label.Origin), .. title])
                { Level = level, Outline = _numberer.Outline(level), Sources = sources };
            yield break;
        }
        yield return new PrintedParagraph(PrintedRole.Heading, [label with { Text = label.Text + " " }, .. title]) { Level = level, Outline = _numberer.Outline(level), Sources = sources };
    }

    /// <summary>
    /// A heading printed without a number, which the numbering does not count: at the first level a
    /// closing part or an enacting word ("KẾT LUẬN", "QUYẾT NGHỊ"), centred in capitals; below, the level's look.
    /// </summary>
    private PrintedParagraph UnnumberedHeading(int level, IReadOnlyList<Inline> content, SourceLocation at)
    {
        var capitals = level == 1 || _numberer.IsCapitalised(level);
        return new PrintedParagraph(PrintedRole.UnnumberedHeading, Runs(content, at, capitals ? VietnameseText.Upper : null, "đề mục cấp trên in hoa"))
        {
            Level = level, Outline = _numberer.Outline(level), Sources = [at],
        };
    }

    /// <summary>The first paragraph of an item carries its marker; nested lists go one level deeper.</summary>
    private IEnumerable<PrintedBlock> Item(ListItem item, string marker, int listDepth)
    {
        var first = true;
        foreach (var block in item.Blocks)
        {
            if (first && block is Paragraph paragraph)
            {
                yield return new PrintedParagraph(PrintedRole.Body,
                    [new PrintedRun(marker, Origin.Generated("dấu đầu dòng theo cấp danh sách")), .. Runs(paragraph.Content, paragraph.Location)])
                { Sources = [paragraph.Location] };
            }
            else
            {
                foreach (var printed in Block(block, block is BulletList ? listDepth + 1 : listDepth)) yield return printed;
            }
            first = false;
        }
    }

    /// <summary>Each titled group becomes a heading one level below the enclosing one (2.1., 2.2. …); each target a "- " line.</summary>
    private IEnumerable<PrintedBlock> Targets()
    {
        var groupLevel = _lastHeadingLevel + 1;
        foreach (var group in document.TargetGroups)
        {
            if (group.Title is { } title)
            {
                foreach (var heading in NumberedHeading(groupLevel, [new TextRun(title.Value)], title.Location)) yield return heading;
                _lastHeadingLevel = groupLevel - 1;
            }
            foreach (var target in group.Targets)
            {
                yield return new PrintedParagraph(PrintedRole.Target,
                    [new PrintedRun("- ", Origin.Generated("dấu đầu dòng chỉ tiêu")), new PrintedRun(target.Sentence.Value, Origin.Written(target.Sentence.Location))])
                {
                    Anchor = target.Id?.Value,
                    Sources = [target.Location, target.Sentence.Location, target.ValueLocation],
                };
            }
        }
    }
}

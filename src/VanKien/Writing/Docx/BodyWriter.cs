using DocumentFormat.OpenXml;
using VanKien.Model;
using VanKien.Text;
using VanKien.Standard;
using W = DocumentFormat.OpenXml.Wordprocessing;

namespace VanKien.Writing.Docx;

/// <summary>
/// The body: căn cứ, then the author's blocks with compiler-numbered headings, "- " and "+ "
/// items, numbered paragraphs, tables, charts (<c>::: bieu-do</c>) and the targets placed by <c>::: chi-tieu</c>.
/// </summary>
internal sealed class BodyWriter(Document document, int textWidthTwips, Model.HeadingScheme scheme, ChartWriter charts, bool stateStandard = false)
{
    private readonly HeadingNumberer _numberer = new(scheme);
    private readonly int _textWidthTwips = textWidthTwips;
    private readonly ChartWriter _charts = charts;
    private readonly Dictionary<string, IReadOnlyList<Model.Table>> _tableKin = TableKin(document.Body);
    private int _lastHeadingLevel;

    /// <summary>The body's tables grouped by header, each group sized as one so its columns line up.</summary>
    private static Dictionary<string, IReadOnlyList<Model.Table>> TableKin(IEnumerable<Block> body)
    {
        static IEnumerable<Model.Table> Tables(IEnumerable<Block> blocks) => blocks.SelectMany(b => b switch
        {
            Model.Table table => [table],
            BulletList list => list.Items.SelectMany(i => Tables(i.Blocks)),
            NumberedList list => list.Items.SelectMany(i => Tables(i.Blocks)),
            _ => [],
        });
        return Tables(body).GroupBy(TableWriter.HeaderKey, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<Model.Table>)g.ToList(), StringComparer.Ordinal);
    }

    public IEnumerable<OpenXmlElement> Write()
    {
        OpenXmlElement? held = null;
        foreach (var element in Elements())
        {
            // The room after a table or chart: spacing before the paragraph that follows, which a page's
            // top swallows, rather than an empty line, which would open the next page a line low.
            // Between two tables (or before the closing block) the empty line stays to keep them apart.
            if (held is not null)
            {
                if (element is W.Paragraph next && !_spacers.Contains(next))
                {
                    var properties = next.ParagraphProperties ??= new W.ParagraphProperties();
                    (properties.SpacingBetweenLines ??= new W.SpacingBetweenLines()).Before = SpacingAfterBlock;
                }
                else yield return held;
                held = null;
            }
            if (element is W.Paragraph spacer && _spacers.Contains(spacer)) held = spacer;
            else yield return element;
        }
        if (held is not null) yield return held;
    }

    private IEnumerable<OpenXmlElement> Elements()
    {
        foreach (var line in document.Frame.Enacting ?? []) yield return Wml.Paragraph(StyleIds.PartTitle, Wml.Run(line.Value));
        foreach (var basis in Bases()) yield return basis;
        foreach (var block in document.Body)
        {
            Diagnostics.WorkBudget.Check();
            foreach (var element in Block(block, listDepth: 0))
                yield return element;
        }
    }

    /// <summary>The căn cứ, one a line, punctuated as <see cref="FrameLines.Bases"/> says.</summary>
    private IEnumerable<W.Paragraph> Bases() =>
        FrameLines.Bases(document, stateStandard).Select(line => Wml.Paragraph(StyleIds.Basis, Wml.Run(line)));

    private IEnumerable<OpenXmlElement> Block(Block block, int listDepth) => block.Accept(new BlockView(this, listDepth));

    /// <summary>The WordprocessingML of each kind of block, at a list depth.</summary>
    private sealed class BlockView(BodyWriter writer, int listDepth) : IBlockVisitor<IEnumerable<OpenXmlElement>>
    {
        public IEnumerable<OpenXmlElement> Heading(Heading heading) =>
            heading.Unnumbered ? [writer.UnnumberedHeading(heading.Level, heading.Content)] : writer.HeadingParagraphs(heading.Level, heading.Content);

        public IEnumerable<OpenXmlElement> Paragraph(Paragraph paragraph) => [Wml.Paragraph(StyleIds.Body, null, Wml.Runs(paragraph.Content))];

        public IEnumerable<OpenXmlElement> BulletList(BulletList list) =>
            list.Items.SelectMany(item => writer.Item(item, listDepth == 0 ? "- " : "+ ", listDepth));

        public IEnumerable<OpenXmlElement> NumberedList(NumberedList list) =>
            list.Items.SelectMany((item, i) => writer.Item(item, $"{i + 1}. ", listDepth));

        public IEnumerable<OpenXmlElement> Table(Model.Table table) =>
            [TableWriter.Write(table, writer._textWidthTwips, writer._tableKin.GetValueOrDefault(TableWriter.HeaderKey(table))), writer.Spacer()];

        public IEnumerable<OpenXmlElement> TargetsPlaceholder(TargetsPlaceholder placeholder) => writer.Targets();

        public IEnumerable<OpenXmlElement> Chart(Chart chart) => [writer._charts.Write(chart, writer._textWidthTwips), writer.Spacer()];
    }

    /// <summary>A numbered heading; a PHẦN is two centred lines, its number and then its title.</summary>
    private IEnumerable<OpenXmlElement> HeadingParagraphs(int level, IReadOnlyList<Inline> content)
    {
        _lastHeadingLevel = level;
        var label = _numberer.Next(level);
        Func<string, string>? transform = _numberer.IsCapitalised(level) ? VietnameseText.Upper : null;
        if (scheme == Model.HeadingScheme.Parts && level == 1)
        {
            yield return Wml.Paragraph(StyleIds.PartNumber, Wml.Run(label));
            yield return Wml.Paragraph(StyleIds.PartTitle, null, Wml.Runs(content, transform));
            yield break;
        }
        // An article ("Điều 1. Thành lập …"): the label in bold opens a body paragraph, the words run on in its type.
        if (_numberer.RunsIn(level))
        {
            yield return Wml.Paragraph(StyleIds.Body, null, [Wml.Run(label, bold: true), Wml.Run(" "), .. Wml.Runs(content, transform)]);
            yield break;
        }
        yield return Wml.Paragraph(_numberer.Style(level), null, [Wml.Run(label + " "), .. Wml.Runs(content, transform)]);
    }

    /// <summary>
    /// A heading printed without a number, which the numbering does not count: at the first level a
    /// closing part or an enacting word ("KẾT LUẬN", "QUYẾT NGHỊ"), centred in capitals; below, the level's style.
    /// </summary>
    private W.Paragraph UnnumberedHeading(int level, IReadOnlyList<Inline> content) =>
        level == 1
            ? Wml.Paragraph(_numberer.Style(1), p => p.Justification = new W.Justification { Val = W.JustificationValues.Center }, Wml.Runs(content, VietnameseText.Upper))
            : Wml.Paragraph(_numberer.Style(level), null, Wml.Runs(content, _numberer.IsCapitalised(level) ? VietnameseText.Upper : null));

    /// <summary>The first paragraph of an item carries its marker; nested lists go one level deeper.</summary>
    private IEnumerable<OpenXmlElement> Item(ListItem item, string marker, int listDepth)
    {
        var first = true;
        foreach (var block in item.Blocks)
        {
            if (first && block is Paragraph paragraph)
            {
                yield return Wml.Paragraph(StyleIds.Body, null, [Wml.Run(marker), .. Wml.Runs(paragraph.Content)]);
            }
            else
            {
                foreach (var element in Block(block, block is BulletList ? listDepth + 1 : listDepth))
                    yield return element;
            }
            first = false;
        }
    }

    /// <summary>Each titled group becomes a heading one level below the enclosing one (2.1., 2.2. …).</summary>
    private IEnumerable<OpenXmlElement> Targets()
    {
        var groupLevel = _lastHeadingLevel + 1;
        foreach (var group in document.TargetGroups)
        {
            if (group.Title is { } title)
            {
                foreach (var heading in HeadingParagraphs(groupLevel, [new TextRun(title.Value)])) yield return heading;
                _lastHeadingLevel = groupLevel - 1;
            }
            foreach (var target in group.Targets)
                yield return Wml.Paragraph(StyleIds.Body, Wml.Run("- " + target.Sentence.Value));
        }
    }

    /// <summary>6 pt after a table or a chart.</summary>
    private const string SpacingAfterBlock = "120";

    private readonly HashSet<W.Paragraph> _spacers = new(ReferenceEqualityComparer.Instance);

    private W.Paragraph Spacer()
    {
        var spacer = Wml.Paragraph(StyleIds.Block, null, []);
        _spacers.Add(spacer);
        return spacer;
    }
}

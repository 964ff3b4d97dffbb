using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Standard;
using VanKien.Templates;
using VanKien.Text;

namespace VanKien.Writing.Html;

/// <summary>
/// A document as an HTML article that follows the standard's look: the two-column header block,
/// the kind's title and summary, căn cứ, the body numbered as the DOCX numbers it, tables, charts
/// as inline SVG, recipients and signature. Each diagnostic is shown at its place (beside the
/// target, block or field on its line) as well as in a list above the article. Every element is
/// written through one <see cref="HtmlWriter"/>, so no field of a source can become markup; each
/// visit writes its block into that writer and returns it.
/// </summary>
public sealed class HtmlDocumentWriter : IBlockVisitor<HtmlWriter>
{
    private readonly HtmlWriter _w = new();
    private readonly Document _document;
    private readonly ResolvedTemplate _template;
    private readonly ILookup<int, Diagnostic> _byLine;
    private readonly HashSet<Diagnostic> _placed = [];
    private readonly HeadingNumberer _numberer;
    private int _lastHeadingLevel;
    private int _listDepth;

    private HtmlDocumentWriter(Document document, ResolvedTemplate template, IReadOnlyList<Diagnostic> diagnostics)
    {
        _document = document;
        _template = template;
        _byLine = diagnostics.Where(d => d.Location.File.Length > 0 && Path.GetFullPath(d.Location.File) == Path.GetFullPath(document.SourcePath))
            .ToLookup(d => d.Location.Line);
        _numberer = new HeadingNumberer(document.HeadingScheme ?? template.Kind.Headings);
    }

    /// <summary>The article, with each diagnostic of the document at its place (those with no place are shown in the list only).</summary>
    public static Markup Write(Document document, ResolvedTemplate template, IReadOnlyList<Diagnostic> diagnostics) =>
        new HtmlDocumentWriter(document, template, diagnostics).Article();

    private Markup Article()
    {
        var frame = _document.Frame;
        var profile = _template.Profile;
        var w = _w;
        // A state document's căn cứ print in italics (NĐ 30), a Party document's upright (HD 36).
        w.Open("article", ("class", profile.Variant == FrameVariant.State ? "van-ban nha-nuoc" : "van-ban"), ("lang", "vi")).Line();

        w.Open("div", ("class", "khoi-dau")).Line().Open("div", ("class", "co-quan")).Line();
        if (frame.Bodies.Superior is { } superior) w.Element("p", VietnameseText.Upper(superior.Value), ("class", "cap-tren")).Line();
        w.Element("p", VietnameseText.Upper(frame.Bodies.Issuer.Value), ("class", "ban-hanh")).Line();
        w.Element("p", profile.IssuerSeparator ?? "———", ("class", "sao")).Line();
        w.Element("p", profile.NumberPrefix + frame.Number.Value, ("class", "so"));
        At(frame.Number.Location.Line).Line();
        w.Close("div").Line().Open("div", ("class", "quoc-hieu")).Line().Element("p", profile.NationalLine, ("class", "quoc-hieu-dong")).Line();
        if (profile.Motto is { } motto) w.Element("p", motto, ("class", "tieu-ngu")).Line();
        w.Element("p", $"{frame.Place.Value}, {frame.DateWords}", ("class", "dia-danh"));
        At(frame.Date.Location.Line).Line();
        w.Close("div").Line().Close("div").Line();

        w.Element("h2", VietnameseText.Upper(_template.TitleOf(_document)), ("class", "ten-loai")).Line();
        if (frame.Summary is { } summary) w.Element("p", summary.Value, ("class", "trich-yeu")).Line();
        foreach (var line in frame.Enacting ?? [])
        {
            w.Element("p", line.Value, ("class", "tham-quyen"));
            At(line.Location.Line).Line();
        }
        var bases = FrameLines.Bases(_document, profile.Variant == FrameVariant.State);
        for (var i = 0; i < bases.Count; i++)
        {
            w.Element("p", bases[i], ("class", "can-cu"));
            At(frame.Bases[i].Location.Line).Line();
        }

        foreach (var block in _document.Body) block.Accept(this);
        if (_document.Appendix is { } appendix)
        {
            w.Open("section", ("class", "phu-luc")).Line().Open("h3");
            Runs(appendix.Title.Count > 0 ? appendix.Title : [new TextRun("Phụ lục")]);
            w.Close("h3").Line();
            foreach (var subtitle in appendix.Subtitles) Paragraph(subtitle);
            foreach (var block in appendix.Blocks) block.Accept(this);
            w.Close("section").Line();
        }

        w.Open("div", ("class", "ket-thuc")).Line().Open("div", ("class", "noi-nhan")).Line();
        if (frame.Recipients.Count > 0)
        {
            w.Element("p", "Nơi nhận:", ("class", "nhan")).Line().Open("ul").Line();
            foreach (var line in FrameLines.Recipients(frame)) w.Element("li", line).Line();
            w.Close("ul").Line();
        }
        w.Close("div").Line().Open("div", ("class", "chu-ky")).Line();
        if (frame.Signature is { } sign)
        {
            if (Authorities.Printed(sign.Authority?.Value, profile.Variant, frame.Bodies.Issuer.Value, sign.Position?.Value, _template.Kind.DefaultAuthority) is { } authority)
                foreach (var line in AuthorityForm.Lines(authority))
                    w.Element("p", VietnameseText.Upper(line), ("class", "tham-quyen")).Line();
            if ((sign.Position?.Value ?? _template.Kind.DefaultPosition) is { } position)
                w.Element("p", VietnameseText.Upper(position), ("class", "chuc-vu")).Line();
            w.Element("p", sign.Name.Value, ("class", "ho-ten"));
            At(sign.Name.Location.Line).Line();
        }
        w.Close("div").Line().Close("div").Line().Close("article").Line();
        return w.ToMarkup();
    }

    /// <summary>The diagnostics of a source line not yet shown, as notes at that place.</summary>
    private HtmlWriter At(params int[] lines)
    {
        foreach (var diagnostic in lines.Distinct().SelectMany(l => _byLine[l]))
        {
            if (!_placed.Add(diagnostic)) continue;
            var kind = diagnostic.Severity switch { Severity.Error => "loi", Severity.Warning => "canh-bao", _ => "goi-y" };
            _w.Open("p", ("class", "chan-doan " + kind), ("role", "note")).Element("b", diagnostic.Rule.Id).Text(" " + diagnostic.Message);
            if (diagnostic.Hint is { } hint) _w.Text(" ").Element("i", "(" + hint + ")");
            _w.Text(" ").Open("span", ("class", "dong")).Text("dòng ").Number(diagnostic.Location.Line).Close("span").Close("p");
        }
        return _w;
    }

    /// <summary>The page's h1 names the document and the article's title is h2: section headings start at h3.</summary>
    private static string HeadingTag(int level) => "h" + Math.Clamp(level + 2, 3, 6);

    public HtmlWriter Heading(Heading heading)
    {
        if (!heading.Unnumbered) return NumberedHeading(heading.Level, heading.Content, heading.Location.Line);
        var tag = HeadingTag(heading.Level);
        _w.Open(tag, ("class", $"de-muc muc-{heading.Level} khong-so"));
        Runs(heading.Content, heading.Level == 1 || _numberer.IsCapitalised(heading.Level));
        _w.Close(tag);
        return At(heading.Location.Line).Line();
    }

    private HtmlWriter NumberedHeading(int level, IReadOnlyList<Inline> content, int line)
    {
        _lastHeadingLevel = level;
        var label = _numberer.Next(level);
        if (_numberer.RunsIn(level))
        {
            // An article ("Điều 1. Thành lập …"): a paragraph opened by its label in bold, as the DOCX prints it.
            _w.Open("p", ("class", $"de-muc-doan muc-{level}")).Element("b", label).Text(" ");
            Runs(content, _numberer.IsCapitalised(level));
            _w.Close("p");
            return At(line).Line();
        }
        var tag = HeadingTag(level);
        _w.Open(tag, ("class", $"de-muc muc-{level}")).Text(label + " ");
        Runs(content, _numberer.IsCapitalised(level));
        _w.Close(tag);
        return At(line).Line();
    }

    public HtmlWriter Paragraph(Paragraph paragraph)
    {
        _w.Open("p");
        Runs(paragraph.Content);
        _w.Close("p");
        return At(paragraph.Location.Line).Line();
    }

    public HtmlWriter BulletList(BulletList list) => List(list.Items, "ul", _listDepth == 0 ? "gach" : "cong");

    public HtmlWriter NumberedList(NumberedList list) => List(list.Items, "ol", "so");

    private HtmlWriter List(IReadOnlyList<ListItem> items, string tag, string style)
    {
        _w.Open(tag, ("class", style)).Line();
        _listDepth++;
        foreach (var item in items)
        {
            _w.Open("li");
            foreach (var block in item.Blocks)
            {
                if (block is Paragraph p)
                {
                    Runs(p.Content);
                    At(p.Location.Line);
                }
                else block.Accept(this);
            }
            _w.Close("li").Line();
        }
        _listDepth--;
        return _w.Close(tag).Line();
    }

    public HtmlWriter Table(Table table)
    {
        _w.Open("div", ("class", "bang")).Open("table").Line().Open("thead").Open("tr");
        foreach (var cell in table.Header.Cells)
        {
            _w.Open("th", ("scope", "col"));
            Runs(cell.Content);
            _w.Close("th");
        }
        _w.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var row in table.Rows)
        {
            _w.Open("tr");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var align = c < table.Alignments.Count ? table.Alignments[c] : ColumnAlignment.Unset;
                _w.Open("td", ("class", align switch { ColumnAlignment.Center => "giua", ColumnAlignment.Right => "phai", _ => null }));
                Runs(row.Cells[c].Content);
                _w.Close("td");
            }
            _w.Close("tr").Line();
        }
        _w.Close("tbody").Line().Close("table").Close("div");
        return At(table.Location.Line).Line();
    }

    /// <summary>Each titled group a heading one level below the enclosing one, as in the DOCX; each target on its line, with its notes.</summary>
    public HtmlWriter TargetsPlaceholder(TargetsPlaceholder placeholder)
    {
        var groupLevel = _lastHeadingLevel + 1;
        foreach (var group in _document.TargetGroups)
        {
            if (group.Title is { } title)
            {
                NumberedHeading(groupLevel, [new TextRun(title.Value)], title.Location.Line);
                _lastHeadingLevel = groupLevel - 1;
            }
            _w.Open("ul", ("class", "chi-tieu")).Line();
            foreach (var target in group.Targets)
            {
                _w.Open("li", ("id", target.Id is { } id ? "ct-" + id.Value : null)).Text(target.Sentence.Value);
                if (target.Id is { } shown) _w.Text(" ").Element("span", shown.Value, ("class", "ma"));
                At(target.Location.Line, target.Sentence.Location.Line, target.ValueLocation.Line).Close("li").Line();
            }
            _w.Close("ul").Line();
        }
        return _w;
    }

    public HtmlWriter Chart(Chart chart)
    {
        SvgChart.Write(_w, chart);
        return At(chart.Location.Line).Line();
    }

    /// <summary>Inline text: a line break as br, bold inside italic as the DOCX nests them.</summary>
    private void Runs(IReadOnlyList<Inline> content, bool capitals = false)
    {
        foreach (var inline in content)
        {
            if (inline is LineBreak) { _w.Void("br"); continue; }
            if (inline is not TextRun run) continue;
            if (run.Italic) _w.Open("em");
            if (run.Bold) _w.Open("strong");
            _w.Text(capitals ? VietnameseText.Upper(run.Text) : run.Text);
            if (run.Bold) _w.Close("strong");
            if (run.Italic) _w.Close("em");
        }
    }
}

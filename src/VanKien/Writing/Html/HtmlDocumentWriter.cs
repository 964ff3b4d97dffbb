using System.Text;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Standard;
using VanKien.Templates;
using VanKien.Text;
using static VanKien.Writing.Html.Html;

namespace VanKien.Writing.Html;

/// <summary>
/// A document as an HTML article that follows the standard's look: the two-column header block,
/// the kind's title and summary, căn cứ, the body numbered as the DOCX numbers it, tables, charts
/// as inline SVG, recipients and signature. Each diagnostic is shown at its place (beside the
/// target, block or field on its line) as well as in a list above the article.
/// </summary>
public sealed class HtmlDocumentWriter : IBlockVisitor<string>
{
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

    /// <summary>The article, and the diagnostics of the document that found no place in it (shown in the list only).</summary>
    public static string Write(Document document, ResolvedTemplate template, IReadOnlyList<Diagnostic> diagnostics) =>
        new HtmlDocumentWriter(document, template, diagnostics).Article();

    private string Article()
    {
        var frame = _document.Frame;
        var profile = _template.Profile;
        var s = new StringBuilder();
        s.Append("<article class=\"van-ban\" lang=\"vi\">\n");

        s.Append("<div class=\"khoi-dau\">\n<div class=\"co-quan\">\n");
        if (frame.Bodies.Superior is { } superior) s.Append("<p class=\"cap-tren\">").Append(Encode(VietnameseText.Upper(superior.Value))).Append("</p>\n");
        s.Append("<p class=\"ban-hanh\">").Append(Encode(VietnameseText.Upper(frame.Bodies.Issuer.Value))).Append("</p>\n");
        s.Append("<p class=\"sao\">").Append(Encode(profile.IssuerSeparator ?? "———")).Append("</p>\n");
        s.Append("<p class=\"so\">").Append(Encode(profile.NumberPrefix + frame.Number.Value)).Append("</p>").Append(At(frame.Number.Location.Line)).Append('\n');
        s.Append("</div>\n<div class=\"quoc-hieu\">\n<p class=\"quoc-hieu-dong\">").Append(Encode(profile.NationalLine)).Append("</p>\n");
        if (profile.Motto is { } motto) s.Append("<p class=\"tieu-ngu\">").Append(Encode(motto)).Append("</p>\n");
        s.Append("<p class=\"dia-danh\">").Append(Encode($"{frame.Place.Value}, {VietnameseDate.Long(frame.Date.Value)}")).Append("</p>")
         .Append(At(frame.Date.Location.Line)).Append('\n');
        s.Append("</div>\n</div>\n");

        s.Append("<h2 class=\"ten-loai\">").Append(Encode(VietnameseText.Upper(frame.Title?.Value ?? _document.Kind.Title))).Append("</h2>\n");
        if (frame.Summary is { } summary) s.Append("<p class=\"trich-yeu\">").Append(Encode(summary.Value)).Append("</p>\n");
        foreach (var line in frame.Enacting ?? []) s.Append("<p class=\"tham-quyen\">").Append(Encode(line.Value)).Append("</p>").Append(At(line.Location.Line)).Append('\n');
        foreach (var basis in frame.Bases) s.Append("<p class=\"can-cu\">").Append(Encode(basis.Value)).Append("</p>").Append(At(basis.Location.Line)).Append('\n');

        foreach (var block in _document.Body) s.Append(block.Accept(this));
        if (_document.Appendix is { } appendix)
        {
            s.Append("<section class=\"phu-luc\">\n<h3>").Append(Runs(appendix.Title.Count > 0 ? appendix.Title : [new TextRun("Phụ lục")])).Append("</h3>\n");
            foreach (var subtitle in appendix.Subtitles) s.Append(Paragraph(subtitle));
            foreach (var block in appendix.Blocks) s.Append(block.Accept(this));
            s.Append("</section>\n");
        }

        s.Append("<div class=\"ket-thuc\">\n<div class=\"noi-nhan\">\n");
        if (frame.Recipients.Count > 0)
        {
            s.Append("<p class=\"nhan\">Nơi nhận:</p>\n<ul>\n");
            for (var i = 0; i < frame.Recipients.Count; i++)
                s.Append("<li>").Append(Encode(frame.Recipients[i].Value + (i == frame.Recipients.Count - 1 ? "." : ";"))).Append("</li>\n");
            s.Append("</ul>\n");
        }
        s.Append("</div>\n<div class=\"chu-ky\">\n");
        if (frame.Signature is { } sign)
        {
            var onBehalf = profile.Variant == FrameVariant.Party ? Authorities.OnBehalfOf(frame.Bodies.Issuer.Value) : null;
            if ((sign.Authority?.Value ?? onBehalf ?? _template.Kind.DefaultAuthority) is { } authority)
                s.Append("<p class=\"tham-quyen\">").Append(Encode(VietnameseText.Upper(authority))).Append("</p>\n");
            if ((sign.Position?.Value ?? _template.Kind.DefaultPosition) is { } position)
                s.Append("<p class=\"chuc-vu\">").Append(Encode(VietnameseText.Upper(position))).Append("</p>\n");
            s.Append("<p class=\"ho-ten\">").Append(Encode(sign.Name.Value)).Append("</p>").Append(At(sign.Name.Location.Line)).Append('\n');
        }
        s.Append("</div>\n</div>\n</article>\n");
        return s.ToString();
    }

    /// <summary>The diagnostics of a source line not yet shown, as notes at that place.</summary>
    private string At(params int[] lines)
    {
        var s = new StringBuilder();
        foreach (var diagnostic in lines.Distinct().SelectMany(l => _byLine[l]))
        {
            if (!_placed.Add(diagnostic)) continue;
            var kind = diagnostic.Severity switch { Severity.Error => "loi", Severity.Warning => "canh-bao", _ => "goi-y" };
            s.Append("<p class=\"chan-doan ").Append(kind).Append("\" role=\"note\"><b>").Append(Encode(diagnostic.Rule.Id)).Append("</b> ")
             .Append(Encode(diagnostic.Message)).Append(diagnostic.Hint is { } hint ? " <i>(" + Encode(hint) + ")</i>" : "")
             .Append(" <span class=\"dong\">dòng ").Append(diagnostic.Location.Line).Append("</span></p>");
        }
        return s.ToString();
    }

    public string Heading(Heading heading) => heading.Unnumbered
        ? $"<h{Math.Clamp(heading.Level + 2, 3, 6)} class=\"de-muc muc-{heading.Level} khong-so\">{Runs(heading.Content, heading.Level == 1 || _numberer.IsCapitalised(heading.Level))}</h{Math.Clamp(heading.Level + 2, 3, 6)}>{At(heading.Location.Line)}\n"
        : HeadingHtml(heading.Level, heading.Content, heading.Location.Line);

    private string HeadingHtml(int level, IReadOnlyList<Inline> content, int line)
    {
        _lastHeadingLevel = level;
        var label = _numberer.Next(level);
        var capitals = _numberer.IsCapitalised(level);
        // The page's h1 names the document and the article's title is h2: section headings start at h3.
        var tag = $"h{Math.Clamp(level + 2, 3, 6)}";
        var text = Runs(content, capitals);
        return $"<{tag} class=\"de-muc muc-{level}\">{Encode(label)} {text}</{tag}>{At(line)}\n";
    }

    public string Paragraph(Paragraph paragraph) => $"<p>{Runs(paragraph.Content)}</p>{At(paragraph.Location.Line)}\n";

    public string BulletList(BulletList list) => List(list.Items, "ul", _listDepth == 0 ? "gach" : "cong");

    public string NumberedList(NumberedList list) => List(list.Items, "ol", "so");

    private string List(IReadOnlyList<ListItem> items, string tag, string style)
    {
        var s = new StringBuilder($"<{tag} class=\"{style}\">\n");
        _listDepth++;
        foreach (var item in items)
        {
            s.Append("<li>");
            foreach (var block in item.Blocks)
                s.Append(block is Paragraph p ? Runs(p.Content) + At(p.Location.Line) : block.Accept(this));
            s.Append("</li>\n");
        }
        _listDepth--;
        return s.Append($"</{tag}>\n").ToString();
    }

    public string Table(Table table)
    {
        var s = new StringBuilder("<div class=\"bang\"><table>\n<thead><tr>");
        foreach (var cell in table.Header.Cells) s.Append("<th scope=\"col\">").Append(Runs(cell.Content)).Append("</th>");
        s.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            s.Append("<tr>");
            for (var c = 0; c < row.Cells.Count; c++)
            {
                var align = c < table.Alignments.Count ? table.Alignments[c] : ColumnAlignment.Unset;
                s.Append(align switch { ColumnAlignment.Center => "<td class=\"giua\">", ColumnAlignment.Right => "<td class=\"phai\">", _ => "<td>" })
                 .Append(Runs(row.Cells[c].Content)).Append("</td>");
            }
            s.Append("</tr>\n");
        }
        return s.Append("</tbody>\n</table></div>").Append(At(table.Location.Line)).Append('\n').ToString();
    }

    /// <summary>Each titled group a heading one level below the enclosing one, as in the DOCX; each target on its line, with its notes.</summary>
    public string TargetsPlaceholder(TargetsPlaceholder placeholder)
    {
        var s = new StringBuilder();
        var groupLevel = _lastHeadingLevel + 1;
        foreach (var group in _document.TargetGroups)
        {
            if (group.Title is { } title)
            {
                s.Append(HeadingHtml(groupLevel, [new TextRun(title.Value)], title.Location.Line));
                _lastHeadingLevel = groupLevel - 1;
            }
            s.Append("<ul class=\"chi-tieu\">\n");
            foreach (var target in group.Targets)
            {
                s.Append("<li");
                if (target.Id is { } id) s.Append(" id=").Append(Attribute("ct-" + id.Value));
                s.Append('>').Append(Encode(target.Sentence.Value));
                if (target.Id is { } shown) s.Append(" <span class=\"ma\">").Append(Encode(shown.Value)).Append("</span>");
                s.Append(At(target.Location.Line, target.Sentence.Location.Line, target.ValueLocation.Line)).Append("</li>\n");
            }
            s.Append("</ul>\n");
        }
        return s.ToString();
    }

    public string Chart(Chart chart) => SvgChart.Write(chart) + At(chart.Location.Line) + "\n";

    private static string Runs(IReadOnlyList<Inline> content, bool capitals = false)
    {
        var s = new StringBuilder();
        foreach (var inline in content)
        {
            if (inline is LineBreak) { s.Append("<br>"); continue; }
            if (inline is not TextRun run) continue;
            var text = Encode(capitals ? VietnameseText.Upper(run.Text) : run.Text);
            if (run.Bold) text = $"<strong>{text}</strong>";
            if (run.Italic) text = $"<em>{text}</em>";
            s.Append(text);
        }
        return s.ToString();
    }
}

using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Printing;
using VanKien.Standard;
using VanKien.Templates;

namespace VanKien.Writing.Html;

/// <summary>
/// The printed document (<see cref="Printer"/>) as an HTML article with the standard's look: the
/// header block in its two rows of two columns, the kind's title and summary, căn cứ, the body as the
/// DOCX prints it (numbers, capitals, markers and punctuation are the printer's), tables, charts as
/// inline SVG, recipients and signature side by side. The article's lines are the DOCX's lines.
/// Each diagnostic is shown at its place (after the line that came from its source line) as well as
/// in a list above the article; a target's id is shown beside it, marked as a note, not as text.
/// Every element is written through one <see cref="HtmlWriter"/>, so no field of a source can become markup.
/// </summary>
public sealed class HtmlDocumentWriter
{
    private readonly HtmlWriter _w = new();
    private readonly ILookup<int, Diagnostic> _byLine;
    private readonly HashSet<Diagnostic> _placed = [];

    private HtmlDocumentWriter(Document document, IReadOnlyList<Diagnostic> diagnostics)
    {
        _byLine = diagnostics.Where(d => d.Location.File.Length > 0 && Path.GetFullPath(d.Location.File) == Path.GetFullPath(document.SourcePath))
            .ToLookup(d => d.Location.Line);
    }

    /// <summary>The article, with each diagnostic of the document at its place (those with no place are shown in the list only).</summary>
    public static Markup Write(Document document, ResolvedTemplate template, IReadOnlyList<Diagnostic> diagnostics) =>
        new HtmlDocumentWriter(document, diagnostics).Article(Printer.Print(document, template));

    private Markup Article(PrintedDocument printed)
    {
        var w = _w;
        // A state document's căn cứ print in italics (NĐ 30), a Party document's upright (HD 36).
        w.Open("article", ("class", printed.Variant == FrameVariant.State ? "van-ban nha-nuoc" : "van-ban"), ("lang", "vi")).Line();
        if (printed.Draft is { } draft) Paragraph(draft);
        Columns(printed.Header, "khoi-dau");
        w.Open("h2", ("class", "ten-loai"));
        Runs(printed.KindTitle.Runs);
        w.Close("h2").Line();
        if (printed.Summary is { } summary) Paragraph(summary);
        foreach (var block in printed.Text) Block(block);
        Columns(printed.Closing, "ket-thuc");
        if (printed.Appendix is { } appendix)
        {
            w.Open("section", ("class", "phu-luc")).Line();
            foreach (var block in appendix) Block(block);
            w.Close("section").Line();
        }
        w.Close("article").Line();
        return w.ToMarkup();
    }

    /// <summary>Two columns a row: the header block's rows (bodies | national line, number | place and date), the closing's one.</summary>
    private void Columns(PrintedColumns columns, string kind)
    {
        _w.Open("div", ("class", kind)).Line();
        foreach (var row in columns.Rows)
        {
            _w.Open("div", ("class", "hang")).Line();
            foreach (var (cell, side) in new[] { (row.Left, "trai"), (row.Right, "phai") })
            {
                _w.Open("div", ("class", "o " + side)).Line();
                foreach (var line in cell) Paragraph(line);
                _w.Close("div").Line();
            }
            _w.Close("div").Line();
        }
        _w.Close("div").Line();
    }

    private void Block(PrintedBlock block)
    {
        switch (block)
        {
            case PrintedParagraph paragraph:
                Paragraph(paragraph);
                break;
            case PrintedTable table:
                Table(table);
                break;
            case PrintedChart chart:
                SvgChart.Write(_w, chart.Chart);
                At(chart.Chart.Location.Line).Line();
                break;
        }
    }

    /// <summary>The page's h1 names the document and the article's title is h2: section headings start at h3.</summary>
    private static string HeadingTag(int level) => "h" + Math.Clamp(level + 2, 3, 6);

    private void Paragraph(PrintedParagraph paragraph)
    {
        var (tag, style) = paragraph.Role switch
        {
            PrintedRole.Heading => (HeadingTag(paragraph.Level), $"de-muc muc-{paragraph.Level}"),
            PrintedRole.UnnumberedHeading => (HeadingTag(paragraph.Level), $"de-muc muc-{paragraph.Level} khong-so"),
            PrintedRole.PartTitle => (HeadingTag(paragraph.Level), "de-muc phan"),
            PrintedRole.RunInHeading => ("p", $"de-muc-doan muc-{paragraph.Level}"),
            _ => ("p", ClassOf(paragraph.Role)),
        };
        _w.Open(tag, ("class", style), ("id", paragraph.Anchor is { } anchor ? "ct-" + anchor : null));
        Runs(paragraph.Runs);
        if (paragraph.Anchor is { } id) _w.Text(" ").Element("span", id, ("class", "ma chu-thich"));
        _w.Close(tag);
        At([.. paragraph.Sources.Select(s => s.Line)]).Line();
    }

    private static string? ClassOf(PrintedRole role) => role switch
    {
        PrintedRole.Draft => "du-thao",
        PrintedRole.SuperiorBody => "cap-tren",
        PrintedRole.IssuingBody => "ban-hanh",
        PrintedRole.IssuerSeparator => "sao",
        PrintedRole.NationalLine => "quoc-hieu-dong",
        PrintedRole.Motto => "tieu-ngu",
        PrintedRole.Number => "so",
        PrintedRole.PlaceDate => "dia-danh",
        PrintedRole.Summary => "trich-yeu",
        PrintedRole.Enacting => "tham-quyen-ban-hanh",
        PrintedRole.Basis => "can-cu",
        PrintedRole.PartNumber => "so-phan",
        PrintedRole.Target => "chi-tieu",
        PrintedRole.RecipientsLabel => "nhan",
        PrintedRole.Recipient => "noi-nhan",
        PrintedRole.Authority => "tham-quyen",
        PrintedRole.Position => "chuc-vu",
        PrintedRole.SignatureRoom => "cho-ky",
        PrintedRole.SignerName => "ho-ten",
        PrintedRole.AppendixLabel or PrintedRole.AppendixTitle or PrintedRole.AppendixSubtitle => "ten-phu-luc",
        PrintedRole.AppendixNote => "kem-theo",
        _ => null,
    };

    private void Table(PrintedTable printed)
    {
        var table = printed.Table;
        var rows = printed.Rows().ToList();
        _w.Open("div", ("class", "bang")).Open("table").Line().Open("thead").Open("tr");
        foreach (var cell in rows[0])
        {
            _w.Open("th", ("scope", "col"));
            Cell(cell);
            _w.Close("th");
        }
        _w.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var row in rows.Skip(1))
        {
            _w.Open("tr");
            for (var c = 0; c < row.Count; c++)
            {
                var align = c < table.Alignments.Count ? table.Alignments[c] : ColumnAlignment.Unset;
                _w.Open("td", ("class", align switch { ColumnAlignment.Center => "giua", ColumnAlignment.Right => "phai", _ => null }));
                Cell(row[c]);
                _w.Close("td");
            }
            _w.Close("tr").Line();
        }
        _w.Close("tbody").Line().Close("table").Close("div");
        At(table.Location.Line).Line();

        void Cell(IReadOnlyList<IReadOnlyList<Inline>> paragraphs)
        {
            foreach (var (paragraph, i) in paragraphs.Select((p, i) => (p, i)))
            {
                if (i > 0) _w.Void("br");
                Runs(BodyPrinter.Runs(paragraph, table.Location));
            }
        }
    }

    /// <summary>Printed runs: a break as br, bold inside italic as the DOCX nests them, groups that must not part held by no-break spaces as in the DOCX.</summary>
    private void Runs(IReadOnlyList<PrintedRun> runs)
    {
        foreach (var run in runs)
        {
            if (run.IsBreak) { _w.Void("br"); continue; }
            if (run.Italic) _w.Open("em");
            if (run.Bold) _w.Open("strong");
            _w.Text(Text.NoBreakGroups.Apply(run.Text));
            if (run.Bold) _w.Close("strong");
            if (run.Italic) _w.Close("em");
        }
    }

    /// <summary>The diagnostics of source lines not yet shown, as notes at that place.</summary>
    private HtmlWriter At(params int[] lines)
    {
        foreach (var diagnostic in lines.Distinct().SelectMany(l => _byLine[l]))
        {
            if (!_placed.Add(diagnostic)) continue;
            var kind = diagnostic.Severity switch { Severity.Error => "loi", Severity.Warning => "canh-bao", _ => "goi-y" };
            _w.Open("p", ("class", "chan-doan chu-thich " + kind), ("role", "note")).Element("b", diagnostic.Rule.Id).Text(" " + diagnostic.Message);
            if (diagnostic.Hint is { } hint) _w.Text(" ").Element("i", "(" + hint + ")");
            _w.Text(" ").Open("span", ("class", "dong")).Text("dòng ").Number(diagnostic.Location.Line).Close("span").Close("p");
        }
        return _w;
    }
}

using System.IO.Compression;
using System.Text;
using System.Xml.Linq;
using VanKien.Model;
using VanKien.Text;

namespace VanKien.Diffing;

/// <summary>
/// A document as plain lines for <c>git diff</c> (through <c>vankien textconv</c>): a source's frame,
/// targets with their values, and body; or a built DOCX's paragraphs and table rows.
/// </summary>
public static class ReadableText
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static string FromDocument(Document document)
    {
        var text = new StringBuilder();
        var frame = document.Frame;
        text.AppendLine($"{document.Kind.Title} số {frame.Number.Value}, {frame.Place.Value}, {frame.DateWords}");
        text.AppendLine($"{frame.Bodies.Superior?.Value} / {frame.Bodies.Issuer.Value}".Trim(' ', '/'));
        if (frame.Summary is { } summary) text.AppendLine($"Trích yếu: {summary.Value}");
        if (frame.Term is { } term) text.AppendLine($"Nhiệm kỳ: {term.Value}");
        if (frame.ParentPath is { } parent) text.AppendLine($"Thực hiện: {parent.Value}");
        foreach (var basis in frame.Bases) text.AppendLine($"Căn cứ: {basis.Value}");
        foreach (var group in document.TargetGroups)
        {
            text.AppendLine($"Chỉ tiêu — {group.Title?.Value ?? "(không tên nhóm)"}");
            foreach (var target in group.Targets)
            {
                var value = target.Value is null ? "" : $" [{target.Value}{(target.ValueInferred ? ", suy từ câu" : "")}]";
                var link = target.Parent is null ? "" : $" ← {target.Parent.Value} ({target.Relation.Key()})";
                text.AppendLine($"  {target.Id?.Value ?? "-"}: {target.Sentence.Value}{value}{link}");
            }
        }
        foreach (var line in ProseLines(document)) text.AppendLine(line);
        foreach (var recipient in frame.Recipients) text.AppendLine($"Nơi nhận: {recipient.Value}");
        if (frame.Signature is { } sign)
            text.AppendLine($"Ký: {sign.Authority?.Value} / {sign.Position?.Value} / {sign.Name.Value}".Replace("/  /", "/"));
        return text.ToString();
    }

    /// <summary>The text of a DOCX that is trusted (built here, in a test); throws on a damaged one.</summary>
    public static string FromDocx(byte[] docx)
    {
        var diagnostics = new Diagnostics.DiagnosticBag();
        return FromDocx("docx", docx, diagnostics) ?? throw new InvalidDataException(diagnostics.Items.FirstOrDefault()?.Message ?? "không phải tệp DOCX");
    }

    /// <summary>
    /// The text of any DOCX, through the same gate as import (entry count, sizes, ratio, no DTD): a zip
    /// bomb under `git log -p`, where textconv runs, is refused, not inflated. Null, with a diagnostic, on refusal.
    /// </summary>
    public static string? FromDocx(string path, byte[] docx, Diagnostics.DiagnosticBag diagnostics)
    {
        using var package = Reading.DocxPackage.Open(path, docx, diagnostics);
        if (package is null) return null;
        System.Xml.XmlDocument? xml;
        try
        {
            xml = package.Part("word/document.xml");
        }
        catch (Reading.DocxPackage.Refused refused)
        {
            diagnostics.Add(refused.Diagnostic);
            return null;
        }
        if (xml is null) return null;
        var body = XDocument.Load(new System.Xml.XmlNodeReader(xml)).Root?.Element(W + "body");
        var text = new StringBuilder();
        foreach (var block in body?.Elements() ?? [])
        {
            if (block.Name == W + "p") AppendLine(text, Paragraph(block));
            else if (block.Name == W + "tbl")
                foreach (var row in block.Elements(W + "tr"))
                    AppendLine(text, string.Join(" | ", row.Elements(W + "tc").Select(c => string.Join(" / ", c.Elements(W + "p").Select(Paragraph).Where(p => p.Length > 0)))));
        }
        return text.ToString();
    }

    private static void AppendLine(StringBuilder text, string line)
    {
        if (line.Trim().Length > 0) text.AppendLine(line);
    }

    /// <summary>Accepted text of a paragraph: inserted runs count, deleted ones do not.</summary>
    private static string Paragraph(XElement paragraph) =>
        string.Concat(paragraph.Descendants().Where(e => e.Name == W + "t" || e.Name == W + "br" || e.Name == W + "tab")
            .Select(e => e.Name == W + "t" ? NoBreakGroups.AsSpaces(e.Value) : e.Name == W + "tab" ? "\t" : " "));

    private static IEnumerable<string> ProseLines(Document document)
    {
        foreach (var line in ProseView.Of(document.Body, "")) yield return line;
        if (document.Appendix is { } appendix)
        {
            yield return "Phụ lục: " + Text(appendix.Title);
            foreach (var line in ProseView.Of(appendix.Subtitles.Concat(appendix.Blocks), "")) yield return line;
        }
    }

    /// <summary>The lines of each kind of block, a paragraph starting with its list marker.</summary>
    private sealed class ProseView(string marker) : IBlockVisitor<IEnumerable<string>>
    {
        public static IEnumerable<string> Of(IEnumerable<Block> blocks, string marker) => blocks.SelectMany(b => b.Accept(new ProseView(marker)));

        public IEnumerable<string> Heading(Heading heading) => [new string('#', heading.Level) + " " + Text(heading.Content)];

        public IEnumerable<string> Paragraph(Paragraph paragraph) => [marker + Text(paragraph.Content)];

        public IEnumerable<string> BulletList(BulletList list) => list.Items.SelectMany(i => Of(i.Blocks, "- "));

        public IEnumerable<string> NumberedList(NumberedList list) => list.Items.SelectMany(i => Of(i.Blocks, "1. "));

        public IEnumerable<string> Table(Table table) =>
            table.Rows.Prepend(table.Header).Select(r => "| " + string.Join(" | ", r.Cells.Select(c => Text(c.Content))) + " |");

        public IEnumerable<string> TargetsPlaceholder(TargetsPlaceholder placeholder) => ["(chỉ tiêu)"];

        public IEnumerable<string> Chart(Chart chart) => ChartText.Lines(chart);
    }

    private static string Text(IEnumerable<Inline> inlines) => string.Concat(inlines.Select(i => i is TextRun r ? r.Text : " "));
}

using System.Text;
using VanKien.Model;
using VanKien.Text;

namespace VanKien.Diffing;

/// <summary>
/// A document as plain lines for <c>git diff</c> (through <c>vankien textconv</c>): a source's frame,
/// targets with their values, and body; or a built DOCX's paragraphs and table rows.
/// </summary>
public static class ReadableText
{
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
    public static string FromDocx(byte[] docx) => Reading.DocxText.Of(docx);

    /// <summary>The text of any DOCX, refused as import refuses it (<see cref="Reading.DocxText"/>): null, with a diagnostic.</summary>
    public static string? FromDocx(string path, byte[] docx, Diagnostics.DiagnosticBag diagnostics) => Reading.DocxText.Of(path, docx, diagnostics);

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

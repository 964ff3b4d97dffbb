using System.Text;
using System.Xml;
using VanKien.Diagnostics;
using VanKien.Reading;
using VanKien.Standard;

namespace VanKien.Importing;

/// <summary>
/// Reads a DOCX body into <see cref="SourceLine"/>s: one per paragraph, one per row of a data table.
/// Tables that only lay out the frame (header block, signature block) are read cell by cell as
/// paragraphs. Styles give hints: VanKien's own named styles mark every part of the frame, Word's
/// "heading N" marks headings. Runs in a .Vn or VNI- font are decoded to Unicode.
/// </summary>
public static class DocxLineReader
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static readonly Dictionary<string, LineHint> VanKienStyles = new(StringComparer.Ordinal)
    {
        [StyleIds.NationalLine] = LineHint.NationalLine,
        [StyleIds.Motto] = LineHint.Motto,
        [StyleIds.SuperiorBody] = LineHint.SuperiorBody,
        [StyleIds.IssuingBody] = LineHint.IssuingBody,
        [StyleIds.IssuerSeparator] = LineHint.Ornament,
        [StyleIds.Number] = LineHint.Number,
        [StyleIds.PlaceDate] = LineHint.PlaceDate,
        [StyleIds.KindTitle] = LineHint.KindTitle,
        [StyleIds.Summary] = LineHint.Summary,
        [StyleIds.Basis] = LineHint.Basis,
        [StyleIds.PartNumber] = LineHint.PartNumber,
        [StyleIds.PartTitle] = LineHint.PartTitle,
        [StyleIds.RecipientsLabel] = LineHint.RecipientsLabel,
        [StyleIds.Recipient] = LineHint.Recipient,
        [StyleIds.Authority] = LineHint.Authority,
        [StyleIds.Position] = LineHint.Position,
        [StyleIds.SignerName] = LineHint.SignerName,
        [StyleIds.Signature] = LineHint.Ornament,
        [StyleIds.Block] = LineHint.Ornament,
        [StyleIds.AppendixNote] = LineHint.AppendixNote,
        [StyleIds.PageNumber] = LineHint.Ornament,
    };

    private sealed record Style(string? Name, string? BasedOn, string? Font);

    public sealed record Result(IReadOnlyList<SourceLine> Lines, int LegacyRuns);

    /// <summary>Throws <see cref="DocxPackage.Refused"/> when a part is refused.</summary>
    public static Result Read(string path, DocxPackage package)
    {
        var document = package.Part("word/document.xml")!;
        var styles = ReadStyles(package.Part("word/styles.xml"), out var defaultFont);
        var ns = new XmlNamespaceManager(document.NameTable);
        ns.AddNamespace("w", W);
        var body = document.SelectSingleNode("/w:document/w:body", ns);
        var lines = new List<SourceLine>();
        var legacyRuns = 0;
        var paragraphNumber = 0;
        var tableNumber = 0;
        if (body is null) return new Result(lines, 0);

        foreach (XmlNode block in body.ChildNodes)
        {
            if (block.NamespaceURI != W) continue;
            if (block.LocalName == "p")
            {
                paragraphNumber++;
                if (Paragraph(block, paragraphNumber) is { } line) lines.Add(line);
            }
            else if (block.LocalName == "tbl")
            {
                tableNumber++;
                ReadTable(block, tableNumber);
            }
            else if (block.LocalName == "sdt")
            {
                foreach (XmlNode p in block.SelectNodes(".//w:p", ns)!)
                {
                    paragraphNumber++;
                    if (Paragraph(p, paragraphNumber) is { } line) lines.Add(line);
                }
            }
        }
        return new Result(lines, legacyRuns);

        void ReadTable(XmlNode table, int number)
        {
            var rows = table.SelectNodes("w:tr", ns)!.Cast<XmlNode>()
                .Select(row => row.SelectNodes("w:tc", ns)!.Cast<XmlNode>()
                    .Select(cell => cell.SelectNodes(".//w:p", ns)!.Cast<XmlNode>().Select(p => Paragraph(p, ++paragraphNumber)).OfType<SourceLine>().ToList())
                    .ToList())
                .ToList();
            var paragraphs = rows.SelectMany(r => r.SelectMany(c => c)).ToList();
            if (IsLayout(paragraphs))
            {
                foreach (var row in rows)
                    foreach (var cell in row)
                        lines.AddRange(cell);
                return;
            }
            foreach (var row in rows.Where(r => r.Count > 0))
            {
                var first = row.SelectMany(c => c).FirstOrDefault();
                var location = first?.Location ?? new SourceLocation(path, paragraphNumber, 1);
                var cells = row.Select(c => string.Join(" ", c.Select(p => p.Text).Where(t => t.Length > 0))).ToList();
                lines.Add(new SourceLine(string.Join(" | ", cells), location) { Cells = cells, Table = number });
            }
        }

        SourceLine? Paragraph(XmlNode paragraph, int number)
        {
            WorkBudget.Check();
            var styleId = paragraph.SelectSingleNode("w:pPr/w:pStyle/@w:val", ns)?.Value;
            var style = styleId is not null && styles.TryGetValue(styleId, out var s) ? s : null;
            var paragraphFont = FontOf(styleId);
            var text = new StringBuilder();
            foreach (XmlNode node in paragraph.SelectNodes(".//w:r[not(ancestor::w:del)]", ns)!)
            {
                var font = node.SelectSingleNode("w:rPr/w:rFonts/@w:ascii", ns)?.Value
                    ?? node.SelectSingleNode("w:rPr/w:rFonts/@w:hAnsi", ns)?.Value
                    ?? FontOf(node.SelectSingleNode("w:rPr/w:rStyle/@w:val", ns)?.Value)
                    ?? paragraphFont ?? defaultFont;
                var kind = LegacyEncoding.OfFont(font);
                var run = new StringBuilder();
                foreach (XmlNode part in node.ChildNodes)
                {
                    if (part.NamespaceURI != W) continue;
                    if (part.LocalName == "t") run.Append(Text.NoBreakGroups.AsSpaces(part.InnerText));
                    else if (part.LocalName is "tab" or "br" or "cr") run.Append(' ');
                    else if (part.LocalName == "noBreakHyphen") run.Append('-');
                }
                if (run.Length == 0) continue;
                if (kind != LegacyEncoding.Kind.None) legacyRuns++;
                text.Append(LegacyEncoding.Decode(run.ToString(), kind));
            }
            var value = Text.VietnameseText.Nfc(text.ToString()).Trim();
            var location = new SourceLocation(path, number, 1);
            var (hint, level) = HintOf(styleId, style?.Name);
            if (value.Length == 0 && hint != LineHint.Ornament) return null;
            return new SourceLine(value, location, hint, level);
        }

        string? FontOf(string? styleId)
        {
            for (var hops = 0; styleId is not null && hops < 16 && styles.TryGetValue(styleId, out var style); hops++)
            {
                if (style.Font is not null) return style.Font;
                styleId = style.BasedOn;
            }
            return null;
        }
    }

    /// <summary>A table that holds the national line, the number, the recipients or the authority lays the frame out.</summary>
    private static bool IsLayout(IReadOnlyList<SourceLine> paragraphs) =>
        paragraphs.Any(p => p.Hint is not (LineHint.None or LineHint.Heading or LineHint.Ornament)) ||
        paragraphs.Any(p => FramePatterns.IsFrameLine(p.Text));

    private static (LineHint, int) HintOf(string? styleId, string? styleName)
    {
        if (styleId is not null && VanKienStyles.TryGetValue(styleId, out var hint)) return (hint, 0);
        foreach (var name in new[] { styleId, styleName })
        {
            if (name is null) continue;
            var squashed = name.Replace(" ", "", StringComparison.Ordinal);
            if (squashed.StartsWith("heading", StringComparison.OrdinalIgnoreCase) &&
                int.TryParse(squashed.AsSpan("heading".Length), out var level) && level is >= 1 and <= 9)
                return (LineHint.Heading, level);
        }
        return (LineHint.None, 0);
    }

    private static Dictionary<string, Style> ReadStyles(XmlDocument? styles, out string? defaultFont)
    {
        var result = new Dictionary<string, Style>(StringComparer.Ordinal);
        defaultFont = null;
        if (styles is null) return result;
        var ns = new XmlNamespaceManager(styles.NameTable);
        ns.AddNamespace("w", W);
        defaultFont = styles.SelectSingleNode("/w:styles/w:docDefaults/w:rPrDefault/w:rPr/w:rFonts/@w:ascii", ns)?.Value;
        foreach (XmlNode style in styles.SelectNodes("/w:styles/w:style", ns)!)
        {
            var id = style.Attributes?["styleId", W]?.Value;
            if (id is null) continue;
            result[id] = new Style(
                style.SelectSingleNode("w:name/@w:val", ns)?.Value,
                style.SelectSingleNode("w:basedOn/@w:val", ns)?.Value,
                style.SelectSingleNode("w:rPr/w:rFonts/@w:ascii", ns)?.Value ?? style.SelectSingleNode("w:rPr/w:rFonts/@w:hAnsi", ns)?.Value);
        }
        return result;
    }
}

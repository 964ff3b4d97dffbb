using System.Text;
using System.Xml;
using VanKien.Diagnostics;
using VanKien.Reading;

namespace VanKien.Reviewing;

/// <summary>A reviewer's change inside one paragraph: at <see cref="Offset"/> of the paragraph's original text, <see cref="Deleted"/> replaced by <see cref="Inserted"/>.</summary>
public sealed record ReviewEdit(int Paragraph, int Offset, string Deleted, string Inserted, string Author);

/// <summary>A reviewer's comment on the original text <see cref="Anchor"/> of a paragraph.</summary>
public sealed record ReviewComment(int Paragraph, int Offset, string Anchor, string Text, string Author);

/// <summary>Where a paragraph stands in a table: the table's, the row's and the cell's index, and whether the reviewer inserted the row.</summary>
public sealed record TableCell(int Table, int Row, int Column, bool RowInserted);

/// <summary>
/// What a reviewer did to a DOCX, read from its tracked changes and comments: each paragraph's text
/// as it was (changes rejected) and as it would be (changes accepted), the edits between them, the
/// comments with the text they are on, and the provenance VanKien wrote at build time. Word's and
/// LibreOffice's markup both read: a change may be split over runs, with or without rsids; adjacent
/// deletions and insertions at one place are one replacement.
/// </summary>
public sealed class ReviewedDocx
{
    private const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public IReadOnlyDictionary<string, string> Properties { get; private init; } = new Dictionary<string, string>();
    public IReadOnlyList<string> Original { get; private init; } = [];
    public IReadOnlyList<string> Accepted { get; private init; } = [];
    public IReadOnlyList<ReviewEdit> Edits { get; private init; } = [];
    public IReadOnlyList<ReviewComment> Comments { get; private init; } = [];
    /// <summary>For each paragraph, its cell when it stands in a table (null elsewhere).</summary>
    public IReadOnlyList<TableCell?> Cells { get; private init; } = [];
    /// <summary>For each paragraph, whether the reviewer deleted its mark: accepted, it runs on into the next.</summary>
    public IReadOnlyList<bool> MarkDeleted { get; private init; } = [];

    /// <summary>The DOCX through the import's package gate (sizes, entry count, ratio, no DTD); null when refused (said in the bag).</summary>
    public static ReviewedDocx? Read(string path, byte[] bytes, DiagnosticBag diagnostics, DocxPackage.Limits? limits = null)
    {
        using var package = DocxPackage.Open(path, bytes, diagnostics, limits);
        if (package is null) return null;
        try
        {
            var document = package.Part("word/document.xml")!;
            var comments = package.Part("word/comments.xml");
            var custom = package.Part("docProps/custom.xml");
            return Parse(document, comments, custom);
        }
        catch (DocxPackage.Refused refused)
        {
            diagnostics.Add(refused.Diagnostic);
            return null;
        }
    }

    private static ReviewedDocx Parse(XmlDocument document, XmlDocument? commentsPart, XmlDocument? custom)
    {
        var properties = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (XmlElement property in custom?.GetElementsByTagName("property", "http://schemas.openxmlformats.org/officeDocument/2006/custom-properties") ?? (XmlNodeList)new XmlDocument().ChildNodes)
            properties[property.GetAttribute("name")] = property.InnerText;

        var commentTexts = new Dictionary<string, (string Author, string Text)>(StringComparer.Ordinal);
        foreach (XmlElement comment in commentsPart?.GetElementsByTagName("comment", W) ?? (XmlNodeList)new XmlDocument().ChildNodes)
            commentTexts[comment.GetAttribute("id", W)] = (comment.GetAttribute("author", W), string.Join(" ", comment.GetElementsByTagName("t", W).Cast<XmlElement>().Select(t => t.InnerText)).Trim());

        var original = new List<string>();
        var accepted = new List<string>();
        var edits = new List<ReviewEdit>();
        var comments = new List<ReviewComment>();
        var cells = new List<TableCell?>();
        var marks = new List<bool>();
        var tables = new Dictionary<XmlNode, int>();
        foreach (XmlElement paragraph in document.GetElementsByTagName("p", W))
        {
            var index = original.Count;
            cells.Add(CellOf(paragraph, tables));
            marks.Add(paragraph.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "pPr" && e.NamespaceURI == W) is { } paragraphProperties &&
                paragraphProperties.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "rPr" && e.NamespaceURI == W) is { } mark &&
                mark.ChildNodes.OfType<XmlElement>().Any(e => e.LocalName is "del" or "moveFrom" && e.NamespaceURI == W));
            var before = new StringBuilder();
            var after = new StringBuilder();
            var open = new Dictionary<string, (int Offset, StringBuilder Anchor)>(StringComparer.Ordinal);
            ReviewEdit? pending = null;
            void Flush()
            {
                if (pending is not null && (pending.Deleted.Length > 0 || pending.Inserted.Length > 0)) edits.Add(pending);
                pending = null;
            }
            void Walk(XmlNode node, string? change, string author)
            {
                foreach (XmlNode child in node.ChildNodes)
                {
                    if (child is not XmlElement element || element.NamespaceURI != W) continue;
                    switch (element.LocalName)
                    {
                        case "p":
                            break; // a nested paragraph (a text box) is its own
                        case "ins" or "del" or "moveFrom" or "moveTo":
                            Walk(element, element.LocalName is "ins" or "moveTo" ? "ins" : "del", element.GetAttribute("author", W));
                            break;
                        case "commentRangeStart":
                            open[element.GetAttribute("id", W)] = (before.Length, new StringBuilder());
                            break;
                        case "commentRangeEnd":
                            var id = element.GetAttribute("id", W);
                            if (open.Remove(id, out var range) && commentTexts.TryGetValue(id, out var said))
                                comments.Add(new ReviewComment(index, range.Offset, range.Anchor.ToString(), said.Text, said.Author));
                            break;
                        case "t" or "delText" or "tab" or "br":
                            var text = element.LocalName switch { "tab" => "\t", "br" => " ", _ => element.InnerText };
                            if (change is null)
                            {
                                Flush();
                                before.Append(text);
                                after.Append(text);
                                foreach (var anchor in open.Values) anchor.Anchor.Append(text);
                            }
                            else
                            {
                                if (pending is null || pending.Offset + pending.Deleted.Length != before.Length && change == "del")
                                {
                                    Flush();
                                    pending = new ReviewEdit(index, before.Length, "", "", author);
                                }
                                if (change == "del")
                                {
                                    pending = pending with { Deleted = pending.Deleted + text };
                                    before.Append(text);
                                    foreach (var anchor in open.Values) anchor.Anchor.Append(text);
                                }
                                else
                                {
                                    pending = pending with { Inserted = pending.Inserted + text };
                                    after.Append(text);
                                }
                            }
                            break;
                        case "pPr" or "rPr" or "sectPr" or "instrText":
                            break;
                        default:
                            Walk(element, change, author);
                            break;
                    }
                }
            }
            Walk(paragraph, null, "");
            Flush();
            original.Add(before.ToString());
            accepted.Add(after.ToString());
        }
        return new ReviewedDocx { Properties = properties, Original = original, Accepted = accepted, Edits = edits, Comments = comments, Cells = cells, MarkDeleted = marks };
    }

    private static TableCell? CellOf(XmlElement paragraph, Dictionary<XmlNode, int> tables)
    {
        if (paragraph.ParentNode is not XmlElement { LocalName: "tc" } cell || cell.ParentNode is not XmlElement { LocalName: "tr" } row ||
            row.ParentNode is not XmlElement { LocalName: "tbl" } table)
            return null;
        if (!tables.TryGetValue(table, out var number)) tables[table] = number = tables.Count;
        static int IndexAmong(XmlNode node, string name) =>
            node.ParentNode!.ChildNodes.Cast<XmlNode>().TakeWhile(n => n != node).Count(n => n is XmlElement { LocalName: var l, NamespaceURI: W } && l == name);
        var inserted = row.ChildNodes.Cast<XmlNode>().OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "trPr")?.GetElementsByTagName("ins", W).Count > 0;
        return new TableCell(number, IndexAmong(row, "tr"), IndexAmong(cell, "tc"), inserted);
    }
}

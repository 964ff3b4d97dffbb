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

    private Dictionary<int, string>? _authors;
    private Dictionary<(int Table, int Row), List<int>>? _rows;
    private int[]? _previousWritten;

    /// <summary>Who made the first change in a paragraph ("" when none is said).</summary>
    public string AuthorAt(int paragraph)
    {
        if (_authors is null)
        {
            _authors = [];
            foreach (var edit in Edits) _authors.TryAdd(edit.Paragraph, edit.Author);
        }
        return _authors.GetValueOrDefault(paragraph, "");
    }

    /// <summary>The paragraphs of a table row, in order.</summary>
    public IReadOnlyList<int> RowOf(TableCell cell)
    {
        if (_rows is null)
        {
            _rows = [];
            for (var i = 0; i < Cells.Count; i++)
                if (Cells[i] is { } c)
                {
                    if (!_rows.TryGetValue((c.Table, c.Row), out var row)) _rows[(c.Table, c.Row)] = row = [];
                    row.Add(i);
                }
        }
        return _rows.TryGetValue((cell.Table, cell.Row), out var found) ? found : [];
    }

    /// <summary>The last paragraph before <paramref name="paragraph"/> whose original text is not blank, or -1.</summary>
    public int PreviousWritten(int paragraph)
    {
        if (_previousWritten is null)
        {
            _previousWritten = new int[Original.Count + 1];
            var last = -1;
            for (var i = 0; i <= Original.Count; i++)
            {
                _previousWritten[i] = last;
                if (i < Original.Count && Original[i].Trim().Length > 0) last = i;
            }
        }
        return _previousWritten[Math.Clamp(paragraph, 0, Original.Count)];
    }

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
        var positions = new Dictionary<XmlNode, int>();
        foreach (XmlElement paragraph in document.GetElementsByTagName("p", W))
        {
            var index = original.Count;
            cells.Add(CellOf(paragraph, tables, positions));
            marks.Add(paragraph.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "pPr" && e.NamespaceURI == W) is { } paragraphProperties &&
                paragraphProperties.ChildNodes.OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "rPr" && e.NamespaceURI == W) is { } mark &&
                mark.ChildNodes.OfType<XmlElement>().Any(e => e.LocalName is "del" or "moveFrom" && e.NamespaceURI == W));
            var reading = new ParagraphReading(index, commentTexts, edits, comments);
            // Depth first, in document order, with a stack of its own: how deep runs nest is the file's choice.
            var stack = new Stack<(XmlNode? Node, string? Change, string Author)>();
            stack.Push((paragraph.FirstChild, null, ""));
            while (stack.TryPop(out var frame))
            {
                if (frame.Node is not { } node) continue;
                stack.Push((node.NextSibling, frame.Change, frame.Author));
                if (node is not XmlElement element || element.NamespaceURI != W) continue;
                switch (element.LocalName)
                {
                    case "p":
                        break; // a nested paragraph (a text box) is its own
                    case "ins" or "del" or "moveFrom" or "moveTo":
                        stack.Push((element.FirstChild, element.LocalName is "ins" or "moveTo" ? "ins" : "del", element.GetAttribute("author", W)));
                        break;
                    case "commentRangeStart":
                        reading.Open(element.GetAttribute("id", W));
                        break;
                    case "commentRangeEnd":
                        reading.Close(element.GetAttribute("id", W));
                        break;
                    case "t" or "delText" or "tab" or "br":
                        reading.Text(element.LocalName switch { "tab" => "\t", "br" => " ", _ => Text.NoBreakGroups.AsSpaces(element.InnerText) }, frame.Change, frame.Author);
                        break;
                    case "pPr" or "rPr" or "sectPr" or "instrText":
                        break;
                    default:
                        stack.Push((element.FirstChild, frame.Change, frame.Author));
                        break;
                }
            }
            reading.Flush();
            original.Add(reading.Before.ToString());
            accepted.Add(reading.After.ToString());
        }
        return new ReviewedDocx { Properties = properties, Original = original, Accepted = accepted, Edits = edits, Comments = comments, Cells = cells, MarkDeleted = marks };
    }

    private static TableCell? CellOf(XmlElement paragraph, Dictionary<XmlNode, int> tables, Dictionary<XmlNode, int> positions)
    {
        if (paragraph.ParentNode is not XmlElement { LocalName: "tc" } cell || cell.ParentNode is not XmlElement { LocalName: "tr" } row ||
            row.ParentNode is not XmlElement { LocalName: "tbl" } table)
            return null;
        if (!tables.TryGetValue(table, out var number)) tables[table] = number = tables.Count;
        var inserted = row.ChildNodes.Cast<XmlNode>().OfType<XmlElement>().FirstOrDefault(e => e.LocalName == "trPr")?.GetElementsByTagName("ins", W).Count > 0;
        return new TableCell(number, IndexAmong(row, "tr", positions), IndexAmong(cell, "tc", positions), inserted);
    }

    /// <summary>
    /// A node's place among its parent's children of its name: counted for all of them at the first
    /// question and kept, so a table of many rows costs one pass, not one per paragraph.
    /// </summary>
    private static int IndexAmong(XmlNode node, string name, Dictionary<XmlNode, int> positions)
    {
        if (positions.TryGetValue(node, out var known)) return known;
        var count = 0;
        for (var sibling = node.ParentNode!.FirstChild; sibling is not null; sibling = sibling.NextSibling)
            if (sibling is XmlElement { NamespaceURI: W } element && element.LocalName == name) positions[sibling] = count++;
        return positions.GetValueOrDefault(node);
    }

    /// <summary>
    /// One paragraph's text as it was and as it would be, read run by run. A comment's range is kept as
    /// where it starts in the original text (its anchor is that text up to its end), so ranges left open
    /// cost nothing; a change grows in builders, so a long one costs its length, not the square of it.
    /// </summary>
    private sealed class ParagraphReading(int index, Dictionary<string, (string Author, string Text)> commentTexts, List<ReviewEdit> edits, List<ReviewComment> comments)
    {
        public StringBuilder Before { get; } = new();
        public StringBuilder After { get; } = new();
        private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);
        private readonly StringBuilder _deleted = new();
        private readonly StringBuilder _inserted = new();
        private int _offset = -1;
        private string _author = "";

        public void Open(string id) => _open[id] = Before.Length;

        public void Close(string id)
        {
            if (_open.Remove(id, out var start) && commentTexts.TryGetValue(id, out var said))
                comments.Add(new ReviewComment(index, start, Before.ToString(start, Before.Length - start), said.Text, said.Author));
        }

        public void Text(string text, string? change, string author)
        {
            if (change is null)
            {
                Flush();
                Before.Append(text);
                After.Append(text);
                return;
            }
            // A deletion that does not continue the pending change where the original text now ends starts a new one.
            if (_offset < 0 || _offset + _deleted.Length != Before.Length && change == "del")
            {
                Flush();
                (_offset, _author) = (Before.Length, author);
            }
            if (change == "del")
            {
                _deleted.Append(text);
                Before.Append(text);
            }
            else
            {
                _inserted.Append(text);
                After.Append(text);
            }
        }

        public void Flush()
        {
            if (_offset >= 0 && (_deleted.Length > 0 || _inserted.Length > 0))
                edits.Add(new ReviewEdit(index, _offset, _deleted.ToString(), _inserted.ToString(), _author));
            _offset = -1;
            _deleted.Clear();
            _inserted.Clear();
        }
    }
}

using System.Globalization;
using System.Xml.Linq;
using VanKien.Diffing;

namespace VanKien.Diffing.Redline;

/// <summary>
/// Merges the body of the OLD document into the NEW one as tracked changes: blocks aligned by their
/// text; alike paragraphs diffed word by word; table rows aligned the same way; what only OLD has is
/// copied in as deleted (w:del, w:delText), what only NEW has is marked inserted (w:ins) — runs,
/// paragraph marks and table rows — so that accepting every change gives NEW and rejecting gives OLD.
/// </summary>
internal sealed class RedlineMerger(string author, DateTime date)
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private const double AlikeThreshold = 0.5;

    private int _nextId = 1;

    /// <summary>Rewrites <paramref name="newer"/>'s children to hold both revisions.</summary>
    public void MergeContainer(XElement older, XElement newer) =>
        MergeSequence(Blocks(older), Blocks(newer), Key, Alike,
            same: (o, n) => { if (n.Name == W + "tbl") MergeTable(o, n); },
            alike: MergeAlike,
            inserted: MarkInserted,
            deleted: o =>
            {
                if (o.Descendants(W + "sectPr").Any()) return null; // a section break belongs to one revision's layout
                var copy = WithoutBookmarks(new XElement(o));
                MarkDeleted(copy);
                return copy;
            },
            append: copy => AppendBlock(newer, copy));

    /// <summary>
    /// Aligns two sequences by key; in each gap pairs alike items (merged), marks NEW-only items
    /// inserted, and places a deleted copy of each OLD-only item before the next NEW item of the
    /// gap (or the item after the gap), so the merged sequence keeps both revisions' order.
    /// </summary>
    private static void MergeSequence(
        List<XElement> olds, List<XElement> news, Func<XElement, string> key, Func<XElement, XElement, bool> alikeItems,
        Action<XElement, XElement> same, Action<XElement, XElement> alike, Action<XElement> inserted,
        Func<XElement, XElement?> deleted, Action<XElement> append)
    {
        var gapOld = new List<XElement>();
        var gapNew = new List<XElement>();
        void Flush(XElement? after)
        {
            var paired = Pair(gapOld, gapNew, alikeItems);
            for (var k = 0; k < paired.Count; k++)
            {
                var (o, n) = paired[k];
                if (o is not null && n is not null) alike(o, n);
                else if (n is not null) inserted(n);
                else if (o is not null && deleted(o) is { } copy)
                {
                    var anchor = paired.Skip(k + 1).Select(p => p.New).FirstOrDefault(x => x is not null) ?? after;
                    if (anchor is not null) anchor.AddBeforeSelf(copy);
                    else append(copy);
                }
            }
            gapOld.Clear();
            gapNew.Clear();
        }

        foreach (var edit in SequenceDiff.Between(olds.Select(key).ToList(), news.Select(key).ToList()))
        {
            switch (edit.Kind)
            {
                case EditKind.Delete: gapOld.Add(olds[edit.OldIndex]); break;
                case EditKind.Insert: gapNew.Add(news[edit.NewIndex]); break;
                default:
                    Flush(news[edit.NewIndex]);
                    same(olds[edit.OldIndex], news[edit.NewIndex]);
                    break;
            }
        }
        Flush(null);
    }

    /// <summary>Whether two blocks are one block revised: same type; paragraphs sharing enough words; tables of as many columns.</summary>
    private static bool Alike(XElement a, XElement b)
    {
        if (a.Name != b.Name || a.Descendants(W + "sectPr").Any() || b.Descendants(W + "sectPr").Any()) return false;
        if (a.Name == W + "tbl") return Columns(a) == Columns(b);
        return SequenceDiff.Similarity(Text(a), Text(b)) >= AlikeThreshold;
    }

    private void MergeAlike(XElement older, XElement newer)
    {
        if (newer.Name == W + "tbl") MergeTable(older, newer);
        else MergeParagraph(older, newer);
    }

    private void MergeTable(XElement older, XElement newer) =>
        MergeSequence(older.Elements(W + "tr").ToList(), newer.Elements(W + "tr").ToList(), Text,
            (a, b) => a.Elements(W + "tc").Count() == b.Elements(W + "tc").Count() && SequenceDiff.Similarity(Text(a), Text(b)) >= AlikeThreshold,
            same: MergeCells,
            alike: MergeCells,
            inserted: row => MarkRow(row, inserted: true),
            deleted: row =>
            {
                var copy = WithoutBookmarks(new XElement(row));
                MarkRow(copy, inserted: false);
                return copy;
            },
            append: newer.Add);

    /// <summary>Deleted and inserted items of one gap, in document order, an inserted item alike a deleted one paired with it.</summary>
    private static List<(XElement? Old, XElement? New)> Pair(List<XElement> deleted, List<XElement> inserted, Func<XElement, XElement, bool> alike)
    {
        var result = new List<(XElement?, XElement?)>();
        var next = 0;
        foreach (var o in deleted)
        {
            var match = Enumerable.Range(next, Math.Max(0, inserted.Count - next)).FirstOrDefault(i => alike(o, inserted[i]), -1);
            if (match < 0)
            {
                result.Add((o, null));
                continue;
            }
            for (var i = next; i < match; i++) result.Add((null, inserted[i]));
            result.Add((o, inserted[match]));
            next = match + 1;
        }
        for (var i = next; i < inserted.Count; i++) result.Add((null, inserted[i]));
        return result;
    }

    private void MergeCells(XElement oldRow, XElement newRow)
    {
        foreach (var (o, n) in oldRow.Elements(W + "tc").Zip(newRow.Elements(W + "tc")))
            MergeContainer(o, n);
    }

    /// <summary>A paragraph present on both sides with other words: its runs rebuilt from a word diff.</summary>
    private void MergeParagraph(XElement older, XElement newer)
    {
        var oldChars = Characters(older);
        var newChars = Characters(newer);
        var oldText = new string(oldChars.Select(c => c.Char).ToArray());
        var newText = new string(newChars.Select(c => c.Char).ToArray());
        if (oldText == newText) return;

        var pieces = SequenceDiff.WordPieces(oldText, newText);
        var runs = new List<XElement>();
        int a = 0, b = 0;
        foreach (var piece in pieces)
        {
            var length = piece.Text.Length;
            switch (piece.Kind)
            {
                case EditKind.Equal:
                    runs.AddRange(Runs(newChars.Skip(b).Take(length), null));
                    a += length;
                    b += length;
                    break;
                case EditKind.Delete:
                    runs.AddRange(Runs(oldChars.Skip(a).Take(length), "del"));
                    a += length;
                    break;
                default:
                    runs.AddRange(Runs(newChars.Skip(b).Take(length), "ins"));
                    b += length;
                    break;
            }
        }
        foreach (var content in newer.Elements().Where(e => e.Name != W + "pPr").ToList()) content.Remove();
        newer.Add(runs);
    }

    private readonly record struct Character(char Char, XElement? Format);

    /// <summary>The characters of a paragraph with the run properties each was written with ('\n' a line break).</summary>
    private static List<Character> Characters(XElement paragraph)
    {
        var characters = new List<Character>();
        foreach (var run in paragraph.Elements(W + "r"))
        {
            var format = run.Element(W + "rPr");
            foreach (var part in run.Elements())
            {
                if (part.Name == W + "t") characters.AddRange(part.Value.Select(c => new Character(c, format)));
                else if (part.Name == W + "br") characters.Add(new Character('\n', format));
            }
        }
        return characters;
    }

    /// <summary>Runs for characters, grouped by formatting; deleted ones use w:delText, and both kinds are wrapped.</summary>
    private IEnumerable<XElement> Runs(IEnumerable<Character> characters, string? change)
    {
        var list = characters.ToList();
        var i = 0;
        while (i < list.Count)
        {
            var format = list[i].Format;
            var j = i;
            while (j < list.Count && XNode.DeepEquals(list[j].Format, format)) j++;
            var run = new XElement(W + "r");
            if (format is not null) run.Add(new XElement(format));
            foreach (var segment in Segments(list.Skip(i).Take(j - i).Select(c => c.Char)))
            {
                if (segment == "\n") run.Add(new XElement(W + "br"));
                else run.Add(new XElement(W + (change == "del" ? "delText" : "t"), new XAttribute(XNamespace.Xml + "space", "preserve"), segment));
            }
            yield return change is null ? run : Tracked(change, run);
            i = j;
        }
    }

    private static IEnumerable<string> Segments(IEnumerable<char> characters)
    {
        var text = new System.Text.StringBuilder();
        foreach (var c in characters)
        {
            if (c != '\n')
            {
                text.Append(c);
                continue;
            }
            if (text.Length > 0) yield return text.ToString();
            text.Clear();
            yield return "\n";
        }
        if (text.Length > 0) yield return text.ToString();
    }

    private void MarkInserted(XElement block)
    {
        if (block.Name == W + "tbl")
        {
            foreach (var row in block.Elements(W + "tr")) MarkRow(row, inserted: true);
            return;
        }
        MarkParagraph(block, "ins");
    }

    private void MarkDeleted(XElement block)
    {
        if (block.Name == W + "tbl")
        {
            foreach (var row in block.Elements(W + "tr")) MarkRow(row, inserted: false);
            return;
        }
        MarkParagraph(block, "del");
    }

    /// <summary>Every run of the paragraph and its paragraph mark marked as inserted or deleted.</summary>
    private void MarkParagraph(XElement paragraph, string change)
    {
        foreach (var run in paragraph.Elements(W + "r").ToList())
        {
            if (change == "del")
                foreach (var text in run.Elements(W + "t").ToList()) text.Name = W + "delText";
            run.ReplaceWith(Tracked(change, new XElement(run)));
        }
        var properties = paragraph.Element(W + "pPr");
        if (properties is null)
        {
            properties = new XElement(W + "pPr");
            paragraph.AddFirst(properties);
        }
        var mark = properties.Element(W + "rPr");
        if (mark is null)
        {
            mark = new XElement(W + "rPr");
            var section = properties.Element(W + "sectPr");
            if (section is not null) section.AddBeforeSelf(mark);
            else properties.Add(mark);
        }
        mark.AddFirst(Change(change));
    }

    private void MarkRow(XElement row, bool inserted)
    {
        var change = inserted ? "ins" : "del";
        var properties = row.Element(W + "trPr");
        if (properties is null)
        {
            properties = new XElement(W + "trPr");
            row.AddFirst(properties);
        }
        properties.Add(Change(change));
        foreach (var paragraph in row.Descendants(W + "p").ToList()) MarkParagraph(paragraph, change);
    }

    /// <summary>
    /// A deleted copy of OLD's content without its bookmarks: NEW has the same ones (the signature's places), and a
    /// bookmark's name and id are the document's own, once each.
    /// </summary>
    private static XElement WithoutBookmarks(XElement copy)
    {
        copy.Descendants().Where(e => e.Name == W + "bookmarkStart" || e.Name == W + "bookmarkEnd").ToList().ForEach(e => e.Remove());
        return copy;
    }

    private XElement Tracked(string change, XElement run) => new(W + change, Attributes(), run);

    private XElement Change(string change) => new(W + change, Attributes());

    private object[] Attributes() =>
    [
        new XAttribute(W + "id", (_nextId++).ToString(CultureInfo.InvariantCulture)),
        new XAttribute(W + "author", author),
        new XAttribute(W + "date", date.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)),
    ];

    private static void AppendBlock(XElement container, XElement block)
    {
        var last = container.Elements(W + "sectPr").FirstOrDefault();
        if (last is not null) last.AddBeforeSelf(block);
        else container.Add(block);
    }

    private static List<XElement> Blocks(XElement container) =>
        container.Elements().Where(e => e.Name == W + "p" || e.Name == W + "tbl").ToList();

    /// <summary>What aligns blocks: a paragraph's text; a table's columns and first row; a section break as such.</summary>
    private static string Key(XElement block)
    {
        if (block.Descendants(W + "sectPr").Any()) return "§";
        return block.Name == W + "tbl"
            ? $"T{Columns(block)}:{Text(block.Elements(W + "tr").FirstOrDefault() ?? block)}"
            : "P:" + Text(block);
    }

    private static int Columns(XElement table) => table.Element(W + "tblGrid")?.Elements(W + "gridCol").Count() ?? 0;

    private static string Text(XElement element) =>
        string.Join(" ", element.DescendantsAndSelf(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))));
}

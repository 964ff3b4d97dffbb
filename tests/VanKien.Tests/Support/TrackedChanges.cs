using System.IO.Compression;
using System.Xml.Linq;

namespace VanKien.Tests.Support;

/// <summary>What a reviewer's "reject all" does to a DOCX's tracked changes: insertions gone, deletions kept as text.</summary>
internal static class TrackedChanges
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    public static byte[] RejectAll(byte[] docx) => Edit(docx, body =>
    {
        // Rows and paragraphs whose mark was inserted go whole; inserted runs go.
        body.Descendants(W + "tr").Where(r => r.Element(W + "trPr")?.Element(W + "ins") is not null).ToList().ForEach(r => r.Remove());
        body.Descendants(W + "p").Where(p => p.Element(W + "pPr")?.Element(W + "rPr")?.Element(W + "ins") is not null).ToList().ForEach(p => p.Remove());
        body.Descendants(W + "ins").ToList().ForEach(i => i.Remove());
        foreach (var deleted in body.Descendants(W + "del").Where(d => d.Parent?.Name != W + "rPr" && d.Parent?.Name != W + "trPr").ToList())
        {
            foreach (var text in deleted.Descendants(W + "delText").ToList()) text.Name = W + "t";
            deleted.ReplaceWith(deleted.Nodes());
        }
        body.Descendants(W + "del").ToList().ForEach(d => d.Remove());
    });

    /// <summary>
    /// A reviewer's tracked replacement, as Word records it: in the paragraph whose text holds
    /// <paramref name="words"/> (the first, or the <paramref name="occurrence"/>-th from 0), the run
    /// holding them split, the words deleted and <paramref name="by"/> inserted.
    /// </summary>
    public static byte[] Replace(byte[] docx, string words, string by, int occurrence = 0) => Edit(docx, body =>
    {
        // Matched as the reviewer reads it (a no-break space is a space); the deletion holds the characters themselves.
        static string Seen(XElement t) => VanKien.Text.NoBreakGroups.AsSpaces(t.Value);
        var text = body.Descendants(W + "t").Where(t => Seen(t).Contains(words, StringComparison.Ordinal)).ElementAt(occurrence);
        var run = text.Parent!;
        var at = Seen(text).IndexOf(words, StringComparison.Ordinal);
        XElement Run(XName name, string value) => new(W + "r", run.Element(W + "rPr") is { } properties ? new XElement(properties) : null,
            new XElement(name, new XAttribute(XNamespace.Xml + "space", "preserve"), value));
        XAttribute[] Who(int id) => [new(W + "id", id), new(W + "author", "Văn phòng"), new(W + "date", "2026-01-01T00:00:00Z")];
        run.ReplaceWith(
            Run(W + "t", text.Value[..at]),
            new XElement(W + "del", Who(9001), Run(W + "delText", text.Value.Substring(at, words.Length))),
            by.Length > 0 ? new XElement(W + "ins", Who(9002), Run(W + "t", by)) : null,
            Run(W + "t", text.Value[(at + words.Length)..]));
    });

    /// <summary>A reviewer's tracked deletion of a paragraph's mark — the first paragraph whose text holds <paramref name="words"/> — which, accepted, runs it into the next.</summary>
    public static byte[] JoinWithNext(byte[] docx, string words) => Edit(docx, body =>
    {
        var paragraph = body.Descendants(W + "p").First(p => VanKien.Text.NoBreakGroups.AsSpaces(string.Concat(p.Descendants(W + "t").Select(t => t.Value))).Contains(words, StringComparison.Ordinal));
        var properties = paragraph.Element(W + "pPr") ?? new XElement(W + "pPr");
        if (properties.Parent is null) paragraph.AddFirst(properties);
        var mark = properties.Element(W + "rPr") ?? new XElement(W + "rPr");
        if (mark.Parent is null) properties.Add(mark);
        mark.AddFirst(new XElement(W + "del", new XAttribute(W + "id", 9003), new XAttribute(W + "author", "Văn phòng"), new XAttribute(W + "date", "2026-01-01T00:00:00Z")));
    });

    private static byte[] Edit(byte[] docx, Action<XElement> change)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            XDocument xml;
            using (var reader = entry.Open()) xml = XDocument.Load(reader);
            change(xml.Root!.Element(W + "body")!);
            entry.Delete();
            using var writer = zip.CreateEntry("word/document.xml").Open();
            xml.Save(writer, SaveOptions.DisableFormatting);
        }
        return stream.ToArray();
    }
}

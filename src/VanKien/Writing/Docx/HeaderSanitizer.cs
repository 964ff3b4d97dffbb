using System.Xml.Linq;

namespace VanKien.Writing.Docx;

/// <summary>
/// A reference DOCX's header made safe to copy into every output: parsed (no DTD, by the reader's
/// settings), stripped of whatever points outside the header — images and objects whose
/// relationships are not copied, hyperlinks, embedded documents — and of every field but PAGE and
/// NUMPAGES (an INCLUDETEXT or a DDE field would pull a file or run a program when Word updates it),
/// then written out again.
/// </summary>
internal static class HeaderSanitizer
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    private static readonly XNamespace R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
    private static readonly string[] AllowedFields = ["PAGE", "NUMPAGES"];

    /// <param name="renamedStyles">Style ids the reference's styles were given back (LibreOffice's "VKPagenumber" → "VkPageNumber").</param>
    public static byte[] Clean(XDocument header, IReadOnlyDictionary<string, string>? renamedStyles = null)
    {
        var root = header.Root ?? throw new System.Xml.XmlException("phần đầu trang trống");
        if (root.Name != W + "hdr") throw new System.Xml.XmlException($"phần đầu trang có gốc '{root.Name.LocalName}', không phải w:hdr");

        // Whatever needs a relationship of the header part's own (not copied) goes: a dangling r:embed breaks the file.
        foreach (var element in root.Descendants().Where(e => e.Attributes().Any(a => a.Name.Namespace == R)).ToList())
        {
            if (element.Name == W + "hyperlink") element.ReplaceWith(element.Nodes());
            else element.Remove();
        }
        foreach (var name in new[] { "altChunk", "subDoc", "object", "pict", "drawing" })
            root.Descendants(W + name).Remove();

        foreach (var simple in root.Descendants(W + "fldSimple").ToList())
            if (!Allowed((string?)simple.Attribute(W + "instr"))) simple.ReplaceWith(simple.Nodes());
            // A page number's cached result would show the same number on every page of a viewer that does not update fields.
            else simple.RemoveNodes();
        // A complex field (fldChar begin … instrText … end) with any other instruction keeps only its shown result.
        if (root.Descendants(W + "instrText").Any(i => !Allowed(i.Value)))
        {
            root.Descendants(W + "instrText").Remove();
            root.Descendants(W + "fldChar").Remove();
        }
        // A page number's complex field keeps no cached result either (its runs between 'separate' and 'end').
        foreach (var paragraph in root.Descendants(W + "p"))
        {
            var inResult = false;
            foreach (var run in paragraph.Elements(W + "r").ToList())
            {
                switch ((string?)run.Element(W + "fldChar")?.Attribute(W + "fldCharType"))
                {
                    case "separate": inResult = true; break;
                    case "end": inResult = false; break;
                    default: if (inResult) run.Elements(W + "t").Remove(); break;
                }
            }
        }

        if (renamedStyles is { Count: > 0 })
            foreach (var style in root.Descendants().Where(e => e.Name == W + "pStyle" || e.Name == W + "rStyle"))
                if ((string?)style.Attribute(W + "val") is { } id && renamedStyles.TryGetValue(id, out var ours)) style.SetAttributeValue(W + "val", ours);

        var text = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>" + root.ToString(SaveOptions.DisableFormatting);
        return System.Text.Encoding.UTF8.GetBytes(text);
    }

    private static bool Allowed(string? instruction)
    {
        var word = instruction?.Trim().Split(' ', 2)[0].ToUpperInvariant();
        return word is not null && AllowedFields.Contains(word);
    }
}

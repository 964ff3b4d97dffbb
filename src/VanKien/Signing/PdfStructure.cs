using System.Text.RegularExpressions;

namespace VanKien.Signing;

/// <summary>
/// Where each object of a PDF is, read from its cross-reference tables (ISO 32000-1, 7.5.4–7.5.6):
/// the last table first, then each earlier one through <c>/Prev</c>, so an object updated by an
/// incremental update is found at its newest place. Only classic tables are read — what LibreOffice
/// writes and what signing appends; a file with cross-reference streams is refused.
/// </summary>
internal sealed partial class PdfStructure
{
    private readonly string _text;
    private readonly Dictionary<int, (long Offset, int Generation)> _objects = [];

    public List<KeyValuePair<string, string>> Trailer { get; }

    /// <summary>Where the last cross-reference table starts: an update's <c>/Prev</c>.</summary>
    public long LastXref { get; }

    public int Size { get; }

    private PdfStructure(string text)
    {
        _text = text;
        var startxref = text.LastIndexOf("startxref", StringComparison.Ordinal);
        if (startxref < 0 || !text.AsSpan(0, Math.Min(text.Length, 8)).StartsWith("%PDF-"))
            throw new FormatException("không phải tệp PDF");
        var number = Number().Match(text, startxref + "startxref".Length);
        if (!number.Success) throw new FormatException("thiếu vị trí bảng tham chiếu (startxref)");
        LastXref = long.Parse(number.Groups[1].Value);
        List<KeyValuePair<string, string>>? newest = null;
        var seen = new HashSet<long>();
        for (long? at = LastXref; at is { } offset; )
        {
            if (!seen.Add(offset) || offset < 0 || offset >= text.Length) throw new FormatException("bảng tham chiếu hỏng");
            var trailer = ReadTable((int)offset);
            newest ??= trailer;
            at = PdfSyntax.Get(trailer, "/Prev") is { } prev && long.TryParse(prev.Trim(), out var p) ? p : null;
        }
        Trailer = newest!;
        Size = int.TryParse(PdfSyntax.Get(Trailer, "/Size")?.Trim(), out var size) ? size : throw new FormatException("trailer thiếu /Size");
    }

    public static PdfStructure Read(byte[] bytes) => new(PdfSyntax.Bytes.GetString(bytes));

    public int Root => PdfSyntax.Reference(PdfSyntax.Get(Trailer, "/Root")) ?? throw new FormatException("trailer thiếu /Root");

    /// <summary>An object's dictionary (a stream's counts) and its generation.</summary>
    public (List<KeyValuePair<string, string>> Entries, int Generation) Dictionary(int number)
    {
        var (text, generation) = Value(number);
        return (PdfSyntax.Dictionary(text, 0).Entries, generation);
    }

    /// <summary>A dictionary written inline or as a reference to an object.</summary>
    public List<KeyValuePair<string, string>> Resolve(string value) =>
        PdfSyntax.Reference(value) is { } number ? Dictionary(number).Entries : PdfSyntax.Dictionary(value, 0).Entries;

    /// <summary>An object's value as written (a dictionary, an array …), and its generation.</summary>
    public (string Text, int Generation) Value(int number)
    {
        if (!_objects.TryGetValue(number, out var place) || place.Offset < 0) throw new FormatException($"không có đối tượng {number}");
        var header = ObjectHeader().Match(_text, (int)place.Offset);
        if (!header.Success || header.Index != (int)place.Offset || int.Parse(header.Groups[1].Value) != number)
            throw new FormatException($"đối tượng {number} không ở vị trí bảng tham chiếu ghi");
        var start = PdfSyntax.SkipSpace(_text, header.Index + header.Length);
        return (_text[start..PdfSyntax.ValueEnd(_text, start)], place.Generation);
    }

    /// <summary>The leaves of the page tree, in order (ISO 32000-1, 7.7.3).</summary>
    public List<int> Pages()
    {
        var pages = new List<int>();
        var root = Dictionary(Root).Entries;
        void Walk(int node, int depth)
        {
            if (depth > 64) throw new FormatException("cây trang quá sâu");
            var entries = Dictionary(node).Entries;
            if (PdfSyntax.Get(entries, "/Type")?.Trim() == "/Page") { pages.Add(node); return; }
            foreach (var kid in PdfSyntax.Array(PdfSyntax.Get(entries, "/Kids") ?? "[]"))
                if (PdfSyntax.Reference(kid) is { } child) Walk(child, depth + 1);
        }
        Walk(PdfSyntax.Reference(PdfSyntax.Get(root, "/Pages")) ?? throw new FormatException("mục lục thiếu /Pages"), 0);
        return pages;
    }

    /// <summary>A named destination: its page (object number) and the point it shows, in the page's own space.</summary>
    public sealed record Destination(int Page, double X, double Y);

    /// <summary>
    /// The named destinations (ISO 32000-1, 12.3.2.3): the catalog's /Dests dictionary, as LibreOffice
    /// writes it, and the /Names /Dests name tree of later writers; each an array "[page /XYZ left top zoom]"
    /// or a dictionary with /D holding one. Destinations of another form are left out.
    /// </summary>
    public Dictionary<string, Destination> Destinations()
    {
        var found = new Dictionary<string, Destination>(StringComparer.Ordinal);
        var catalog = Dictionary(Root).Entries;
        if (PdfSyntax.Get(catalog, "/Dests") is { } dests)
            foreach (var (key, value) in Resolve(dests))
                if (ReadDestination(value) is { } destination) found.TryAdd(DecodeName(key), destination);
        if (PdfSyntax.Get(catalog, "/Names") is { } names && PdfSyntax.Get(Resolve(names), "/Dests") is { } tree)
            NameTree(tree, found, 0);
        return found;
    }

    private void NameTree(string node, Dictionary<string, Destination> found, int depth)
    {
        if (depth > 32) throw new FormatException("cây tên quá sâu");
        var entries = Resolve(node);
        if (PdfSyntax.Get(entries, "/Names") is { } pairs)
        {
            var items = PdfSyntax.Array(ResolveValue(pairs));
            for (var i = 0; i + 1 < items.Count; i += 2)
                if (ReadDestination(items[i + 1]) is { } destination) found.TryAdd(PdfText.Decode(items[i]), destination);
        }
        foreach (var kid in PdfSyntax.Array(ResolveValue(PdfSyntax.Get(entries, "/Kids") ?? "[]")))
            NameTree(kid, found, depth + 1);
    }

    private Destination? ReadDestination(string value)
    {
        var text = ResolveValue(value).Trim();
        if (text.StartsWith("<<")) return PdfSyntax.Get(PdfSyntax.Dictionary(text, 0).Entries, "/D") is { } d ? ReadDestination(d) : null;
        if (!text.StartsWith('[')) return null;
        var items = PdfSyntax.Array(text);
        if (items.Count < 4 || PdfSyntax.Reference(items[0]) is not { } page || items[1] != "/XYZ") return null;
        return Number(items[2]) is { } x && Number(items[3]) is { } y ? new Destination(page, x, y) : null;
    }

    /// <summary>A value written in place, or the value of the object a reference points to.</summary>
    public string ResolveValue(string value) => PdfSyntax.Reference(value) is { } number ? Value(number).Text : value;

    /// <summary>A page's /MediaBox, inherited from the page tree when the page has none: [x1 y1 x2 y2].</summary>
    public double[] MediaBox(int page)
    {
        var node = page;
        for (var depth = 0; depth < 64; depth++)
        {
            var entries = Dictionary(node).Entries;
            if (PdfSyntax.Get(entries, "/MediaBox") is { } box)
            {
                var numbers = PdfSyntax.Array(ResolveValue(box)).Select(Number).ToList();
                if (numbers.Count == 4 && numbers.All(n => n is not null)) return numbers.Select(n => n!.Value).ToArray();
                break;
            }
            if (PdfSyntax.Reference(PdfSyntax.Get(entries, "/Parent")) is not { } parent) break;
            node = parent;
        }
        throw new FormatException($"trang {page} không có /MediaBox");
    }

    /// <summary>A text entry of the document information dictionary (/Title, /Keywords …), or null.</summary>
    public string? Info(string key) =>
        PdfSyntax.Get(Trailer, "/Info") is { } info && PdfSyntax.Get(Resolve(info), key) is { } value ? PdfText.Decode(ResolveValue(value)) : null;

    private static double? Number(string text) =>
        double.TryParse(text, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    /// <summary>"/VanKien#20ChuKy" → "VanKien ChuKy" (ISO 32000-1, 7.3.5), bytes read as UTF-8.</summary>
    private static string DecodeName(string name)
    {
        var bytes = new List<byte>();
        for (var i = 1; i < name.Length; i++)
        {
            if (name[i] == '#' && i + 2 < name.Length && Uri.IsHexDigit(name[i + 1]) && Uri.IsHexDigit(name[i + 2]))
            {
                bytes.Add(Convert.ToByte(name.Substring(i + 1, 2), 16));
                i += 2;
            }
            else bytes.Add((byte)name[i]);
        }
        return System.Text.Encoding.UTF8.GetString(bytes.ToArray());
    }

    private List<KeyValuePair<string, string>> ReadTable(int offset)
    {
        var at = PdfSyntax.SkipSpace(_text, offset);
        if (!_text.AsSpan(at).StartsWith("xref"))
            throw new FormatException("bảng tham chiếu dạng luồng (cross-reference stream): không phải PDF do LibreOffice hay VanKien viết");
        at += 4;
        while (true)
        {
            at = PdfSyntax.SkipSpace(_text, at);
            if (_text.AsSpan(at).StartsWith("trailer"))
                return PdfSyntax.Dictionary(_text, at + "trailer".Length).Entries;
            var section = Section().Match(_text, at);
            if (!section.Success || section.Index != at) throw new FormatException("bảng tham chiếu hỏng");
            var (first, count) = (int.Parse(section.Groups[1].Value), int.Parse(section.Groups[2].Value));
            at = section.Index + section.Length;
            for (var i = 0; i < count; i++)
            {
                at = PdfSyntax.SkipSpace(_text, at);
                var entry = Entry().Match(_text, at);
                if (!entry.Success || entry.Index != at) throw new FormatException("dòng bảng tham chiếu hỏng");
                at = entry.Index + entry.Length;
                // The newest table is read first: an earlier entry never replaces a later one.
                if (entry.Groups[3].Value == "n" && !_objects.ContainsKey(first + i))
                    _objects[first + i] = (long.Parse(entry.Groups[1].Value), int.Parse(entry.Groups[2].Value));
                else if (!_objects.ContainsKey(first + i)) _objects[first + i] = (-1, 0);
            }
        }
    }

    [GeneratedRegex(@"\G\s*(\d+)")]
    private static partial Regex Number();

    [GeneratedRegex(@"(\d+)\s+(\d+)\s+obj\b")]
    private static partial Regex ObjectHeader();

    [GeneratedRegex(@"(\d+)[ \t]+(\d+)[ \t]*\r?\n")]
    private static partial Regex Section();

    [GeneratedRegex(@"(\d{10}) (\d{5}) ([nf])")]
    private static partial Regex Entry();
}

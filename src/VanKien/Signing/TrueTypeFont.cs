using System.Buffers.Binary;
using System.Text;

namespace VanKien.Signing;

/// <summary>
/// A TrueType font read for embedding (OpenType spec, 'cmap' 'head' 'hhea' 'hmtx' 'loca' 'glyf'),
/// and subset for one text: every glyph the text does not use — and none of the composites' parts it
/// does — is emptied, so glyph ids stay as they are (Identity CIDToGIDMap) while the file shrinks from
/// hundreds of kilobytes to a few tens. Only glyph outlines are dropped; hinting tables stay.
/// </summary>
internal sealed class TrueTypeFont
{
    private readonly byte[] _bytes;
    private readonly Dictionary<string, (int Offset, int Length)> _tables = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> _cmap = [];

    public string PostScriptName { get; }
    public int UnitsPerEm { get; }
    public int GlyphCount { get; }
    public short Ascender { get; }
    public short Descender { get; }
    public short CapHeight { get; }
    public (short XMin, short YMin, short XMax, short YMax) BoundingBox { get; }
    public string Path { get; }

    private readonly bool _longLoca;
    private readonly int _metricCount;

    /// <summary>Where Times New Roman is on Windows, macOS and Linux, then Liberation Serif, its metric-compatible stand-in (what LibreOffice itself prints with where Times New Roman is absent).</summary>
    public static readonly IReadOnlyList<string> TimesNewRomanCandidates =
    [
        @"C:\Windows\Fonts\times.ttf",
        "/Library/Fonts/Times New Roman.ttf",
        "/System/Library/Fonts/Supplemental/Times New Roman.ttf",
        "/usr/share/fonts/truetype/msttcorefonts/Times_New_Roman.ttf",
        "/usr/share/fonts/truetype/msttcorefonts/times.ttf",
        "/usr/share/fonts/TTF/times.ttf",
        "/usr/share/fonts/truetype/liberation2/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/truetype/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/liberation-serif/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/liberation/LiberationSerif-Regular.ttf",
        "/usr/share/fonts/TTF/LiberationSerif-Regular.ttf",
    ];

    /// <summary>The first of <see cref="TimesNewRomanCandidates"/> present and readable, or null.</summary>
    public static TrueTypeFont? TimesNewRoman()
    {
        foreach (var candidate in TimesNewRomanCandidates)
        {
            if (!File.Exists(candidate)) continue;
            try
            {
                return new TrueTypeFont(candidate, File.ReadAllBytes(candidate));
            }
            catch (Exception ex) when (ex is FormatException or IOException or UnauthorizedAccessException or ArgumentOutOfRangeException or IndexOutOfRangeException)
            {
            }
        }
        return null;
    }

    public TrueTypeFont(string path, byte[] bytes)
    {
        Path = path;
        _bytes = bytes;
        if (bytes.Length < 12 || BinaryPrimitives.ReadUInt32BigEndian(bytes) is not (0x00010000 or 0x74727565))
            throw new FormatException("không phải phông TrueType");
        var count = U16(4);
        for (var i = 0; i < count; i++)
        {
            var entry = 12 + 16 * i;
            var tag = Encoding.ASCII.GetString(bytes, entry, 4);
            var (offset, length) = ((int)U32(entry + 8), (int)U32(entry + 12));
            if (offset < 0 || length < 0 || (long)offset + length > bytes.Length) throw new FormatException($"bảng {tag} ra ngoài tệp");
            _tables[tag] = (offset, length);
        }
        foreach (var required in (string[])["head", "hhea", "hmtx", "maxp", "loca", "glyf", "cmap"])
            if (!_tables.ContainsKey(required)) throw new FormatException($"phông thiếu bảng {required}");

        var head = _tables["head"].Offset;
        UnitsPerEm = U16(head + 18);
        BoundingBox = (S16(head + 36), S16(head + 38), S16(head + 40), S16(head + 42));
        _longLoca = S16(head + 50) == 1;
        var hhea = _tables["hhea"].Offset;
        Ascender = S16(hhea + 4);
        Descender = S16(hhea + 6);
        _metricCount = U16(hhea + 34);
        GlyphCount = U16(_tables["maxp"].Offset + 4);
        CapHeight = _tables.TryGetValue("OS/2", out var os2) && U16(os2.Offset) >= 2 && os2.Length >= 90 ? S16(os2.Offset + 88) : (short)(Ascender * 0.7);
        PostScriptName = ReadPostScriptName() ?? System.IO.Path.GetFileNameWithoutExtension(path).Replace(" ", "");
        ReadCmap();
    }

    /// <summary>The glyph for a character, 0 (.notdef) when the font has none.</summary>
    public int Glyph(int codePoint) => _cmap.TryGetValue(codePoint, out var glyph) ? glyph : 0;

    public bool Covers(string text) => text.EnumerateRunes().All(r => r.Value == ' ' || _cmap.ContainsKey(r.Value));

    /// <summary>A glyph's advance in thousandths of the font size.</summary>
    public int Advance(int glyph)
    {
        var hmtx = _tables["hmtx"].Offset;
        var index = Math.Min(glyph, _metricCount - 1);
        return (int)Math.Round(U16(hmtx + 4 * index) * 1000.0 / UnitsPerEm);
    }

    /// <summary>The width of a text in points at <paramref name="size"/>.</summary>
    public double Width(string text, double size) => text.EnumerateRunes().Sum(r => Advance(Glyph(r.Value))) * size / 1000.0;

    /// <summary>The font file with only <paramref name="glyphs"/> (and .notdef, and their composites' parts) keeping their outlines.</summary>
    public byte[] Subset(IEnumerable<int> glyphs)
    {
        var keep = new HashSet<int> { 0 };
        var pending = new Stack<int>(glyphs);
        while (pending.Count > 0)
        {
            var glyph = pending.Pop();
            if (glyph < 0 || glyph >= GlyphCount || !keep.Add(glyph)) continue;
            foreach (var part in Components(glyph)) if (!keep.Contains(part)) pending.Push(part);
        }

        var glyf = new MemoryStream();
        var loca = new byte[4 * (GlyphCount + 1)];
        for (var glyph = 0; glyph < GlyphCount; glyph++)
        {
            BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * glyph), (uint)glyf.Length);
            if (!keep.Contains(glyph)) continue;
            var (start, end) = GlyphRange(glyph);
            glyf.Write(_bytes, start, end - start);
            while (glyf.Length % 4 != 0) glyf.WriteByte(0);
        }
        BinaryPrimitives.WriteUInt32BigEndian(loca.AsSpan(4 * GlyphCount), (uint)glyf.Length);

        var head = Table("head");
        BinaryPrimitives.WriteInt16BigEndian(head.AsSpan(50), 1); // long 'loca' offsets
        BinaryPrimitives.WriteUInt32BigEndian(head.AsSpan(8), 0); // checkSumAdjustment, set below
        var tables = new SortedDictionary<string, byte[]>(StringComparer.Ordinal)
        {
            ["head"] = head, ["hhea"] = Table("hhea"), ["hmtx"] = Table("hmtx"), ["maxp"] = Table("maxp"),
            ["loca"] = loca, ["glyf"] = glyf.ToArray(),
        };
        foreach (var hinting in (string[])["cvt ", "fpgm", "prep"])
            if (_tables.ContainsKey(hinting)) tables[hinting] = Table(hinting);

        var file = new MemoryStream();
        Span<byte> header = stackalloc byte[12];
        var count = tables.Count;
        var power = 1;
        var log = 0;
        while (power * 2 <= count) { power *= 2; log++; }
        BinaryPrimitives.WriteUInt32BigEndian(header, 0x00010000);
        BinaryPrimitives.WriteUInt16BigEndian(header[4..], (ushort)count);
        BinaryPrimitives.WriteUInt16BigEndian(header[6..], (ushort)(power * 16));
        BinaryPrimitives.WriteUInt16BigEndian(header[8..], (ushort)log);
        BinaryPrimitives.WriteUInt16BigEndian(header[10..], (ushort)(count * 16 - power * 16));
        file.Write(header);
        var directory = new byte[16 * count];
        file.Write(directory);
        var headOffset = 0;
        var i = 0;
        foreach (var (tag, data) in tables)
        {
            var offset = (int)file.Length;
            if (tag == "head") headOffset = offset;
            Encoding.ASCII.GetBytes(tag).CopyTo(directory, 16 * i);
            BinaryPrimitives.WriteUInt32BigEndian(directory.AsSpan(16 * i + 4), Checksum(data));
            BinaryPrimitives.WriteUInt32BigEndian(directory.AsSpan(16 * i + 8), (uint)offset);
            BinaryPrimitives.WriteUInt32BigEndian(directory.AsSpan(16 * i + 12), (uint)data.Length);
            file.Write(data);
            while (file.Length % 4 != 0) file.WriteByte(0);
            i++;
        }
        var result = file.ToArray();
        directory.CopyTo(result, 12);
        BinaryPrimitives.WriteUInt32BigEndian(result.AsSpan(headOffset + 8), unchecked(0xB1B0AFBA - Checksum(result)));
        return result;
    }

    private byte[] Table(string tag) => _bytes.AsSpan(_tables[tag].Offset, _tables[tag].Length).ToArray();

    private static uint Checksum(byte[] data)
    {
        uint sum = 0;
        for (var i = 0; i < data.Length; i += 4)
        {
            uint word = 0;
            for (var j = 0; j < 4; j++) word = (word << 8) | (i + j < data.Length ? data[i + j] : 0u);
            sum = unchecked(sum + word);
        }
        return sum;
    }

    private (int Start, int End) GlyphRange(int glyph)
    {
        var (loca, glyf) = (_tables["loca"].Offset, _tables["glyf"]);
        var (start, end) = _longLoca ? ((int)U32(loca + 4 * glyph), (int)U32(loca + 4 * glyph + 4)) : (U16(loca + 2 * glyph) * 2, U16(loca + 2 * glyph + 2) * 2);
        if (start < 0 || end < start || end > glyf.Length) throw new FormatException($"glyph {glyph} ra ngoài bảng glyf");
        return (glyf.Offset + start, glyf.Offset + end);
    }

    /// <summary>The glyphs a composite glyph is drawn from (OpenType 'glyf', composite glyph description).</summary>
    private IEnumerable<int> Components(int glyph)
    {
        var (start, end) = GlyphRange(glyph);
        if (end - start < 10 || S16(start) >= 0) yield break;
        var at = start + 10;
        while (at + 4 <= end)
        {
            var flags = U16(at);
            yield return U16(at + 2);
            at += 4 + ((flags & 0x0001) != 0 ? 4 : 2);
            if ((flags & 0x0008) != 0) at += 2;
            else if ((flags & 0x0040) != 0) at += 4;
            else if ((flags & 0x0080) != 0) at += 8;
            if ((flags & 0x0020) == 0) yield break;
        }
    }

    private void ReadCmap()
    {
        var cmap = _tables["cmap"].Offset;
        var count = U16(cmap + 2);
        int? format4 = null, format12 = null;
        for (var i = 0; i < count; i++)
        {
            var (platform, encoding) = (U16(cmap + 4 + 8 * i), U16(cmap + 6 + 8 * i));
            var offset = cmap + (int)U32(cmap + 8 + 8 * i);
            var format = U16(offset);
            if (platform is 3 or 0 && format == 12 && (platform == 0 || encoding == 10)) format12 ??= offset;
            if (platform is 3 or 0 && format == 4 && (platform == 0 || encoding == 1)) format4 ??= offset;
        }
        if (format12 is { } groups)
        {
            var n = U32(groups + 12);
            for (var g = 0; g < n; g++)
            {
                var (first, last, glyph) = (U32(groups + 16 + 12 * g), U32(groups + 20 + 12 * g), U32(groups + 24 + 12 * g));
                for (var c = first; c <= last && c - first < 0x10000; c++) _cmap.TryAdd((int)c, (int)(glyph + (c - first)));
            }
            return;
        }
        if (format4 is not { } table) throw new FormatException("phông không có bảng mã Unicode");
        var segments = U16(table + 6) / 2;
        var ends = table + 14;
        var starts = ends + 2 * segments + 2;
        var deltas = starts + 2 * segments;
        var ranges = deltas + 2 * segments;
        for (var s = 0; s < segments; s++)
        {
            var (first, last, delta, range) = (U16(starts + 2 * s), U16(ends + 2 * s), S16(deltas + 2 * s), U16(ranges + 2 * s));
            for (var c = first; c <= last && c != 0xFFFF; c++)
            {
                int glyph;
                if (range == 0) glyph = (c + delta) & 0xFFFF;
                else
                {
                    var at = ranges + 2 * s + range + 2 * (c - first);
                    glyph = U16(at);
                    if (glyph != 0) glyph = (glyph + delta) & 0xFFFF;
                }
                if (glyph != 0) _cmap.TryAdd(c, glyph);
            }
        }
    }

    private string? ReadPostScriptName()
    {
        if (!_tables.TryGetValue("name", out var name)) return null;
        var count = U16(name.Offset + 2);
        var strings = name.Offset + U16(name.Offset + 4);
        for (var i = 0; i < count; i++)
        {
            var record = name.Offset + 6 + 12 * i;
            var (platform, id, length, offset) = (U16(record), U16(record + 6), U16(record + 8), U16(record + 10));
            if (id != 6) continue;
            var text = platform is 0 or 3 ? Encoding.BigEndianUnicode.GetString(_bytes, strings + offset, length) : Encoding.Latin1.GetString(_bytes, strings + offset, length);
            var clean = new string(text.Where(c => c is > ' ' and < '\u007F' and not ('[' or ']' or '(' or ')' or '{' or '}' or '<' or '>' or '/' or '%' or '#')).ToArray());
            if (clean.Length > 0) return clean;
        }
        return null;
    }

    private int U16(int at) => BinaryPrimitives.ReadUInt16BigEndian(_bytes.AsSpan(at));
    private short S16(int at) => BinaryPrimitives.ReadInt16BigEndian(_bytes.AsSpan(at));
    private uint U32(int at) => BinaryPrimitives.ReadUInt32BigEndian(_bytes.AsSpan(at));
}

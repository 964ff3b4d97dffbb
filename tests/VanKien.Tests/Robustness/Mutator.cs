using System.Text;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Deterministic mutations of a source: byte flips and splices, line-level YAML edits (delete,
/// duplicate, re-indent, tabs, unclosed quotes and brackets, anchors and aliases), and Markdown
/// edits (deep nesting, stray containers, headings, tables). The same seed gives the same inputs.
/// </summary>
internal sealed class Mutator(int seed)
{
    private readonly Random _random = new(seed);

    private static readonly string[] Snippets =
    [
        "\t", "  ", "---", "...", ":", ": :", "- ", "[", "]", "{", "}", "\"", "'", "&a ", "*a", "!!binary ", "? ", "|", ">",
        "::: chi-tieu", "::: phu-luc", ":::", "# ", "###### ", "> > > > >", "- - - - - -", "1. 1. 1. 1.", "| a | b |\n|---|---|",
        "cha: CT-99", "thuc-hien: ../../../../etc/passwd", "thuc-hien: .", "gia-tri: \">= 1.35 ha\"", "ngay: 2025-02-30",
        "ky: hang-tuan", "quan-he: gop-phan", "han: 3000", "mien: [{cha: x}]", "\u0000", "\uFEFF", "\u0301", "Ð", "𝔸",
        "100% trở lên", "top 0", "01-02", "trên", "1..", "..2", "%", "(2030)", ";;", "Phân đấu", "  x  y",
        // Digits of other scripts and numbers past any integer: read as ASCII digits only, never overflowing.
        "top ３", "top ٣", "mức độ ٢", "(20٣٠)", "２０２３-01-16", "top 99999999999", "3000000000", "1e308", "99999999999999999999999999999%",
        // Invisible and bidirectional characters, HTML-ish residue, brackets.
        "\u200B", "\u202E", "\u2066", "<p>", "&#x202E;", "[[[[[[[[", "**05**", "*XX*",
        // What converters leave and the importer takes out: tags, entities, emphasis, blank numbers, dates in figures.
        "</p><p>", "<i>", "</b>", "<br/>", "<span style=\"x\">", "&nbsp;", "&amp;", "&#7843;", "&bogus;", "***", "*05*", "_x_",
        "Số      -KH/CB", "Số: XX -KH/CB", "Số: …/KH-UBND", "Số: ", "Ngày *05* tháng *3* năm 2026", "Hà Nội, 30/10/2025", "Hà Nội, 31-02-2025",
        // Real pages' layouts: header words and cells broken or run together, titles, parts, lists in one line.
        "ỦY\nBAN NHÂN DÂN", "CỘNG\nHÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Hà\nNội, ngày 05 tháng 3 năm 2026", "ngày       tháng   năm 2026",
        "ĐẢNG UỶ XÃ A          CHI BỘ B", "TRƯỜNG A Độc lập- Tự do- Hạnh phúc", "Số 445-KL/TU", "Số: 367 - QĐ/TW", "| Số: 97/NQ-HĐND |",
        "DỰ THẢO BÁO CÁO ", "QUYẾT NGHỊ:", "KẾT LUẬN", "HỘI ĐỒNG NHÂN DÂN TỈNH A", "KHÓA IX - KỲ HỌP THỨ 6", "Xét Tờ trình số 1/TTr;",
        "Thực hiện Kế hoạch số 1-KH/ĐU;", "Phần A. ", "PHẦN 1: ", "Phần 2: ", "I- ", "A/ ", "P. 5", " 1. A 2. B 3. C 4. D ", "II. ",
    ];

    public byte[] Mutate(byte[] source)
    {
        var rounds = 1 + _random.Next(4);
        var bytes = source;
        for (var i = 0; i < rounds; i++)
        {
            bytes = _random.Next(10) switch
            {
                0 or 1 => FlipBytes(bytes),
                2 => SpliceBytes(bytes),
                3 or 4 or 5 => Lines(bytes, EditLine),
                6 => Lines(bytes, Duplicate),
                7 => Nest(bytes),
                8 => Truncate(bytes),
                _ => Insert(bytes),
            };
        }
        return bytes;
    }

    private byte[] FlipBytes(byte[] bytes)
    {
        if (bytes.Length == 0) return bytes;
        var copy = (byte[])bytes.Clone();
        for (var i = 0; i < 1 + _random.Next(8); i++) copy[_random.Next(copy.Length)] = (byte)_random.Next(256);
        return copy;
    }

    private byte[] SpliceBytes(byte[] bytes)
    {
        if (bytes.Length < 2) return bytes;
        var a = _random.Next(bytes.Length);
        var b = _random.Next(bytes.Length);
        var length = Math.Min(_random.Next(200), bytes.Length - Math.Max(a, b));
        return [.. bytes[..a], .. bytes.AsSpan(b, length).ToArray(), .. bytes[a..]];
    }

    private byte[] Truncate(byte[] bytes) => bytes.Length == 0 ? bytes : bytes[.._random.Next(bytes.Length)];

    private byte[] Insert(byte[] bytes)
    {
        var text = Encoding.UTF8.GetString(bytes);
        var at = _random.Next(text.Length + 1);
        return Encoding.UTF8.GetBytes(text[..at] + Snippets[_random.Next(Snippets.Length)] + text[at..]);
    }

    private byte[] Lines(byte[] bytes, Func<List<string>, int, List<string>> edit)
    {
        var lines = Encoding.UTF8.GetString(bytes).Split('\n').ToList();
        if (lines.Count == 0) return bytes;
        return Encoding.UTF8.GetBytes(string.Join('\n', edit(lines, _random.Next(lines.Count))));
    }

    private List<string> EditLine(List<string> lines, int at)
    {
        var line = lines[at];
        switch (_random.Next(7))
        {
            case 0: lines.RemoveAt(at); break;
            case 1: lines[at] = new string(' ', _random.Next(12)) + line.TrimStart(); break;
            case 2: lines[at] = "\t" + line; break;
            case 3: lines[at] = line + Snippets[_random.Next(Snippets.Length)]; break;
            case 4: lines.Insert(at, Snippets[_random.Next(Snippets.Length)]); break;
            case 5: lines[at] = line.Replace(":", _random.Next(2) == 0 ? "" : "::"); break;
            default: (lines[at], lines[(at + 1) % lines.Count]) = (lines[(at + 1) % lines.Count], line); break;
        }
        return lines;
    }

    private List<string> Duplicate(List<string> lines, int at)
    {
        var count = Math.Min(1 + _random.Next(20), lines.Count - at);
        lines.InsertRange(at, lines.GetRange(at, count));
        return lines;
    }

    /// <summary>Deep structures: nested lists, quotes, flow collections, aliases.</summary>
    private byte[] Nest(byte[] bytes)
    {
        var depth = 1 + _random.Next(_random.Next(4) == 0 ? 5000 : 60);
        var piece = _random.Next(5) switch
        {
            0 => string.Concat(Enumerable.Range(0, depth).Select(i => new string(' ', i * 2) + "- x\n")),
            1 => new string('>', depth) + " x\n",
            2 => new string('[', depth) + new string(']', depth),
            3 => "a: &a [x, x, x]\n" + string.Concat(Enumerable.Range(0, depth).Select(i => $"b{i}: [*a, *a]\n")),
            _ => new string('*', depth) + "x" + new string('*', depth),
        };
        var text = Encoding.UTF8.GetString(bytes);
        var at = _random.Next(text.Length + 1);
        return Encoding.UTF8.GetBytes(text[..at] + "\n" + piece + "\n" + text[at..]);
    }
}

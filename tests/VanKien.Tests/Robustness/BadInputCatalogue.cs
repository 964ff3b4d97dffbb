using System.Text;
using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// The catalogue of bad inputs: each is made from the valid minimal fixture by one change (or is a
/// hostile file on its own), and names the one diagnostic it must produce — rule, severity, line and
/// column — or none, for the inputs that are merely unusual (a byte-order mark, CRLF line endings).
/// </summary>
public static class BadInputCatalogue
{
    /// <summary>One entry. <paramref name="Make"/> writes the input into a project folder and returns the path to give the command.</summary>
    public sealed record Entry(
        string Name,
        Func<string, string> Make,
        string? Rule,
        string Severity = "error",
        int Line = 1,
        int Column = 1,
        string Command = "check",
        string? Message = null,
        string? Template = null);

    private static string Valid => File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"));

    /// <summary>The valid fixture's lines, 0-based: 0 '---', 1 loai, 2 so, 3 co-quan, 4 cap-tren, 5 ban-hanh, 6 dia-danh, 7 ngay, 8 trich-yeu, 9 noi-nhan, 10 ky, 11 '---', 13 the first heading, 15 the first paragraph.</summary>
    private static List<string> Lines => [.. Valid.Split('\n')];

    private static Func<string, string> Text(string name, Func<List<string>, IEnumerable<string>> change) =>
        folder => Write(folder, name, Encoding.UTF8.GetBytes(string.Join('\n', change(Lines))));

    private static Func<string, string> Bytes(string name, Func<byte[]> make) => folder => Write(folder, name, make());

    private static string Write(string folder, string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static IEnumerable<string> Replace(List<string> lines, int index, params string[] with) => [.. lines[..index], .. with, .. lines[(index + 1)..]];

    private static IEnumerable<string> Insert(List<string> lines, int index, params string[] lines2) => [.. lines[..index], .. lines2, .. lines[index..]];

    private static IEnumerable<string> WithTarget(List<string> lines, string value) => [.. Insert(lines, 11,
        "chi-tieu:", "  - nhom: Về xây dựng Đảng", "    muc:", "      - noi-dung: Tỷ lệ đạt 1,35 lần.", $"        gia-tri: \"{value}\""), "", "::: chi-tieu", ":::", ""];

    private static string Parent(string folder, string name, string parent, string number) =>
        Text(name, l => Insert(l, 11, $"thuc-hien: {parent}").Select(x => x.Replace("01-CTr/CB", number)))(folder);

    public static IReadOnlyList<Entry> All { get; } =
    [
        // Malformed YAML.
        new("tab-indentation", Text("tab.md", l => Replace(l, 5, "\t" + l[5].TrimStart())), "VK0001", Line: 6, Column: 1, Message: "tab"),
        new("unclosed-quote", Text("quote.md", l => Replace(l, 8, "trich-yeu: \"Thực hiện Nghị quyết")), "VK0001", Line: 9, Column: 12),
        new("duplicate-key", Text("dup.md", l => Insert(l, 3, "so: 02-CTr/CB")), "VK0001", Line: 4, Column: 1, Message: "khóa 'so' xuất hiện hai lần"),
        // Schema.
        new("wrong-type", Text("type.md", l => Replace(l, 3, "co-quan: Chi bộ Thôn Đông").Where((_, i) => i is not (4 or 5))), "VK0003", Line: 4, Column: 10),
        new("unknown-key-did-you-mean", Text("key.md", l => Replace(l, 8, l[8].Replace("trich-yeu", "trich-yu"))), "VK0002", Line: 9, Column: 1, Message: "có phải ý bạn là 'trich-yeu'?"),
        new("missing-required-field", Text("missing.md", l => l.Where((_, i) => i != 7)), "VK0004", Line: 2, Column: 1, Message: "thiếu trường bắt buộc 'ngay'"),
        new("impossible-date", Text("date.md", l => Replace(l, 7, "ngay: 2025-02-30")), "VK0005", Line: 8, Column: 7, Message: "30/02/2025 không tồn tại"),
        new("number-in-the-wrong-locale", Text("locale.md", l => WithTarget(l, ">= 1.35 lần")), "VK0010", Line: 16, Column: 18, Message: "dấu phẩy thập phân"),
        // Encoding.
        new("yaml-escape-makes-a-control-character", Text("escape.md", l => Replace(l, 8, "trich-yeu: \"Thực hiện Nghị quyết\\a\"")), "VK0011", Line: 9, Column: 12, Message: "U+0007"),
        new("markdown-entity-makes-a-control-character", Text("entity.md", l => Replace(l, 15, "Chi bộ &#7; cụ thể hóa.")), "VK0011", Line: 16, Column: 8, Message: "&#7;"),
        new("invalid-utf8", Bytes("utf8.md", () => InsertBytes(Encoding.UTF8.GetBytes(Valid), Lines[15], 4, [0xFF])), "VK0008", Line: 16, Column: 5),
        new("byte-order-mark", Bytes("bom.md", () => [0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Valid)]), null, Command: "build"),
        new("summary-starting-outside-the-bmp", Text("astral.md", l => Replace(l, 8, "trich-yeu: 𝐓hực hiện Nghị quyết")), null, Command: "build"),
        new("crlf-line-endings", Bytes("crlf.md", () => Encoding.UTF8.GetBytes(Valid.Replace("\n", "\r\n"))), null, Command: "build"),
        new("decomposed-nfd-after-a-character-outside-the-bmp", Text("nfd-astral.md", l => Replace(l, 13, "# 𝐓 " + "Mục đích".Normalize(NormalizationForm.FormD))), "VK0402", "warning", Line: 14, Column: 7),
        new("decomposed-nfd", Text("nfd.md", l => Replace(l, 13, l[13].Normalize(NormalizationForm.FormD))), "VK0402", "warning", Line: 14, Column: 4),
        // Shape and size.
        new("empty-file", Bytes("empty.md", () => []), "VK0007", Line: 1, Column: 1),
        new("only-front-matter", Text("head.md", l => l.Take(12).Append("")), "VK0504", "warning", Line: 2, Column: 1, Message: "Mục đích"),
        new("file-of-50-mb", Bytes("big.md", () => Encoding.UTF8.GetBytes(Valid + string.Concat(Enumerable.Repeat("Đoạn văn rất dài của chương trình hành động.\n", 50 * 1024 * 1024 / 50)))), "VK0009", Line: 1, Column: 1, Message: "vượt giới hạn 8.388.608 byte"),
        new("yaml-alias-bomb", Bytes("bomb.md", () => Encoding.UTF8.GetBytes(AliasBomb())), "VK0009", Line: 9, Column: 11, Message: "bí danh"),
        new("yaml-10000-deep", Bytes("deep.md", () => Encoding.UTF8.GetBytes($"---\nloai: {new string('[', 10_000)}{new string(']', 10_000)}\n---\n\n# A\n")), "VK0009", Line: 2, Column: 70, Message: "lồng nhau quá 64 cấp"),
        new("markdown-10000-quotes", Bytes("quotes.md", () => Encoding.UTF8.GetBytes(Valid + "\n" + new string('>', 10_000) + " x\n")), "VK0009", Line: 18, Column: 1),
        new("markdown-1000-deep-list", Bytes("list.md", () => Encoding.UTF8.GetBytes(Valid + "\n" + string.Concat(Enumerable.Range(0, 1000).Select(k => new string(' ', 2 * k) + "- a\n")))), "VK0009", Line: 83, Column: 1, Message: "quá 32 cấp"),
        // Between files.
        new("parent-loop", folder => { Parent(folder, "b.md", "a.md", "02-CTr/CB"); return Parent(folder, "a.md", "b.md", "01-CTr/CB"); }, "VK0204", Line: 12, Column: 12, Message: "a.md → b.md → a.md"),
        new("parent-climbs-out", folder => Parent(folder, "climb.md", "../../../../../../../etc/passwd", "01-CTr/CB"), "VK0206", Line: 12, Column: 12, Message: "nằm ngoài dự án"),
        new("parent-through-a-linked-folder", folder =>
        {
            var outside = Path.Combine(Path.GetDirectoryName(folder)!, "ngoai-du-an");
            Directory.CreateDirectory(outside);
            File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), Path.Combine(outside, "cap-tren.md"));
            Directory.CreateSymbolicLink(Path.Combine(folder, "lien-ket"), outside);
            return Parent(folder, "linked.md", "lien-ket/cap-tren.md", "01-CTr/CB");
        }, "VK0201", Line: 12, Column: 12, Message: "ngoài dự án"),
        new("template-is-a-device", Text("device.md", l => l), "VK0501", Command: "build", Template: "/dev/zero", Message: "là thiết bị"),
        new("template-symlink-out", folder =>
        {
            var outside = Path.Combine(Path.GetDirectoryName(folder)!, "outside.docx");
            File.WriteAllBytes(outside, [0x50, 0x4B]);
            var link = Path.Combine(folder, "templates", "chuong-trinh-hanh-dong", "reference.docx");
            Directory.CreateDirectory(Path.GetDirectoryName(link)!);
            File.CreateSymbolicLink(link, outside);
            return Text("symlink.md", l => l)(folder);
        }, "VK0501", Command: "build", Message: "ngoài dự án"),
    ];

    /// <summary>Twelve levels of nine aliases each: 9^12 nodes if expanded.</summary>
    private static string AliasBomb()
    {
        var yaml = new StringBuilder("---\na: &a [\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\",\"x\"]\n");
        for (var k = 1; k < 12; k++)
            yaml.Append($"{(char)('a' + k)}: &{(char)('a' + k)} [{string.Join(',', Enumerable.Repeat($"*{(char)('a' + k - 1)}", 9))}]\n");
        return yaml.Append("---\n\n# A\n").ToString();
    }

    private static byte[] InsertBytes(byte[] bytes, string line, int offset, byte[] insert)
    {
        var at = IndexOf(bytes, Encoding.UTF8.GetBytes(line)) + offset;
        return [.. bytes[..at], .. insert, .. bytes[at..]];
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle)) return i;
        throw new ArgumentException("not found");
    }
}

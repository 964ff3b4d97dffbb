namespace VanKien.Cli.Vietnamese;

/// <summary>
/// What the help shows between angle brackets: what to give, in the user's words. An option's or
/// argument's name is English or a key without diacritics (it is typed, and scripts depend on it);
/// the placeholder is only read, so it can say "&lt;tệp-hoặc-thư-mục&gt;" instead of "&lt;paths&gt;".
/// </summary>
internal static class HelpPlaceholders
{
    private static readonly Dictionary<string, string> ByName = new(StringComparer.Ordinal)
    {
        ["paths"] = "tệp-hoặc-thư-mục",
        ["output"] = "nơi-ghi",
        ["template"] = "tệp-mẫu",
        ["format"] = "định-dạng",
        ["diagnostics"] = "dạng",
        ["soffice"] = "đường-dẫn-soffice",
        ["shard"] = "phần/số-phần",
        ["parent"] = "văn-bản-cấp-trên",
        ["kind"] = "loại",
        ["loai"] = "loại",
        ["which"] = "loại-lược-đồ",
        ["sides"] = "bản-cũ bản-mới",
        ["reviewed"] = "bản-đã-duyệt.docx",
        ["program"] = "chương-trình",
        ["nam"] = "năm",
        ["input"] = "tệp-nhập",
        ["folders"] = "thư-mục",
        ["file"] = "tệp",
        ["child"] = "văn-bản",
        ["to-chuc"] = "loại-tổ-chức",
        ["source"] = "tệp-nguồn",
        ["results"] = "tệp-kết-quả",
        ["ket-qua"] = "tệp-kết-quả",
        ["redline"] = "tệp.docx",
        ["noi-dung"] = "tệp.md",
        ["bo-sung"] = "tệp.yaml",
        ["ban-hanh"] = "cơ-quan",
        ["author"] = "tên",
        ["pdf"] = "tệp.pdf",
        ["chung-thu"] = "tệp.p12",
        ["ly-do"] = "lý-do",
        ["dia-diem"] = "nơi-ký",
        ["token"] = "thư-viện-pkcs11",
        ["the"] = "nhãn",
        ["hinh-chu-ky"] = "ảnh.png",
        ["hinh-dau"] = "ảnh.png",
        ["co-dau"] = "đường-kính-mm",
        ["vai"] = "tư-cách",
        ["dau-thoi-gian"] = "địa-chỉ",
    };

    /// <summary>The placeholder for an option or argument of this name (without its dashes); the name itself when none is known.</summary>
    public static string For(string name) => ByName.TryGetValue(name, out var placeholder) ? placeholder : name;
}

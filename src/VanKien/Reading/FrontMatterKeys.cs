namespace VanKien.Reading;

/// <summary>
/// The keys of the source language. Keys are Vietnamese without diacritics, in kebab-case,
/// because the people who edit the sources think in these terms.
/// </summary>
internal static class FrontMatterKeys
{
    public static readonly string[] Document =
    [
        "loai", "so", "co-quan", "dia-danh", "ngay", "tieu-de", "trich-yeu", "nhiem-ky",
        "thuc-hien", "can-cu", "chi-tieu", "noi-nhan", "ky", "loai-to-chuc", "mien", "truc-thuoc", "the-thuc", "du-thao", "de-muc", "tham-quyen-ban-hanh",
    ];

    /// <summary>A document written as a .yaml file holds its Markdown body under this key.</summary>
    public const string Body = "than-van-ban";

    public static readonly string[] Waiver = ["cha", "ly-do"];

    public static readonly string[] IssuingBodies = ["cap-tren", "ban-hanh", "ten-goi"];

    public static readonly string[] Signature = ["tham-quyen", "chuc-vu", "ho-ten"];

    public static readonly string[] TargetGroup = ["nhom", "muc"];

    public static readonly string[] Target = ["id", "noi-dung", "gia-tri", "ky", "cha", "quan-he", "han", "doi-tuong"];
}

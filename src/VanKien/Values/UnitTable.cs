namespace VanKien.Values;

/// <summary>
/// One unit word of <see cref="UnitTable"/>: what it measures, its base and how many of the base
/// one of it is. <see cref="InSentences"/> says whether a number followed by the word in a target's
/// sentence is read as a value; a few words are only for <c>gia-tri</c> (see the table for why).
/// </summary>
public sealed record UnitEntry(string Word, Dimension Dimension, string Base, decimal Scale, bool InSentences = true);

/// <summary>
/// Every unit VanKien reads, in one place: what planning documents measure — percent and
/// percentage points, money, mass, volume, area, length, time, ratios and the nouns they count.
/// <see cref="Unit"/> reads a unit's words through it; the phrase parser's pattern of unit words is
/// made from it (and a test holds the parser's constant to it). A word not in the table, after a
/// number in <c>gia-tri</c>, is a counted noun of its own ("điểm trường", "câu lạc bộ").
/// </summary>
public static class UnitTable
{
    private const decimal Thousand = 1_000, Million = 1_000_000, Billion = 1_000_000_000;

    public static IReadOnlyList<UnitEntry> All { get; } =
    [
        // Percent and its difference: "tăng 2 điểm phần trăm" is not "tăng 2%".
        new("%", Dimension.Percent, "%", 1),
        new("phần trăm", Dimension.Percent, "%", 1),
        new("điểm %", Dimension.PercentagePoint, "điểm %", 1),
        new("điểm phần trăm", Dimension.PercentagePoint, "điểm %", 1),

        // Money in đồng. Bare "triệu", "tỷ" are money in gia-tri only: in a sentence they multiply
        // whatever follows ("1,2 triệu lượt khách"), so the sentence must say "đồng".
        new("đồng", Dimension.Money, "đồng", 1),
        new("nghìn đồng", Dimension.Money, "đồng", Thousand),
        new("ngàn đồng", Dimension.Money, "đồng", Thousand),
        new("triệu đồng", Dimension.Money, "đồng", Million),
        new("tỷ đồng", Dimension.Money, "đồng", Billion),
        new("tỉ đồng", Dimension.Money, "đồng", Billion),
        new("nghìn tỷ đồng", Dimension.Money, "đồng", Thousand * Billion),
        new("triệu", Dimension.Money, "đồng", Million, InSentences: false),
        new("tỷ", Dimension.Money, "đồng", Billion, InSentences: false),
        new("tỉ", Dimension.Money, "đồng", Billion, InSentences: false),
        // Foreign currencies: each its own base, never converted to đồng (no rate is fixed in a plan).
        new("usd", Dimension.Money, "USD", 1),
        new("đô la mỹ", Dimension.Money, "USD", 1),
        new("triệu usd", Dimension.Money, "USD", Million),
        new("eur", Dimension.Money, "EUR", 1),
        new("triệu eur", Dimension.Money, "EUR", Million),

        // Mass (Luật Đo lường: kilôgam; tạ and tấn are the customary 100 kg and 1.000 kg).
        new("g", Dimension.Mass, "g", 1),
        new("gam", Dimension.Mass, "g", 1),
        new("kg", Dimension.Mass, "g", Thousand),
        new("tạ", Dimension.Mass, "g", 100 * Thousand),
        new("tấn", Dimension.Mass, "g", Million),

        // Volume: a m³ is 1.000 lít.
        new("lít", Dimension.Volume, "lít", 1),
        new("m³", Dimension.Volume, "lít", Thousand),
        new("m3", Dimension.Volume, "lít", Thousand),

        // Area. "sào" is not a legal unit and differs by region (360 m² in Bắc Bộ, 500 m² in Trung
        // Bộ): it is kept as its own base, compared with sào only, never converted to m².
        new("m²", Dimension.Area, "m²", 1),
        new("m2", Dimension.Area, "m²", 1),
        new("ha", Dimension.Area, "m²", 10_000),
        new("héc-ta", Dimension.Area, "m²", 10_000),
        new("km²", Dimension.Area, "m²", Million),
        new("km2", Dimension.Area, "m²", Million),
        new("sào", Dimension.Area, "sào", 1),

        // Length; "km đường" is how plans count roads built.
        new("m", Dimension.Length, "m", 1),
        new("mét", Dimension.Length, "m", 1),
        new("km", Dimension.Length, "m", Thousand),
        new("km đường", Dimension.Length, "m", Thousand),

        // Time: days and months are two bases (a month has no fixed number of days). In a
        // sentence a duration says when ("6 tháng đầu năm"), not how much: gia-tri only.
        new("ngày", Dimension.Time, "ngày", 1, InSentences: false),
        new("tuần", Dimension.Time, "ngày", 7, InSentences: false),
        new("tháng", Dimension.Time, "tháng", 1, InSentences: false),
        new("quý", Dimension.Time, "tháng", 3, InSentences: false),
        new("năm", Dimension.Time, "tháng", 12, InSentences: false),

        // A ratio: "gấp 2 lần", "kiểm điểm 2 lần/năm".
        new("lần", Dimension.Ratio, "lần", 1),

        // Counted nouns: each its own base.
        .. Counted(
            "người", "lượt người", "lượt", "hộ", "hộ gia đình", "đảng viên", "đoàn viên", "hội viên", "cán bộ",
            "xã", "thôn", "tổ dân phố", "hợp tác xã", "doanh nghiệp", "trường", "điểm trường", "lớp", "nhóm",
            "giáo viên", "học sinh", "trẻ", "chi bộ", "tổ chức cơ sở đảng", "mô hình", "chuyên đề", "cuộc",
            "công trình", "sản phẩm"),
    ];

    private static IEnumerable<UnitEntry> Counted(params string[] nouns) => nouns.Select(n => new UnitEntry(n, Dimension.Count, n, 1));

    private static readonly Dictionary<string, UnitEntry> ByWord = All.ToDictionary(e => e.Word, StringComparer.Ordinal);

    public static UnitEntry? Find(string word) => ByWord.GetValueOrDefault(word);

    /// <summary>The words a sentence's number may be followed by, longest first (so "điểm trường" wins over "trường", "km đường" over "km"); "%" has its own place in the pattern.</summary>
    public static IReadOnlyList<string> SentenceWords { get; } =
        [.. All.Where(e => e.InSentences && e.Word != "%").Select(e => e.Word).OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];

    /// <summary>The words after "mỗi", "trên 1" that a value is counted per: the sentence words other than money, percent and ratios.</summary>
    public static IReadOnlyList<string> PerWords { get; } =
        [.. SentenceWords.Where(w => Find(w)!.Dimension is not (Dimension.Money or Dimension.Percent or Dimension.PercentagePoint or Dimension.Ratio))];

    /// <summary>The sentence words as a regex alternation.</summary>
    public static string SentencePattern { get; } = string.Join("|", SentenceWords.Select(Escape));

    public static string PerPattern { get; } = string.Join("|", PerWords.Select(Escape));

    private static string Escape(string word) => System.Text.RegularExpressions.Regex.Escape(word).Replace("\\ ", " ");
}

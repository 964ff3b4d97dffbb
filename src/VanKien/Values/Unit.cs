namespace VanKien.Values;

/// <summary>What a quantity measures: the kind of unit, within which amounts convert.</summary>
public enum Dimension
{
    /// <summary>A bare number ("ít nhất 03").</summary>
    None,
    Percent,
    /// <summary>A difference of percentages ("điểm %").</summary>
    PercentagePoint,
    Money,
    Area,
    Length,
    /// <summary>Days (ngày, tuần) and months (tháng, quý, năm) are two bases: a month has no fixed number of days.</summary>
    Time,
    /// <summary>Things counted by their noun: "đảng viên", "trường", "lớp".</summary>
    Count,
}

/// <summary>
/// A unit read from its Vietnamese words: its dimension, its base ("đồng", "USD", "m²", the counted
/// noun) and how many of the base one of it is (a "triệu đồng" is 1.000.000 "đồng"), with what it is
/// counted per ("triệu đồng/người/năm": per person, per year). Two units are comparable when they
/// share dimension, base and "per"; amounts then convert exactly through the base. Foreign
/// currencies are never converted to đồng.
/// </summary>
public sealed record Unit(string Text, Dimension Dimension, string Base, decimal Scale, IReadOnlyList<string> Per)
{
    public static Unit None { get; } = new("", Dimension.None, "", 1, []);

    private static readonly Dictionary<string, (Dimension Dimension, string Base, decimal Scale)> Known = new(StringComparer.Ordinal)
    {
        ["%"] = (Dimension.Percent, "%", 1),
        ["phần trăm"] = (Dimension.Percent, "%", 1),
        ["điểm %"] = (Dimension.PercentagePoint, "điểm %", 1),
        ["điểm phần trăm"] = (Dimension.PercentagePoint, "điểm %", 1),
        ["đồng"] = (Dimension.Money, "đồng", 1),
        ["nghìn đồng"] = (Dimension.Money, "đồng", 1_000),
        ["ngàn đồng"] = (Dimension.Money, "đồng", 1_000),
        ["triệu đồng"] = (Dimension.Money, "đồng", 1_000_000),
        ["triệu"] = (Dimension.Money, "đồng", 1_000_000),
        ["tỷ đồng"] = (Dimension.Money, "đồng", 1_000_000_000),
        ["tỉ đồng"] = (Dimension.Money, "đồng", 1_000_000_000),
        ["tỷ"] = (Dimension.Money, "đồng", 1_000_000_000),
        ["usd"] = (Dimension.Money, "USD", 1),
        ["đô la mỹ"] = (Dimension.Money, "USD", 1),
        ["triệu usd"] = (Dimension.Money, "USD", 1_000_000),
        ["eur"] = (Dimension.Money, "EUR", 1),
        ["m2"] = (Dimension.Area, "m²", 1),
        ["m²"] = (Dimension.Area, "m²", 1),
        ["ha"] = (Dimension.Area, "m²", 10_000),
        ["héc-ta"] = (Dimension.Area, "m²", 10_000),
        ["km2"] = (Dimension.Area, "m²", 1_000_000),
        ["km²"] = (Dimension.Area, "m²", 1_000_000),
        ["m"] = (Dimension.Length, "m", 1),
        ["mét"] = (Dimension.Length, "m", 1),
        ["km"] = (Dimension.Length, "m", 1_000),
        ["ngày"] = (Dimension.Time, "ngày", 1),
        ["tuần"] = (Dimension.Time, "ngày", 7),
        ["tháng"] = (Dimension.Time, "tháng", 1),
        ["quý"] = (Dimension.Time, "tháng", 3),
        ["năm"] = (Dimension.Time, "tháng", 12),
    };

    /// <summary>The money, area, length and time words, longest first: what the phrase parser may take as a unit.</summary>
    public static IReadOnlyList<string> MeasureWords { get; } = [.. Known.Keys.Where(k => k != "%").OrderByDescending(k => k.Length)];

    public static Unit Parse(string text)
    {
        var squashed = VanKien.Text.VietnameseText.Squash(VanKien.Text.VietnameseText.Nfc(text)).ToLowerInvariant();
        if (squashed.Length == 0) return None;
        if (squashed.StartsWith('%')) squashed = "%" + squashed[1..];
        var parts = squashed.Split('/', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return None;
        var per = parts.Skip(1).ToList();
        var head = parts[0];
        if (head == "%" || head.StartsWith("% ", StringComparison.Ordinal)) head = "%";
        return Known.TryGetValue(head, out var known)
            ? new Unit(squashed, known.Dimension, known.Base, known.Scale, per)
            : new Unit(squashed, Dimension.Count, head, 1, per);
    }

    /// <summary>Whether amounts in the two units measure the same thing and convert.</summary>
    public bool ComparableWith(Unit other) =>
        Dimension == other.Dimension && Base == other.Base && Per.SequenceEqual(other.Per);

    /// <summary>
    /// Comparable, or one side leaves its unit implicit (a sentence's "02" for "02 đoàn viên", a
    /// result "92" for a target in %): what agreement and results accept.
    /// </summary>
    public bool ComparableOrImplicit(Unit other) => Dimension == Dimension.None || other.Dimension == Dimension.None || ComparableWith(other);

    /// <summary>Why the two are not comparable, in the words of a diagnostic; null when they are.</summary>
    public string? Mismatch(Unit other)
    {
        if (ComparableWith(other)) return null;
        if (Dimension == Dimension.Money && other.Dimension == Dimension.Money && Base != other.Base)
            return $"tiền tệ khác nhau ({Base}, {other.Base}): không quy đổi";
        return $"đơn vị '{Show(Text)}' khác '{Show(other.Text)}'";
    }

    public decimal ToBase(decimal amount) => amount * Scale;

    public decimal FromBase(decimal amount) => amount / Scale;

    public override string ToString() => Text;

    private static string Show(string unit) => unit.Length == 0 ? "(không đơn vị)" : unit;
}

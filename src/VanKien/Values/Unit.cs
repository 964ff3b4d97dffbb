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
    /// <summary>g, kg, tạ, tấn: one base, the gram.</summary>
    Mass,
    /// <summary>lít and m³.</summary>
    Volume,
    Area,
    Length,
    /// <summary>Days (ngày, tuần) and months (tháng, quý, năm) are two bases: a month has no fixed number of days.</summary>
    Time,
    /// <summary>"gấp 2 lần".</summary>
    Ratio,
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

    /// <summary>The words a period may be counted over, when one ends a unit ("%/năm", "đảng viên/nhiệm kỳ").</summary>
    private static readonly string[] PeriodWords = ["năm", "năm học", "nhiệm kỳ"];

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
        return UnitTable.Find(head) is { } known
            ? new Unit(squashed, known.Dimension, known.Base, known.Scale, per)
            : new Unit(squashed, Dimension.Count, head, 1, per);
    }

    /// <summary>The period a unit ends with ("năm" of "%/năm", "triệu đồng/người/năm"), or "".</summary>
    public string Period => Per.Count > 0 && PeriodWords.Contains(Per[^1]) ? Per[^1] : "";

    /// <summary>What the unit is counted per, its period left out: ["người"] for "triệu đồng/người/năm".</summary>
    public IEnumerable<string> PerThing => Period.Length > 0 ? Per.Take(Per.Count - 1) : Per;

    /// <summary>
    /// Whether amounts in the two units measure the same thing and convert. The period is the
    /// target's ("8..10%/năm" keeps it in the target, "9%/năm" in its unit): one side that leaves
    /// it unstated compares with any; two stated periods must be the same.
    /// </summary>
    public bool ComparableWith(Unit other) =>
        Dimension == other.Dimension && Base == other.Base && PerThing.SequenceEqual(other.PerThing)
        && (Period.Length == 0 || other.Period.Length == 0 || Period == other.Period);

    /// <summary>
    /// Comparable, or one side leaves its unit implicit (a sentence's "02" for "02 đoàn viên", a
    /// result "92" for a target in %), or leaves implicit what it is counted per (a result "90 triệu
    /// đồng" for a target "mỗi hộ … 85 triệu đồng", a gia-tri "= 72 triệu đồng" for "trên 1 ha … 72
    /// triệu đồng"): what agreement and results accept. Two different pers never are.
    /// </summary>
    public bool ComparableOrImplicit(Unit other) =>
        Dimension == Dimension.None || other.Dimension == Dimension.None || ComparableWith(other) || PerImplicit(other);

    /// <summary>Both dimensioned, in one base and compatible periods, where one side names no per.</summary>
    public bool PerImplicit(Unit other) =>
        Dimension == other.Dimension && Base == other.Base && (!PerThing.Any() || !other.PerThing.Any())
        && (Period.Length == 0 || other.Period.Length == 0 || Period == other.Period);

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

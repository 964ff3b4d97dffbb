using System.Globalization;
using System.Text.RegularExpressions;
using VanKien.Targets;
using VanKien.Values;

namespace VanKien.Results;

/// <summary>A result as measured: an amount with its unit, a rank, a level named on a scale, or a verdict stated outright.</summary>
public abstract partial record Measured
{
    /// <summary>"92%", "4,2%", "3 đảng viên", "top 3", "hạng 3", "hoàn thành tốt nhiệm vụ", "đạt".</summary>
    public static Measured Parse(string text)
    {
        var trimmed = Text.VietnameseText.Nfc(text.Trim());
        if (VerdictText.FromWords(trimmed) is { } verdict) return new MeasuredVerdict(verdict);
        if (RankRegex().Match(trimmed) is { Success: true } rank) return new MeasuredRank(Values.AsciiDigits.Parse(rank.Groups[1].Value));
        if (AmountRegex().Match(trimmed) is { Success: true } amount && Values.VietnameseNumber.TryParse(amount.Groups[1].Value, out var value))
            return new MeasuredQuantity(new Quantity(value, amount.Groups[2].Value.Trim()));
        return new MeasuredLevel(trimmed);
    }

    /// <summary>A result that starts as a number but is not one as Vietnamese writes it ("1.5"): what to write instead; null otherwise.</summary>
    public static string? NumberProblem(string text)
    {
        var match = LeadingNumber().Match(text.Trim());
        return match.Success ? Values.VietnameseNumber.Problem(match.Value) : null;
    }

    [GeneratedRegex(@"^[0-9][0-9.,]*")]
    private static partial Regex LeadingNumber();

    [GeneratedRegex(@"^(?:top|hạng|thứ)\s+([0-9]{1,6})\b", RegexOptions.IgnoreCase)]
    private static partial Regex RankRegex();

    // "9%", "9%/năm", "3 đảng viên", "60 tạ/ha": the unit as the values area reads it, a rate's per included.
    [GeneratedRegex(@"^(" + Values.VietnameseNumber.Pattern + @")\s*(%(?:\s*/[\p{L}\s/]{1,40})?|[\p{L}][\p{L}\s/²³]{0,40})?$")]
    private static partial Regex AmountRegex();
}

public sealed record MeasuredQuantity(Quantity Quantity) : Measured
{
    public override string ToString() => Quantity.ToString();
}

public sealed record MeasuredRank(int Rank) : Measured
{
    public override string ToString() => $"hạng {Rank}";
}

public sealed record MeasuredLevel(string Name) : Measured
{
    public override string ToString() => Name;
}

public sealed record MeasuredVerdict(Verdict Verdict) : Measured
{
    public override string ToString() => Verdict.Label();
}

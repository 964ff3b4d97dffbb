using System.Text.RegularExpressions;
using VanKien.Text;
using VanKien.Values;

namespace VanKien.Targets;

/// <summary>
/// Parses the structured syntax of <c>gia-tri</c>: "&gt;= 90%", "&lt;= 2 điểm trường",
/// "1..2 đảng viên/nhiệm kỳ", "top 5", "&gt;= hoàn thành tốt nhiệm vụ", "&gt;= chuan-quoc-gia:mức độ 2",
/// "&gt;= 1,35 ha/trường (2030); &gt;= 1,8 ha/trường (2035)".
/// </summary>
public sealed partial class ValueParser(OrdinalScales scales)
{
    public sealed record Result(TargetValue? Value, Period Period, string? Error);

    public static ValueParser Default { get; } = new(OrdinalScales.BuiltIn);

    public Result Parse(string text)
    {
        text = VietnameseText.Squash(VietnameseText.Nfc(text)).Replace("≥", ">=").Replace("≤", "<=");
        var parts = text.Split(';', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length == 0) return new Result(null, Period.Unstated, "giá trị trống");

        var milestones = new List<Milestone>();
        TargetValue? single = null;
        var period = Period.Unstated;
        foreach (var part in parts)
        {
            var yearMatch = TrailingYear().Match(part);
            var body = yearMatch.Success ? part[..yearMatch.Index].Trim() : part;
            var (value, partPeriod, error) = ParseSingle(body);
            if (value is null) return new Result(null, Period.Unstated, error);
            if (partPeriod != Period.Unstated) period = partPeriod;
            if (yearMatch.Success) milestones.Add(new Milestone(Values.AsciiDigits.Parse(yearMatch.Groups[1].Value), value));
            else if (parts.Length == 1) single = value;
            else return new Result(null, Period.Unstated, $"'{part}': mỗi mốc phải có năm, ví dụ '>= 80% (2030)'");
        }
        return single is not null
            ? new Result(single, period, null)
            : new Result(new MilestoneValue(milestones.OrderBy(m => m.Year).ToList()), period, null);
    }

    private (TargetValue? Value, Period Period, string? Error) ParseSingle(string text)
    {
        var (unitText, period) = SplitPeriod(text);
        text = unitText;

        var top = Top().Match(text);
        if (top.Success) return (new RankValue(Values.AsciiDigits.Parse(top.Groups[1].Value), top.Groups[2].Value.Trim()), period, null);

        var range = Range().Match(text);
        if (range.Success)
        {
            if (!Values.VietnameseNumber.TryParse(range.Groups[1].Value, out var min) || !Values.VietnameseNumber.TryParse(range.Groups[2].Value, out var max))
                return (null, period, Values.VietnameseNumber.Problem(range.Groups[1].Value) ?? Values.VietnameseNumber.Problem(range.Groups[2].Value));
            if (min > max) return (null, period, $"'{text}': đầu khoảng lớn hơn cuối khoảng");
            return (new RangeValue(min, max, Unit(range.Groups[3].Value)), period, null);
        }

        var bound = Bound().Match(text);
        if (!bound.Success) return (null, period, $"'{text}' không phải một giá trị");
        var comparator = ComparatorOf(bound.Groups[1].Value);
        var rest = bound.Groups[2].Value.Trim();

        var number = NumberWithUnit().Match(rest);
        if (number.Success)
        {
            if (!Values.VietnameseNumber.TryParse(number.Groups[1].Value, out var amount))
                return (null, period, Values.VietnameseNumber.Problem(number.Groups[1].Value));
            return (new BoundValue(comparator, new Quantity(amount, Unit(number.Groups[2].Value))), period, null);
        }

        var level = Level(rest);
        return level.Scale is null
            ? (null, period, level.Error)
            : (new LevelValue(comparator, level.Scale, level.Level), period, null);
    }

    /// <summary>A level by "scale:level", "scale:2", or a level name that only one scale has.</summary>
    private (OrdinalScale? Scale, int Level, string? Error) Level(string text)
    {
        var colon = text.IndexOf(':');
        if (colon > 0)
        {
            var scale = scales.ById(text[..colon].Trim());
            if (scale is null)
                return (null, 0, $"thang bậc '{text[..colon].Trim()}' không có; các thang: {string.Join(", ", scales.All.Select(s => s.Id))}");
            var name = text[(colon + 1)..].Trim();
            var level = int.TryParse(name, out var n) && n >= 1 && n <= scale.Levels.Count ? n : scale.LevelOf(name);
            return level > 0 ? (scale, level, null) : (null, 0, $"thang '{scale.Id}' không có bậc '{name}'; các bậc: {string.Join(", ", scale.Levels)}");
        }
        var matches = new List<(OrdinalScale Scale, int Level)>();
        foreach (var scale in scales.All)
            if (scale.LevelOf(text) is > 0 and var level) matches.Add((scale, level));
        return matches.Count switch
        {
            1 => (matches[0].Scale, matches[0].Level, null),
            0 => (null, 0, $"'{text}' không phải số lượng hay bậc của thang nào"),
            _ => (null, 0, $"'{text}' có ở nhiều thang ({string.Join(", ", matches.Select(m => m.Scale.Id))}); viết 'thang:bậc', ví dụ '{matches[0].Scale.Id}:{text}'"),
        };
    }

    internal static (string Text, Period Period) SplitPeriod(string text)
    {
        var match = PeriodSuffix().Match(text);
        if (!match.Success) return (text, Period.Unstated);
        var period = PeriodKeys.FromWord(match.Groups[1].Value);
        var before = text[..match.Index].Trim();
        // A rate ("triệu đồng/người/năm") keeps its period in its unit, so that it prints whole.
        return (before.Contains('/') ? text : before, period);
    }

    internal static string Unit(string text) => VietnameseText.Squash(text).ToLowerInvariant() switch
    {
        "" => "",
        var t when t.StartsWith('%') => "%",
        var t => t,
    };

    internal static Comparator ComparatorOf(string symbol) => symbol switch
    {
        ">=" => Comparator.AtLeast,
        ">" => Comparator.MoreThan,
        "<=" => Comparator.AtMost,
        "<" => Comparator.LessThan,
        _ => Comparator.Exactly,
    };

    [GeneratedRegex(@"\(\s*((?:19|20)[0-9]{2})\s*\)$")]
    private static partial Regex TrailingYear();

    [GeneratedRegex(@"\s*/\s*(năm học|nhiệm kỳ|năm)$")]
    private static partial Regex PeriodSuffix();

    // The words a sentence uses for a rank (PhraseParser reads the same ones): "top 5", "tốp 5", "xếp thứ 3", "đứng hạng 2".
    [GeneratedRegex(@"^(?:top|tốp|(?:xếp|đứng)\s+(?:thứ|hạng))\s+([0-9]+)\s*(.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Top();

    [GeneratedRegex(@"^([0-9]+(?:[.,][0-9]+)?)\s*(?:\.\.|-|–)\s*([0-9]+(?:[.,][0-9]+)?)\s*(.*)$")]
    private static partial Regex Range();

    [GeneratedRegex(@"^(>=|<=|>|<|=)?\s*(.+)$")]
    private static partial Regex Bound();

    [GeneratedRegex(@"^([0-9]+(?:[.,][0-9]+)*)\s*(.*)$")]
    private static partial Regex NumberWithUnit();
}

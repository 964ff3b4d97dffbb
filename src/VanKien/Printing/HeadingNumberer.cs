using VanKien.Model;
using VanKien.Text;

namespace VanKien.Printing;

/// <summary>
/// Numbers headings by the kind's scheme — I. → 1. → 1.1. → a); Phần thứ nhất → I. → 1. → a);
/// A. → 1. → 1.1. → a); or the levels a template spells out ("Điều 1."). The author never types a
/// number, so numbering cannot skip.
/// </summary>
internal sealed class HeadingNumberer(HeadingScheme scheme)
{
    /// <summary>"Phần thứ nhất": the part's number in sentence case, its title in capitals on the next line (FORMAT.md, as 36-HD shows).</summary>
    private static readonly string[] Ordinals = ["nhất", "hai", "ba", "tư", "năm", "sáu", "bảy", "tám", "chín", "mười"];

    private readonly int[] _counters = new int[8];

    public HeadingScheme Scheme => scheme;

    /// <summary>The label for the next heading at <paramref name="level"/> (1-based).</summary>
    public string Next(int level)
    {
        level = Math.Clamp(level, 1, _counters.Length);
        _counters[level - 1]++;
        Array.Clear(_counters, level, _counters.Length - level);
        var count = _counters[level - 1];
        if (LevelOf(level) is { } spelled) return Label(spelled.Label, count);
        return (scheme.Key, level) switch
        {
            ("phan", 1) => $"Phần thứ {(count <= Ordinals.Length ? Ordinals[count - 1] : count.ToString(System.Globalization.CultureInfo.InvariantCulture))}",
            ("phan", 2) => $"{RomanNumerals.From(count)}.",
            ("phan", 3) => $"{count}.",
            ("phan", _) => $"{Letter(count)})",
            ("chu-cai", 1) => $"{char.ToUpperInvariant(Letter(count)[0])}{Letter(count)[1..]}.",
            (_, 1) => $"{RomanNumerals.From(count)}.",
            (_, 2) => $"{count}.",
            (_, 3) => $"{_counters[1]}.{count}.",
            _ => $"{Letter(count)})",
        };
    }

    /// <summary>Top-level section headings print in capitals (and "I." under a PHẦN); a spelled-out level says so itself.</summary>
    public bool IsCapitalised(int level) => scheme.Levels is not null
        ? LevelOf(level)?.Capitals ?? false
        : level == 1 || (scheme == HeadingScheme.Parts && level == 2);

    /// <summary>A spelled-out level whose label opens a body paragraph ("Điều 1. …").</summary>
    public bool RunsIn(int level) => LevelOf(level)?.RunIn ?? false;

    /// <summary>The outline level a heading prints at; under PHẦN, "I." is the first.</summary>
    public int Outline(int level) => scheme == HeadingScheme.Parts ? level - 1 : level;

    /// <summary>A spelled-out scheme's level; below its last level, headings number a), b) as in every scheme.</summary>
    private HeadingLevel? LevelOf(int level) => scheme.Levels switch
    {
        null => null,
        var levels when level <= levels.Count => levels[level - 1],
        _ => new HeadingLevel("{chu})"),
    };

    private static string Label(string pattern, int count) => pattern
        .Replace("{so}", count.ToString(System.Globalization.CultureInfo.InvariantCulture), StringComparison.Ordinal)
        .Replace("{la-ma}", RomanNumerals.From(count), StringComparison.Ordinal)
        .Replace("{chu}", Letter(count), StringComparison.Ordinal)
        .Replace("{CHU}", Letter(count).ToUpperInvariant(), StringComparison.Ordinal);

    private static string Letter(int count)
    {
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        return count <= letters.Length ? letters[count - 1].ToString() : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

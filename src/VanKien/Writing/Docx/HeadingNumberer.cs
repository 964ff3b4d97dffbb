using VanKien.Text;

namespace VanKien.Writing.Docx;

/// <summary>
/// Numbers headings the way plans and programs do: I. → 1. → 1.1. → a). The author never types a
/// number, so numbering cannot skip.
/// </summary>
internal sealed class HeadingNumberer
{
    private readonly int[] _counters = new int[8];

    /// <summary>The label for the next heading at <paramref name="level"/> (1-based).</summary>
    public string Next(int level)
    {
        level = Math.Clamp(level, 1, _counters.Length);
        _counters[level - 1]++;
        Array.Clear(_counters, level, _counters.Length - level);
        var count = _counters[level - 1];
        return level switch
        {
            1 => $"{RomanNumerals.From(count)}.",
            2 => $"{count}.",
            3 => $"{_counters[1]}.{count}.",
            4 => $"{Letter(count)})",
            _ => "-",
        };
    }

    /// <summary>Level-1 headings are printed in capitals.</summary>
    public static bool IsCapitalised(int level) => level == 1;

    private static string Letter(int count)
    {
        // a, b, c … (Vietnamese lists skip no letters of the Latin alphabet in practice).
        const string letters = "abcdefghijklmnopqrstuvwxyz";
        return count <= letters.Length ? letters[count - 1].ToString() : count.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }
}

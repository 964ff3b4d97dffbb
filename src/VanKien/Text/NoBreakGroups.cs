using System.Text.RegularExpressions;

namespace VanKien.Text;

/// <summary>
/// The groups of words a printed line must not part, held together with no-break spaces as the
/// standard's examples print them: a term or a period with its years ("nhiệm kỳ 2025 - 2030",
/// "giai đoạn 2026 – 2030"), a date in words or in figures ("ngày 22 tháng 12 năm 2027",
/// "ngày 01/10/2025"), and a word that names a number with it ("năm 2027", "số 05-CTr/CB").
/// Only the spaces inside a group change; the words are the author's.
/// </summary>
public static partial class NoBreakGroups
{
    public const char NoBreakSpace = '\u00A0';

    public static string Apply(string text)
    {
        if (!text.Any(char.IsAsciiDigit)) return text;
        return Group().Replace(text, m => Spaces().Replace(m.Value, NoBreakSpace.ToString()));
    }

    /// <summary>The same text with each no-break space read as the space it prints as (for readers that compare words).</summary>
    public static string AsSpaces(string text) => text.Replace(NoBreakSpace, ' ');

    // A lead word (or two) before a number, a date's parts in turn, and a range's dash between two numbers.
    [GeneratedRegex(@"(?:\b(?:nhiệm\s+kỳ|giai\s+đoạn|năm\s+học|niên\s+kh[oó]a|kh[oó]a|ngày|tháng|năm|quý|số|lần\s+thứ)\s+)?\d[\d/.,]*(?:\s*[-–]\s*\d[\d/.,]*|\s+(?:tháng|năm)\s+\d[\d/]*)*",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Group();

    [GeneratedRegex(@"[ \t]+")]
    private static partial Regex Spaces();
}

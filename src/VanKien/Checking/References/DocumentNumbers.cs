using System.Text.RegularExpressions;

namespace VanKien.Checking.References;

/// <summary>Document numbers and symbols as running text cites them: "số 01-NQ/ĐH", "16 -CTr/ĐU".</summary>
public static partial class DocumentNumbers
{
    /// <summary>Each cited number in a text, normalised ("01-NQ/ĐH"), with where it starts.</summary>
    public static IEnumerable<(string Number, int Index)> Cited(string text)
    {
        foreach (Match match in Cited().Matches(text)) yield return (Normalise(match.Value), match.Index);
    }

    /// <summary>
    /// The date a citation gives its number: the first date after the number and before the next number,
    /// in any spelling a căn cứ uses ("ngày 25/3/2026", "ngày 25 tháng 3 năm 2026", "25-3-2026", "25.3.2026"),
    /// with where it starts and its length; null when there is none or it names no day of the calendar.
    /// </summary>
    public static (DateOnly Date, int Index, int Length)? CitedDate(string text, int from, int until)
    {
        var match = Date().Match(text, from, until - from);
        if (!match.Success) return null;
        int Part(string name) => int.Parse(match.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture);
        var (day, month, year) = (Part("d"), Part("m"), Part("y"));
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year, month)) return null;
        return (new DateOnly(year, month, day), match.Index, match.Length);
    }

    /// <summary>Each cited number with where it starts and ends.</summary>
    public static IEnumerable<(string Number, int Index, int End)> CitedSpans(string text)
    {
        foreach (Match match in Cited().Matches(text)) yield return (Normalise(match.Value), match.Index, match.Index + match.Length);
    }

    [GeneratedRegex(@"(?:ngày\s+)?(?<![0-9])(?<d>[0-9]{1,2})\s*(?:[/.\-]|\s+tháng\s+)\s*(?<m>[0-9]{1,2})\s*(?:[/.\-]|\s+năm\s+)\s*(?<y>[0-9]{4})(?![0-9])", RegexOptions.IgnoreCase)]
    private static partial Regex Date();

    /// <summary>Without spaces, and with the sequence number at two digits at least.</summary>
    public static string Normalise(string number)
    {
        var compact = Text.VietnameseText.WithoutWhitespace(number);
        var match = Leading().Match(compact);
        return match.Success ? Values.AsciiDigits.Parse(match.Groups[1].Value).ToString("00") + match.Groups[2].Value : compact;
    }

    [GeneratedRegex(@"(?<![\p{L}0-9])[0-9]{1,4}\s*-\s*[\p{Lu}][\p{L}]*/[\p{Lu}][\p{L}\-]*")]
    private static partial Regex Cited();

    [GeneratedRegex(@"^([0-9]+)(-.*)$")]
    private static partial Regex Leading();
}

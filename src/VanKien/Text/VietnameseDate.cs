using System.Text.RegularExpressions;

namespace VanKien.Text;

/// <summary>
/// Dates as the standard writes them: day 1–9 and months 1–2 take a leading zero, months 3–12 do
/// not ("ngày 03 tháng 4", "ngày 20 tháng 02").
/// </summary>
public static partial class VietnameseDate
{
    public static string Day(DateOnly date) => date.Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static string Month(DateOnly date) =>
        date.Month <= 2 ? date.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture)
                        : date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"ngày 01 tháng 10 năm 2025".</summary>
    public static string Long(DateOnly date) => $"ngày {Day(date)} tháng {Month(date)} năm {date.Year}";

    /// <summary>The date <see cref="Long"/>'s words name ("ngày 01 tháng 10 năm 2025", leading zeros optional), or null.</summary>
    public static DateOnly? ParseLong(string words)
    {
        if (LongWords().Match(words.Trim()) is not { Success: true } m) return null;
        int Part(string name) => int.Parse(m.Groups[name].Value, System.Globalization.CultureInfo.InvariantCulture);
        var (day, month, year) = (Part("day"), Part("month"), Part("year"));
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    [GeneratedRegex(@"^ngày (?<day>[0-9]{1,2}) tháng (?<month>[0-9]{1,2}) năm (?<year>[0-9]{4})$")]
    private static partial Regex LongWords();

    /// <summary>"25/3/2026", for references inside running text.</summary>
    public static string Short(DateOnly date) => $"{Day(date)}/{Month(date)}/{date.Year}";
}

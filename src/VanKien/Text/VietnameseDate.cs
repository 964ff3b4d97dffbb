namespace VanKien.Text;

/// <summary>
/// Dates as the standard writes them: day 1–9 and months 1–2 take a leading zero, months 3–12 do
/// not ("ngày 03 tháng 4", "ngày 20 tháng 02").
/// </summary>
public static class VietnameseDate
{
    public static string Day(DateOnly date) => date.Day.ToString("00", System.Globalization.CultureInfo.InvariantCulture);

    public static string Month(DateOnly date) =>
        date.Month <= 2 ? date.Month.ToString("00", System.Globalization.CultureInfo.InvariantCulture)
                        : date.Month.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>"ngày 01 tháng 10 năm 2025".</summary>
    public static string Long(DateOnly date) => $"ngày {Day(date)} tháng {Month(date)} năm {date.Year}";

    /// <summary>"25/3/2026", for references inside running text.</summary>
    public static string Short(DateOnly date) => $"{Day(date)}/{Month(date)}/{date.Year}";
}

using System.Globalization;
using System.Text.RegularExpressions;

namespace VanKien.Reviewing;

/// <summary>
/// The date line ("Hùng An, ngày 15 tháng 11 năm 2025") is the compiler's words around two values
/// of the front matter, the place and the date. A reviewer's change to it that still reads as a date
/// line is a change of those values, written where the source holds them and as it writes them
/// (<c>2025-11-15</c> or <c>15/11/2025</c>); any other change to it is not the source's to take.
/// </summary>
internal static partial class DateLineEdit
{
    public static IReadOnlyList<SourceEdit>? For(SourceLayout source, string original, string accepted)
    {
        if (DateLine().Match(original.Trim()) is not { Success: true } before || DateLine().Match(accepted.Trim()) is not { Success: true } after) return null;
        if (DateOf(after) is not { } date || DateOf(before) is not { } was) return null;
        var edits = new List<SourceEdit>();
        if (date != was)
        {
            if (Key(source, "ngay") is not { } value) return null;
            var written = source.Text.Substring(value.Index, value.Length);
            string? replacement =
                DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) && iso == was ? date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.TryParseExact(written, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && local == was ? date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                : null;
            if (replacement is null) return null;
            edits.Add(new SourceEdit(value.Index, value.Length, replacement));
        }
        var place = after.Groups["place"].Value;
        if (place != before.Groups["place"].Value)
        {
            if (Key(source, "dia-danh") is not { } value || source.Text.Substring(value.Index, value.Length) != before.Groups["place"].Value) return null;
            edits.Add(new SourceEdit(value.Index, value.Length, Writing.Source.SourceWriter.Quoted(place)));
        }
        return edits;
    }

    private static DateOnly? DateOf(Match line)
    {
        int Part(string name) => int.Parse(line.Groups[name].Value, CultureInfo.InvariantCulture);
        var (day, month, year) = (Part("day"), Part("month"), Part("year"));
        return month is >= 1 and <= 12 && day >= 1 && day <= DateTime.DaysInMonth(year, month) ? new DateOnly(year, month, day) : null;
    }

    /// <summary>Where a top-level key's plain or quoted value stands in the YAML, without its quotes.</summary>
    private static Capture? Key(SourceLayout source, string key)
    {
        var matches = Regex.Matches(source.Text, $@"^{Regex.Escape(key)}:[ \t]*""?(?<value>[^""#\n]*?)""?[ \t]*(#.*)?$", RegexOptions.Multiline);
        return matches.Count == 1 && source.RegionAt(matches[0].Index) == Region.Yaml ? matches[0].Groups["value"] : null;
    }

    [GeneratedRegex(@"^(?<place>[^,]+), ngày (?<day>[0-9]{1,2}) tháng (?<month>[0-9]{1,2}) năm (?<year>[0-9]{4})$")]
    private static partial Regex DateLine();
}

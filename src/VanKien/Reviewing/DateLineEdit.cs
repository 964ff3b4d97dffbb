using System.Globalization;
using System.Text.RegularExpressions;

namespace VanKien.Reviewing;

/// <summary>
/// The date line ("Hùng An, ngày 15 tháng 11 năm 2025") is the compiler's words around two values
/// of the front matter, the place and the date. A reviewer's change to it that still reads as a date
/// line is a change of those values, written where the source holds them and as it writes them
/// (<c>2025-11-15</c> or <c>15/11/2025</c>); any other change to it is not the source's to take.
/// </summary>
internal static class DateLineEdit
{
    public static IReadOnlyList<SourceEdit>? For(SourceLayout source, string original, string accepted)
    {
        if (Split(original) is not { } before || Split(accepted) is not { } after) return null;
        var edits = new List<SourceEdit>();
        if (after.Date != before.Date)
        {
            if (Key(source, "ngay") is not { } value) return null;
            var written = source.Text.Substring(value.Index, value.Length);
            string? replacement =
                DateOnly.TryParseExact(written, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var iso) && iso == before.Date ? after.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
                : DateOnly.TryParseExact(written, ["dd/MM/yyyy", "d/M/yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var local) && local == before.Date ? after.Date.ToString("dd/MM/yyyy", CultureInfo.InvariantCulture)
                : null;
            if (replacement is null) return null;
            edits.Add(new SourceEdit(value.Index, value.Length, replacement));
        }
        if (after.Place != before.Place)
        {
            if (Key(source, "dia-danh") is not { } value || source.Text.Substring(value.Index, value.Length) != before.Place) return null;
            edits.Add(new SourceEdit(value.Index, value.Length, Writing.Source.SourceWriter.Quoted(ReviewerWords.OneLine(after.Place))));
        }
        return edits;
    }

    /// <summary>"Hùng An, ngày 15 tháng 11 năm 2025" → the place and the date, read back as the compiler writes them (Text.VietnameseDate.Long).</summary>
    private static (string Place, DateOnly Date)? Split(string line)
    {
        var text = line.Trim();
        var comma = text.LastIndexOf(", ngày ", StringComparison.Ordinal);
        return comma > 0 && Text.VietnameseDate.ParseLong(text[(comma + 2)..]) is { } date ? (text[..comma], date) : null;
    }

    /// <summary>Where a top-level key's plain or quoted value stands in the YAML, without its quotes.</summary>
    private static Capture? Key(SourceLayout source, string key)
    {
        var matches = Regex.Matches(source.Text, $@"^{Regex.Escape(key)}:[ \t]*""?(?<value>[^""#\n]*?)""?[ \t]*(#.*)?$", RegexOptions.Multiline);
        return matches.Count == 1 && source.RegionAt(matches[0].Index) == Region.Yaml ? matches[0].Groups["value"] : null;
    }
}

using System.Globalization;

namespace VanKien.Targets;

/// <summary>Numbers as Vietnamese documents write them: decimal comma ("1,35"), leading zeros ("02").</summary>
public static partial class NumberText
{
    public static bool TryParse(string text, out decimal value)
    {
        text = text.Trim();
        // A dot groups thousands ("1.000"); a comma is the decimal mark.
        if (text.Contains('.') && !GroupedThousands().IsMatch(text))
        {
            value = 0;
            return false;
        }
        return decimal.TryParse(text.Replace(".", "").Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    public static bool LooksLikeYear(decimal value) => value == decimal.Truncate(value) && value is >= 1945 and <= 2100;

    [System.Text.RegularExpressions.GeneratedRegex(@"^[0-9]{1,3}(\.[0-9]{3})+(,[0-9]+)?$")]
    private static partial System.Text.RegularExpressions.Regex GroupedThousands();
}

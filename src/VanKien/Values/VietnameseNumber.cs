using System.Globalization;
using System.Text.RegularExpressions;

namespace VanKien.Values;

/// <summary>
/// Numbers as Vietnamese documents write them, read and printed in this one place: a dot groups
/// thousands ("15.000", "1.234.567"), a comma is the decimal mark ("1,35", "96,5"), leading zeros
/// are kept in writing ("02") and mean nothing in value. "1.5" is neither (a dot that does not group
/// three digits): it is refused with the form to write instead. ASCII digits only.
/// </summary>
public static partial class VietnameseNumber
{
    /// <summary>The pattern of a number in a sentence or a field, for the regexes that find values.</summary>
    public const string Pattern = @"[0-9]{1,3}(?:\.[0-9]{3})+(?:,[0-9]+)?|[0-9]+(?:,[0-9]+)?";

    public static bool TryParse(string text, out decimal value)
    {
        value = 0;
        text = text.Trim();
        if (!Whole().IsMatch(text)) return false;
        return decimal.TryParse(text.Replace(".", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>Why <paramref name="text"/> is not a number as Vietnamese writes it, with the form to use; null when it is one.</summary>
    public static string? Problem(string text)
    {
        text = text.Trim();
        if (TryParse(text, out _)) return null;
        if (DecimalPoint().IsMatch(text))
            return $"'{text}': dấu chấm chỉ để nhóm hàng nghìn (15.000); số thập phân viết bằng dấu phẩy thập phân: {text.Replace('.', ',')}";
        return $"'{text}' không phải một số (viết 15.000 cho mười lăm nghìn, 1,35 cho số thập phân)";
    }

    /// <summary>"36.875", "96,5", "1.234,25", "−3": thousands dot, decimal comma, at most <paramref name="decimals"/> decimals.</summary>
    public static string Format(decimal value, int decimals = 2)
    {
        var rounded = Math.Round(value, decimals, MidpointRounding.AwayFromZero);
        var text = Math.Abs(rounded).ToString("#,0." + new string('#', decimals), CultureInfo.InvariantCulture);
        text = text.Replace(",", "\u0001", StringComparison.Ordinal).Replace('.', ',').Replace('\u0001', '.');
        return rounded < 0 ? "−" + text : text;
    }

    /// <summary>A whole number in the years a document may name (1945–2100): a date, not a value.</summary>
    public static bool LooksLikeYear(decimal value) => value == decimal.Truncate(value) && value is >= 1945 and <= 2100;

    [GeneratedRegex("^(?:" + Pattern + ")$")]
    private static partial Regex Whole();

    [GeneratedRegex(@"^[0-9]+\.[0-9]+$")]
    private static partial Regex DecimalPoint();
}

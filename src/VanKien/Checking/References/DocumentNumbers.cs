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

using System.Text.RegularExpressions;

namespace VanKien.Model;

/// <summary>A term of office (nhiệm kỳ), "2025-2030" or "2025 - 2030".</summary>
public readonly partial record struct Term(int Start, int End)
{
    public static Term? Parse(string? text)
    {
        if (text is null) return null;
        var match = Pattern().Match(text);
        if (!match.Success) return null;
        var term = new Term(Values.AsciiDigits.Parse(match.Groups[1].Value), Values.AsciiDigits.Parse(match.Groups[2].Value));
        return term.End > term.Start ? term : null;
    }

    public bool Contains(int year) => year >= Start && year <= End;

    public override string ToString() => $"{Start}-{End}";

    [GeneratedRegex(@"^\s*((?:19|20)[0-9]{2})\s*[-–]\s*((?:19|20)[0-9]{2})\s*$")]
    private static partial Regex Pattern();
}

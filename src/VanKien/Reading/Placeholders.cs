using System.Text.RegularExpressions;

namespace VanKien.Reading;

/// <summary>
/// Places left for the author, written «…» (as `vankien new` writes them: «số và ký hiệu», «họ và
/// tên»). Each is a to-do (VK0012) at its place; a field that holds one counts as not given yet,
/// without a second diagnostic, and no document holding one is ever written out.
/// </summary>
public static partial class Placeholders
{
    public static bool In(string text) => text.Contains('«');

    /// <summary>Every placeholder of a source's text, with its 1-based line and column.</summary>
    public static IEnumerable<(int Line, int Column, string Text)> Find(string text)
    {
        var line = 1;
        var lineStart = 0;
        var next = 0;
        foreach (Match match in Pattern().Matches(text))
        {
            for (; next < match.Index; next++)
                if (text[next] == '\n') { line++; lineStart = next + 1; }
            yield return (line, match.Index - lineStart + 1, match.Value);
        }
    }

    [GeneratedRegex("«[^«»\n]{0,200}»")]
    private static partial Regex Pattern();
}

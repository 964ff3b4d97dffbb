using System.Text.RegularExpressions;
using VanKien.Model;

namespace VanKien.Importing;

/// <summary>
/// The headings of a kind whose template spells out its levels ("Điều {so}." for a decision's
/// articles): each level's label made a pattern, so that "Điều 3. Văn phòng … thi hành Quyết định
/// này" is read as the third heading of the first level, its words the heading's. The labels are the
/// template's (mau.yaml), so a kind that numbers otherwise needs no code here.
/// </summary>
internal sealed class SpelledHeadings
{
    public static readonly SpelledHeadings None = new([]);

    private readonly IReadOnlyList<Regex> _levels;

    private SpelledHeadings(IReadOnlyList<Regex> levels) => _levels = levels;

    /// <summary>The patterns of a kind's built-in scheme; none for a named scheme, which the recogniser reads by its markers.</summary>
    public static SpelledHeadings For(string? kindKey) =>
        kindKey is not null && DocumentKind.FromKey(kindKey) is { } kind && Templates.TemplateLocator.BuiltInKind(kind).Headings.Levels is { } levels
            ? new SpelledHeadings([.. levels.Select(l => Pattern(l.Label))])
            : None;

    /// <summary>The level (1-based) and words of a line that opens with a level's label, or null.</summary>
    public (int Level, string Text)? Match(string line)
    {
        for (var i = 0; i < _levels.Count; i++)
            if (_levels[i].Match(line.Trim()) is { Success: true } m) return (i + 1, m.Groups["text"].Value.Trim());
        return null;
    }

    /// <summary>"Điều {so}." → ^Điều\s*[0-9]+\s*[.:]\s*(?&lt;text&gt;…): spacing loose, a colon for the full stop, case as typed or in capitals.</summary>
    private static Regex Pattern(string label)
    {
        var parts = Regex.Split(label.Trim(), @"(\{so\}|\{la-ma\}|\{chu\}|\{CHU\})")
            .Where(p => p.Trim().Length > 0)
            .Select(p => p switch
            {
                "{so}" => "[0-9]{1,3}",
                "{la-ma}" => "[IVXLC]+",
                "{chu}" => "[a-zđ]",
                "{CHU}" => "[A-ZĐ]",
                _ => Regex.Escape(p.Trim()).Replace(@"\ ", @"\s+", StringComparison.Ordinal).Replace(@"\.", "[.:]", StringComparison.Ordinal),
            });
        return new Regex($@"^{string.Join(@"\s*", parts)}\s*(?<text>\S.*)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);
    }
}

using System.Text.RegularExpressions;
using VanKien.Model;

namespace VanKien.Templates;

/// <summary>
/// A kind's section description (<c>templates/&lt;kind&gt;/mau.yaml</c>): its title, heading
/// scheme, format profile, the order of its sections and which are required, the default
/// wording of its signature block and its scaffold. The kind's identity (key, type abbreviation,
/// the titles the importer takes) is <see cref="DocumentKind"/>, read from the same file.
/// </summary>
public sealed partial record KindTemplate(
    DocumentKind Kind,
    string Title,
    HeadingScheme Headings,
    string Profile,
    IReadOnlyList<string> SectionOrder,
    IReadOnlyList<string> RequiredSections,
    string? DefaultAuthority,
    string? DefaultPosition,
    string Source)
{
    /// <summary>What <c>vankien new</c> writes for the kind (the description's <c>khung</c>).</summary>
    public KindScaffold Scaffold { get; init; } = KindScaffold.None;

    /// <summary>Whether a heading is the section named <paramref name="section"/>: its words begin with the section's words.</summary>
    public static bool Names(string heading, string section)
    {
        var words = Words(heading);
        var wanted = Words(section);
        return wanted.Length > 0 && words.Length >= wanted.Length && wanted.SequenceEqual(words.Take(wanted.Length));
    }

    private static string[] Words(string text) =>
        NonWord().Split(Text.VietnameseText.Nfc(text).ToLowerInvariant()).Where(w => w.Length > 0).ToArray();

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();
}

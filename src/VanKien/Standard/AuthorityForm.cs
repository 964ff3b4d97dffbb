using System.Text.RegularExpressions;

namespace VanKien.Standard;

/// <summary>
/// An authority line read into its parts: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH" is two parts, each an
/// authority (its letters as written, "TM." or "T/M") and what it names (a collective or a head's
/// title). A source writes two parts on one line with " / " between them (the reader joins a
/// value's lines into one); the writers print one line a part.
/// </summary>
public sealed partial record AuthorityForm(IReadOnlyList<AuthorityForm.Part> Parts)
{
    /// <summary>
    /// One part: <see cref="Letters"/> is the authority as canonical letters ("TM", "KT", "TL", "TU", "Q"),
    /// <see cref="Written"/> its abbreviation as the source wrote it ("T/M", "TM.", "TM"), <see cref="Names"/> what it names, in capitals.
    /// </summary>
    public sealed record Part(string Letters, string Written, string Names)
    {
        public override string ToString() => $"{Written} {Names}";
    }

    /// <summary>No authority line: the signer signs in their own name.</summary>
    public static readonly AuthorityForm None = new([]);

    public bool IsNone => Parts.Count == 0;

    public override string ToString() => string.Join(" / ", Parts);

    /// <summary>The lines the writers print, one a part: "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH" → two lines.</summary>
    public static IReadOnlyList<string> Lines(string authority) =>
        [.. Separator().Split(authority.Trim()).Select(l => l.Trim()).Where(l => l.Length > 0)];

    /// <summary>The form a source's authority line gives, or null when a part does not begin with an authority VanKien knows.</summary>
    public static AuthorityForm? Read(string? authority)
    {
        if (authority is null || string.IsNullOrWhiteSpace(authority)) return None;
        var parts = new List<Part>();
        foreach (var line in Lines(authority))
        {
            var squashed = IssuingBodyKinds.Squash(line);
            if (Letters().Match(squashed) is not { Success: true } match) return null;
            var letters = new string(match.Groups["letters"].Value.Where(char.IsLetter).ToArray());
            parts.Add(new Part(letters == "TUQ" ? "TU" : letters, match.Groups["letters"].Value.Replace(" ", ""), match.Groups["names"].Value.TrimEnd('.', ',', ';', ' ')));
        }
        return new AuthorityForm(parts);
    }

    /// <summary>An authority's letters as a variant spells them: the Party "T/M", "K/T", "T/L", "T/U"; the state "TM.", "KT.", "TL.", "TUQ.", "Q.".</summary>
    public static string Spell(string letters, FrameVariant variant) => (letters, variant) switch
    {
        ("Q", _) => "Q.",
        ("TU", FrameVariant.State) => "TUQ.",
        (_, FrameVariant.State) => letters + ".",
        _ => letters[0] + "/" + letters[1..],
    };

    /// <summary>This form with every authority spelled as the variant spells it, names kept as written.</summary>
    public AuthorityForm Respelled(FrameVariant variant) =>
        new([.. Parts.Select(p => p with { Written = Spell(p.Letters, variant) })]);

    /// <summary>Whether every authority is spelled as the variant spells it.</summary>
    public bool SpelledFor(FrameVariant variant) => Parts.All(p => p.Written == Spell(p.Letters, variant));

    /// <summary>Whether two forms say the same authorities over the same names, spelling aside.</summary>
    public bool SameAs(AuthorityForm other) =>
        Parts.Count == other.Parts.Count && Parts.Zip(other.Parts).All(p => p.First.Letters == p.Second.Letters && p.First.Names == p.Second.Names);

    /// <summary>" / " between two parts, or a line break: not the slash inside "T/M" (no space before the letters after it).</summary>
    [GeneratedRegex(@"\s*\n\s*|\s+/\s+(?=(?:T\s*/\s*[MLU]|K\s*/\s*T|TM|KT|TL|TUQ|Q)\b)", RegexOptions.IgnoreCase)]
    private static partial Regex Separator();

    /// <summary>An authority's letters at the start, in any spelling ("T/M", "T / M", "TM.", "TM", "T.L", "TUQ."), then what it names.</summary>
    [GeneratedRegex(@"^(?<letters>T\s*[/.]\s*M\.?|K\s*[/.]\s*T\.?|T\s*[/.]\s*L\.?|T\s*[/.]\s*U\.?|TUQ\.?|TM\.?|KT\.?|TL\.?|Q\.?)(?:(?<=\.)\s*|\s+)(?<names>\p{Lu}.*)$")]
    private static partial Regex Letters();
}

namespace VanKien.Model;

/// <summary>
/// How headings are numbered: a kind's template sets it (mau.yaml), a document may set its own (de-muc).
/// Three schemes are the standards' own and named (<see cref="Roman"/>, <see cref="Parts"/>,
/// <see cref="Letters"/>); a template may also spell out a scheme of its own, level by level
/// (<see cref="Levels"/>: "Điều {so}." for a decision's articles), which any kind may use.
/// </summary>
public sealed record HeadingScheme(string Key, IReadOnlyList<HeadingLevel>? Levels = null)
{
    /// <summary>I. → 1. → 1.1. → a) (programs, plans, resolutions).</summary>
    public static readonly HeadingScheme Roman = new("la-ma");

    /// <summary>Phần thứ nhất (its title in capitals on the next line) → I. → 1. → a) (reports, long plans).</summary>
    public static readonly HeadingScheme Parts = new("phan");

    /// <summary>A. → 1. → 1.1. → a) (programs of work grouped by field).</summary>
    public static readonly HeadingScheme Letters = new("chu-cai");

    /// <summary>A scheme a template spells out: its levels' labels, from the first level down.</summary>
    public static HeadingScheme Custom(IReadOnlyList<HeadingLevel> levels) => new("(mẫu)", levels);
}

/// <summary>
/// One level of a spelled-out scheme. <see cref="Label"/> is the label with the level's count in it:
/// <c>{so}</c> 1, 2, 3; <c>{la-ma}</c> I, II; <c>{chu}</c> a, b; <c>{CHU}</c> A, B ("Điều {so}.").
/// <see cref="Capitals"/>: the heading's words print in capitals. <see cref="RunIn"/>: the label opens a
/// body paragraph in bold and the heading's words run on in the paragraph's own type, as a decision's
/// "Điều 1. Thành lập …" does (NĐ 30/2020, Phụ lục III).
/// </summary>
public sealed record HeadingLevel(string Label, bool Capitals = false, bool RunIn = false)
{
    public static readonly IReadOnlyList<string> Counters = ["{so}", "{la-ma}", "{chu}", "{CHU}"];
}

public static class HeadingSchemeKeys
{
    /// <summary>The named schemes, by the key a source or a template writes.</summary>
    public static readonly IReadOnlyDictionary<string, HeadingScheme> ByKey = new Dictionary<string, HeadingScheme>(StringComparer.Ordinal)
    {
        ["la-ma"] = HeadingScheme.Roman,
        ["phan"] = HeadingScheme.Parts,
        ["chu-cai"] = HeadingScheme.Letters,
    };
}

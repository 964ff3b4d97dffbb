namespace VanKien.Model;

/// <summary>How headings are numbered: a kind's template sets it (mau.yaml), a document may set its own (de-muc).</summary>
public enum HeadingScheme
{
    /// <summary>I. → 1. → 1.1. → a) (programs, plans, resolutions).</summary>
    Roman,
    /// <summary>Phần thứ nhất (its title in capitals on the next line) → I. → 1. → a) (reports, long plans).</summary>
    Parts,
    /// <summary>A. → 1. → 1.1. → a) (programs of work grouped by field).</summary>
    Letters,
}

public static class HeadingSchemeKeys
{
    public static readonly IReadOnlyDictionary<string, HeadingScheme> ByKey = new Dictionary<string, HeadingScheme>(StringComparer.Ordinal)
    {
        ["la-ma"] = HeadingScheme.Roman,
        ["phan"] = HeadingScheme.Parts,
        ["chu-cai"] = HeadingScheme.Letters,
    };
}

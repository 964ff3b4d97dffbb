using VanKien.Diagnostics;
using VanKien.Targets;

namespace VanKien.Model;

/// <summary>
/// A target (chỉ tiêu). The sentence is rendered verbatim; the value is parsed from
/// <c>gia-tri</c>, or inferred from the sentence when the source gives none.
/// </summary>
public sealed record Target(
    Located<string>? Id,
    Located<string> Sentence,
    TargetValue? Value,
    Located<string>? ValueText,
    Period Period,
    Located<string>? Parent,
    TargetRelation Relation,
    Located<int>? Deadline,
    IReadOnlyList<string> Audience,
    SourceLocation Location)
{
    /// <summary>True where the value was read out of the sentence, not written by the author.</summary>
    public bool ValueInferred => Value is not null && ValueText is null;

    /// <summary>Where a check about the value should point: the value as written, else the sentence.</summary>
    public SourceLocation ValueLocation => ValueText?.Location ?? Sentence.Location;
}

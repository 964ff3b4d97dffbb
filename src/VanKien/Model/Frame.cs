using VanKien.Diagnostics;

namespace VanKien.Model;

/// <summary>
/// Everything of the presentation standard's frame that is not body text: header block, title,
/// căn cứ, recipients and signature.
/// </summary>
public sealed record Frame(
    Located<string> Number,
    IssuingBodies Bodies,
    Located<string> Place,
    Located<DateOnly> Date,
    Located<string>? Title,
    Located<string>? Summary,
    Located<string>? Term,
    Located<string>? ParentPath,
    IReadOnlyList<Located<string>> Bases,
    IReadOnlyList<Located<string>> Recipients,
    Signature? Signature,
    SourceLocation Location);

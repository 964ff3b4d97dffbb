using VanKien.Diagnostics;

namespace VanKien.Model;

/// <summary>
/// A target (chỉ tiêu). The sentence is rendered verbatim; the value, period and parent link are
/// the structured facts the checks read. Values stay as written until the value grammar parses them.
/// </summary>
public sealed record Target(
    Located<string>? Id,
    Located<string> Sentence,
    Located<string>? Value,
    Located<string>? Period,
    Located<string>? Parent,
    Located<string>? Relation,
    SourceLocation Location);

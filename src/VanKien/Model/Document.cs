using VanKien.Diagnostics;

namespace VanKien.Model;

/// <summary>
/// One document, read and typed. Immutable: checks and writers only read it, and nothing past
/// the reader sees YAML or Markdown objects. <see cref="SourceLines"/> is the decoded source
/// (NFC, "\n"), for checks that point inside running text and for printing a caret.
/// </summary>
public sealed record Document(
    string SourcePath,
    DocumentKind Kind,
    Frame Frame,
    IReadOnlyList<TargetGroup> TargetGroups,
    IReadOnlyList<Block> Body,
    Appendix? Appendix,
    Located<string>? OrganisationKind,
    IReadOnlyList<Waiver> Waivers,
    IReadOnlyList<Located<string>> Subordinates,
    Located<string>? FormatProfile,
    IReadOnlyList<string> SourceLines)
{
    public SourceLocation Location => SourceLocation.StartOf(SourcePath);

    /// <summary>
    /// The document's own heading scheme (<c>de-muc: la-ma | phan | chu-cai</c>), overriding its
    /// kind's template: a plan written in PHẦN THỨ … parts needs no template of its own.
    /// </summary>
    public Model.HeadingScheme? HeadingScheme { get; init; }

    public IEnumerable<Target> Targets => TargetGroups.SelectMany(g => g.Targets);
}

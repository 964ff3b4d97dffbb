using VanKien.Diagnostics;

namespace VanKien.Model;

/// <summary>
/// One document, read and typed. Immutable: checks and writers only read it, and nothing past
/// the reader sees YAML or Markdown objects.
/// </summary>
public sealed record Document(
    string SourcePath,
    DocumentKind Kind,
    Frame Frame,
    IReadOnlyList<TargetGroup> TargetGroups,
    IReadOnlyList<Block> Body,
    Appendix? Appendix)
{
    public SourceLocation Location => SourceLocation.StartOf(SourcePath);

    public IEnumerable<Target> Targets => TargetGroups.SelectMany(g => g.Targets);
}

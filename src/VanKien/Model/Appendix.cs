using VanKien.Diagnostics;

namespace VanKien.Model;

/// <summary>
/// The appendix (phụ lục) from <c>::: phu-luc</c>: its title, lines under the title and its
/// blocks (usually one wide table), printed after the signature in a landscape section.
/// </summary>
public sealed record Appendix(
    IReadOnlyList<Inline> Title,
    IReadOnlyList<Paragraph> Subtitles,
    IReadOnlyList<Block> Blocks,
    SourceLocation Location);

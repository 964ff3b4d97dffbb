using VanKien.Diagnostics;

namespace VanKien.Model;

/// <summary>
/// A block of the body. Every block keeps where it was written. Views of the body (the DOCX writer,
/// the prose diff, the readable text) walk it through <see cref="IBlockVisitor{T}"/>: a new kind of
/// block adds a method there, and every view that does not handle it stops compiling.
/// </summary>
public abstract record Block(SourceLocation Location)
{
    public abstract T Accept<T>(IBlockVisitor<T> visitor);
}

/// <summary>
/// A heading the author did not number: the compiler numbers it by level — unless it is
/// <see cref="Unnumbered"/> ("# Kết luận {-}"): a closing part or an enacting word ("QUYẾT NGHỊ"),
/// printed without a number and not counted.
/// </summary>
public sealed record Heading(int Level, IReadOnlyList<Inline> Content, SourceLocation Location) : Block(Location)
{
    public bool Unnumbered { get; init; }

    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Heading(this);
}

public sealed record Paragraph(IReadOnlyList<Inline> Content, SourceLocation Location) : Block(Location)
{
    /// <summary>A paragraph of plain text composed by the program, not yet written anywhere.</summary>
    public static Paragraph Plain(string text) => new(Inlines.Plain(text), SourceLocation.None);

    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Paragraph(this);
}

/// <summary>One item of a list: its own blocks (a paragraph, perhaps a nested list).</summary>
public sealed record ListItem(IReadOnlyList<Block> Blocks, SourceLocation Location);

/// <summary>A dash list ("- " items, "+ " sub-items in the standard).</summary>
public sealed record BulletList(IReadOnlyList<ListItem> Items, SourceLocation Location) : Block(Location)
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.BulletList(this);
}

/// <summary>A numbered list: the compiler numbers the items 1., 2., … so they never skip.</summary>
public sealed record NumberedList(IReadOnlyList<ListItem> Items, SourceLocation Location) : Block(Location)
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.NumberedList(this);
}

public sealed record TableCell(IReadOnlyList<Inline> Content);

public sealed record TableRow(IReadOnlyList<TableCell> Cells);

/// <summary>A bordered table; the first row is the header that repeats on every page.</summary>
public sealed record Table(TableRow Header, IReadOnlyList<TableRow> Rows, SourceLocation Location) : Block(Location)
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Table(this);

    /// <summary>How each column's body cells are aligned (`:-:` centre, `-:` right); unset columns follow the style.</summary>
    public IReadOnlyList<ColumnAlignment> Alignments { get; init; } = [];
}

/// <summary>A pipe table column's alignment, as its delimiter row writes it.</summary>
public enum ColumnAlignment { Unset, Left, Center, Right }

/// <summary>Where <c>::: chi-tieu</c> places the document's targets.</summary>
public sealed record TargetsPlaceholder(SourceLocation Location) : Block(Location)
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.TargetsPlaceholder(this);
}

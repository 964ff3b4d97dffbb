using VanKien.Diagnostics;

namespace VanKien.Importing;

/// <summary>
/// What a reader knows of a line beyond its text. A plain-text file knows nothing; a DOCX knows the
/// paragraph's style, which for a document VanKien built names the part of the frame exactly.
/// </summary>
public enum LineHint
{
    None,
    NationalLine,
    Motto,
    SuperiorBody,
    IssuingBody,
    Number,
    PlaceDate,
    KindTitle,
    Summary,
    Basis,
    Heading,
    PartNumber,
    PartTitle,
    RecipientsLabel,
    Recipient,
    Authority,
    Position,
    SignerName,
    AppendixNote,
    /// <summary>A paragraph of layout that carries no text of the document (separator, blank).</summary>
    Ornament,
}

/// <summary>One paragraph of the legacy document, or one row of a table (<see cref="Cells"/>).</summary>
public sealed record SourceLine(string Text, SourceLocation Location, LineHint Hint = LineHint.None, int HeadingLevel = 0)
{
    /// <summary>The cells of a table row, when this line is one; the first row of a table is its header.</summary>
    public IReadOnlyList<string>? Cells { get; init; }

    /// <summary>Which table the row belongs to, so two tables one after the other stay apart.</summary>
    public int Table { get; init; }

    public bool IsRow => Cells is not null;

    /// <summary>A blank line came before this one (plain text only: in a DOCX every paragraph stands apart).</summary>
    public bool AfterBlank { get; init; } = true;
}

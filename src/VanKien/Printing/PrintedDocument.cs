using VanKien.Standard;

namespace VanKien.Printing;

/// <summary>
/// A document as it prints: every line once, decided here from the checked model and its kind's
/// template (<see cref="Printer"/>), in the order it prints. The writers — DOCX, the site's HTML,
/// plain text — lay these lines out; none decides a word of its own.
/// </summary>
public sealed record PrintedDocument(
    Model.Document Source,
    string Title,
    FrameVariant Variant,
    PrintedParagraph? Draft,
    PrintedColumns Header,
    PrintedParagraph KindTitle,
    PrintedParagraph? Summary,
    IReadOnlyList<PrintedBlock> Text,
    PrintedColumns Closing,
    IReadOnlyList<PrintedBlock>? Appendix)
{
    /// <summary>Every block in printing order.</summary>
    public IEnumerable<PrintedBlock> Blocks()
    {
        if (Draft is not null) yield return Draft;
        yield return Header;
        yield return KindTitle;
        if (Summary is not null) yield return Summary;
        foreach (var block in Text) yield return block;
        yield return Closing;
        foreach (var block in Appendix ?? []) yield return block;
    }
}

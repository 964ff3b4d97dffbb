using VanKien.Diagnostics;

namespace VanKien.Printing;

/// <summary>One block of the printed document, in the order it prints.</summary>
public abstract record PrintedBlock;

/// <summary>
/// A printed paragraph: its role, its runs and the source places it answers for (where a note about
/// it belongs). <see cref="Level"/> is the document's heading level, <see cref="Outline"/> the level
/// the heading prints at (under the parts scheme "I." is the first outline level).
/// </summary>
public sealed record PrintedParagraph(PrintedRole Role, IReadOnlyList<PrintedRun> Runs) : PrintedBlock
{
    public int Level { get; init; }

    public int Outline { get; init; }

    /// <summary>A name a reader can link to (a target's id).</summary>
    public string? Anchor { get; init; }

    public IReadOnlyList<SourceLocation> Sources { get; init; } = [];

    /// <summary>The paragraph's text as one line, a break read as a space.</summary>
    public string Text => string.Concat(Runs.Select(r => r.Text));

    public static PrintedParagraph Of(PrintedRole role, string text, Origin origin, params SourceLocation[] sources) =>
        new(role, text.Length == 0 ? [] : [new PrintedRun(text, origin)]) { Sources = sources };
}

/// <summary>
/// A table of the text: the author's cells, printed as written; <see cref="Columns"/> cells a row
/// (tables with the same header print as one family, so the widest decides), <see cref="Kin"/> that family.
/// </summary>
public sealed record PrintedTable(Model.Table Table, int Columns, IReadOnlyList<Model.Table> Kin, bool Landscape = false) : PrintedBlock
{
    /// <summary>Each row's cells (header first), each cell's paragraphs (a cell breaks where the source breaks its line).</summary>
    public IEnumerable<IReadOnlyList<IReadOnlyList<IReadOnlyList<Model.Inline>>>> Rows() =>
        Table.Rows.Prepend(Table.Header).Select(row => (IReadOnlyList<IReadOnlyList<IReadOnlyList<Model.Inline>>>)
            [.. Enumerable.Range(0, Columns).Select(i => CellParagraphs(i < row.Cells.Count ? row.Cells[i].Content : []))]);

    public static IReadOnlyList<IReadOnlyList<Model.Inline>> CellParagraphs(IReadOnlyList<Model.Inline> content)
    {
        var parts = new List<IReadOnlyList<Model.Inline>>();
        var part = new List<Model.Inline>();
        foreach (var inline in content)
        {
            if (inline is Model.LineBreak) { parts.Add(part); part = []; }
            else part.Add(inline);
        }
        parts.Add(part);
        return parts;
    }
}

/// <summary>A chart: a drawing, no lines of text of the document.</summary>
public sealed record PrintedChart(Model.Chart Chart) : PrintedBlock;

/// <summary>
/// Two columns side by side with no rule: the header block (bodies and number left, the national
/// line and place and date right) and the closing block (recipients left, signature right).
/// </summary>
public sealed record PrintedColumns(IReadOnlyList<PrintedColumnsRow> Rows) : PrintedBlock;

public sealed record PrintedColumnsRow(IReadOnlyList<PrintedParagraph> Left, IReadOnlyList<PrintedParagraph> Right);

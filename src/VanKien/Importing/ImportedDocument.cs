using VanKien.Diagnostics;

namespace VanKien.Importing;

/// <summary>A block of the body as recognised in a legacy document, before it is written as Markdown.</summary>
public abstract record DraftBlock(SourceLocation Location);

/// <summary>A heading; <see cref="Unnumbered"/> for the closing parts printed without a number ("QUYẾT NGHỊ", "KẾT LUẬN").</summary>
public sealed record DraftHeading(int Level, string Text, SourceLocation Location, bool Unnumbered = false) : DraftBlock(Location);

public sealed record DraftParagraph(string Text, SourceLocation Location) : DraftBlock(Location);

/// <summary>"- …" (depth 0) or "+ …" (depth 1).</summary>
public sealed record DraftBullet(int Depth, string Text, SourceLocation Location) : DraftBlock(Location);

/// <summary>"1. …" typed as a paragraph, with the paragraphs that follow it before the next item.</summary>
public sealed record DraftNumbered(string Text, List<string> More, SourceLocation Location) : DraftBlock(Location);

public sealed record DraftTable(List<IReadOnlyList<string>> Rows, SourceLocation Location) : DraftBlock(Location);

/// <summary>Where the targets stood in the body: the source keeps them in the front matter.</summary>
public sealed record DraftTargetsHere(SourceLocation Location) : DraftBlock(Location);

public sealed record DraftTarget(string Sentence, SourceLocation Location);

public sealed record DraftTargetGroup(string? Name, List<DraftTarget> Targets);

public sealed record DraftAppendix(string Title, List<string> Subtitles, List<DraftBlock> Blocks);

/// <summary>Everything recognised in one legacy document, with where each frame field came from.</summary>
public sealed class ImportedDocument
{
    public string? Kind { get; set; }
    public bool StateFrame { get; set; }
    public string? Number { get; set; }

    /// <summary>The title carried the draft marking ("DỰ THẢO BÁO CÁO …"): imported as <c>du-thao: true</c>.</summary>
    public bool Draft { get; set; }
    public string? SuperiorBody { get; set; }
    public string? IssuingBody { get; set; }
    public string? NameInText { get; set; }
    public string? Place { get; set; }
    public DateOnly? Date { get; set; }
    public string? Summary { get; set; }
    public string? Term { get; set; }
    public List<string> Basis { get; } = [];

    /// <summary>The authority named under the title, above the căn cứ (a resolution's council and session), a line each.</summary>
    public List<string> Enacting { get; } = [];
    public List<DraftBlock> Body { get; } = [];
    public List<DraftTargetGroup> Targets { get; } = [];
    public List<string> Recipients { get; } = [];
    public string? Authority { get; set; }
    public string? Position { get; set; }
    public string? Signer { get; set; }
    public DraftAppendix? Appendix { get; set; }

    /// <summary>Keys the document cannot show but the supplement gave (thuc-hien, loai-to-chuc), in order.</summary>
    public List<KeyValuePair<string, string>> Extra { get; } = [];

    /// <summary>Lines that found no place, each already reported.</summary>
    public List<SourceLine> Unplaced { get; } = [];
}

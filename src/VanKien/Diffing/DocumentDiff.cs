using VanKien.Model;

namespace VanKien.Diffing;

/// <summary>What changed in a target between two revisions (several may apply to one target).</summary>
public enum TargetChangeKind
{
    Added,
    Removed,
    /// <summary>Stronger: "&gt;= 90%" → "&gt;= 95%", "&lt; 5%" → "&lt; 3%", "top 10" → "top 5".</summary>
    Raised,
    Lowered,
    /// <summary>Another unit, direction, scale or kind of value: not comparable.</summary>
    UnitChanged,
    PeriodChanged,
    ParentChanged,
    Reworded,
    Moved,
}

public sealed record TargetChange(TargetChangeKind Kind, Target? Old, Target? New, string Detail)
{
    /// <summary>The target's id on the side that has it (the new one where both do).</summary>
    public string Id => New?.Id?.Value ?? Old?.Id?.Value ?? "?";
}

/// <summary>A field of the frame (number, date, signer, a recipient …) compared one by one.</summary>
public sealed record FrameChange(string Field, string? Old, string? New);

public enum ProseChangeKind
{
    Added,
    Removed,
    Changed,
    /// <summary>The same text elsewhere: Section holds "old place → new place".</summary>
    Moved,
}

/// <summary>A piece of the word-level diff of a changed paragraph.</summary>
public sealed record WordPiece(EditKind Kind, string Text);

/// <summary>A paragraph, heading, list item or table row of the body that was added, removed or changed.</summary>
public sealed record ProseChange(ProseChangeKind Kind, string Section, string? Old, string? New, IReadOnlyList<WordPiece> Words);

/// <summary>The semantic diff of two documents: frame, targets and prose.</summary>
public sealed record DocumentDiff(
    string OldName,
    string NewName,
    IReadOnlyList<FrameChange> Frame,
    IReadOnlyList<TargetChange> Targets,
    IReadOnlyList<ProseChange> Prose)
{
    public bool IsEmpty => Frame.Count == 0 && Targets.Count == 0 && Prose.Count == 0;
}

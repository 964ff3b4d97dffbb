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
    /// <summary>The same target under another id: children that link to the old id lose their link.</summary>
    Renamed,
}

public sealed record TargetChange(TargetChangeKind Kind, Target? Old, Target? New, string Detail)
{
    /// <summary>
    /// For a rename: the children's targets that link to the old id ("con.md: ct-01 (cha: t-03)"),
    /// which the new revision leaves without their parent.
    /// </summary>
    public IReadOnlyList<string> BrokenLinks { get; init; } = [];

    /// <summary>The target's id on the side that has it (the new one where both do).</summary>
    public string Id => New?.Id?.Value ?? Old?.Id?.Value ?? "?";
}

public enum GroupChangeKind
{
    /// <summary>The group's title changed; its targets stay in it.</summary>
    Renamed,
    /// <summary>The whole group stands elsewhere among the groups.</summary>
    Moved,
}

/// <summary>
/// A group of targets (<c>nhom</c>) that kept its targets but changed its title or its place: once for
/// the group, rather than once for each of its targets. Positions count from 1 among the groups.
/// </summary>
public sealed record GroupChange(GroupChangeKind Kind, string Old, string New, int OldPosition, int NewPosition);

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

/// <summary>
/// A paragraph, heading, list item or table row of the body that was added, removed, changed or
/// moved. <see cref="Section"/> is the headings above it where it now stands (where it stood, when
/// removed); <see cref="From"/>, for a move to another section, the headings it stood under.
/// A heading's text is its title, without the source's "#".
/// </summary>
public sealed record ProseChange(ProseChangeKind Kind, string Section, string? Old, string? New, IReadOnlyList<WordPiece> Words)
{
    public bool IsHeading { get; init; }

    public string? From { get; init; }

    /// <summary>For a heading moved with its section: how many paragraphs under it moved with it.</summary>
    public int Carried { get; init; }
}

/// <summary>The semantic diff of two documents: frame, targets and prose.</summary>
public sealed record DocumentDiff(
    string OldName,
    string NewName,
    IReadOnlyList<FrameChange> Frame,
    IReadOnlyList<TargetChange> Targets,
    IReadOnlyList<GroupChange> Groups,
    IReadOnlyList<ProseChange> Prose)
{
    public bool IsEmpty => Frame.Count == 0 && Targets.Count == 0 && Groups.Count == 0 && Prose.Count == 0;
}

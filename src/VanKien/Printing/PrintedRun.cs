namespace VanKien.Printing;

/// <summary>
/// A run of printed text with its emphasis and its <see cref="Origin"/>; a line break inside a
/// paragraph is a run of its own (<see cref="IsBreak"/>), printed as a space where lines are joined.
/// </summary>
public sealed record PrintedRun(string Text, Origin Origin, bool Bold = false, bool Italic = false)
{
    public bool IsBreak { get; init; }

    public static PrintedRun Break(Origin origin) => new(" ", origin) { IsBreak = true };
}

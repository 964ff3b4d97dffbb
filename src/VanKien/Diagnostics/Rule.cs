namespace VanKien.Diagnostics;

/// <summary>A diagnostic rule: its stable id, what it is about, and its default severity.</summary>
public sealed record Rule(string Id, string Title, Severity DefaultSeverity)
{
    public override string ToString() => Id;
}

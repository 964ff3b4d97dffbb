using VanKien.Diagnostics;

namespace VanKien.Model;

/// <summary>A value together with where the author wrote it, so every check can point at it.</summary>
public sealed record Located<T>(T Value, SourceLocation Location)
{
    public override string ToString() => Value?.ToString() ?? "";
}

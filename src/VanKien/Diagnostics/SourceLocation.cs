namespace VanKien.Diagnostics;

/// <summary>A point in a source file. Line and column are 1-based, as editors show them.</summary>
public readonly record struct SourceLocation(string File, int Line, int Column)
{
    public static SourceLocation StartOf(string file) => new(file, 1, 1);

    /// <summary>Where a node composed by the program stands before it is written: nowhere yet.</summary>
    public static readonly SourceLocation None = new("", 0, 0);

    public override string ToString() => $"{File}:{Line}:{Column}";
}

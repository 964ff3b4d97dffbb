using VanKien.Targets;

namespace VanKien.Project;

/// <summary>
/// The project file, <c>vankien.yaml</c> at the root of a repository of documents. Today it adds
/// the user's own ordinal scales (<c>thang-bac</c>) to the built-in ones; it is where sources,
/// outputs and rule settings will live as well.
/// </summary>
public sealed record ProjectFile(string? Path, IReadOnlyList<OrdinalScale> Scales)
{
    public const string FileName = "vankien.yaml";

    public static ProjectFile None { get; } = new(null, []);

    /// <summary>Built-in scales and the project's, the project's taking precedence on the same id.</summary>
    public OrdinalScales AllScales =>
        new([.. OrdinalScales.BuiltIn.All.Where(b => Scales.All(s => s.Id != b.Id)), .. Scales]);
}

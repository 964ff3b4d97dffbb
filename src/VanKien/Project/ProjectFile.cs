using VanKien.Diagnostics;
using VanKien.Targets;

namespace VanKien.Project;

/// <summary>
/// The project file, <c>vankien.yaml</c> at the root of a repository of documents: where the sources
/// are (globs), the output folder and formats, the templates folder, the project's own ordinal scales,
/// the rule settings (a severity per rule id, or off), and the safety limits.
/// </summary>
public sealed record ProjectFile(
    string? Path,
    IReadOnlyList<OrdinalScale> Scales,
    IReadOnlyList<string> Sources,
    string Output,
    IReadOnlyList<string> Formats,
    string? Templates,
    IReadOnlyDictionary<string, Severity?> RuleSettings)
{
    public const string FileName = "vankien.yaml";

    /// <summary>
    /// <c>goc: true</c>: this project file is at the root of a repository that holds several projects
    /// (one folder per cell, each with its own vankien.yaml); a document may implement a parent in any
    /// project below it.
    /// </summary>
    public bool RepositoryRoot { get; init; }

    /// <summary>The safety limits (<c>gioi-han</c>): the defaults unless the project changes some.</summary>
    public Reading.ReaderLimits Limits { get; init; } = Reading.ReaderLimits.Default;

    /// <summary><c>ky-so</c>: the signer's and the organisation's keys and images for <c>vankien ky</c>; null when not given.</summary>
    public SigningSettings? Signing { get; init; }

    public static readonly IReadOnlyList<string> DefaultSources = ["**/*.md", "**/*.yaml"];

    public static ProjectFile None { get; } = new(null, [], DefaultSources, "out", [VanKien.Output.OutputFormats.Docx.Name], null, new Dictionary<string, Severity?>());

    /// <summary>The folder the project file is in.</summary>
    public string? Root => Path is null ? null : System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path));

    /// <summary>Built-in scales and the project's, the project's taking precedence on the same id.</summary>
    public OrdinalScales AllScales =>
        new([.. OrdinalScales.BuiltIn.All.Where(b => Scales.All(s => s.Id != b.Id)), .. Scales]);

    /// <summary>A diagnostic as the project's rule settings have it: its severity changed, or null when the rule is off.</summary>
    public Diagnostic? Apply(Diagnostic diagnostic) =>
        !RuleSettings.TryGetValue(diagnostic.Rule.Id, out var setting) ? diagnostic
        : setting is { } severity ? diagnostic with { Severity = severity }
        : null;
}

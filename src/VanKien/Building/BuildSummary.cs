using VanKien.Diagnostics;

namespace VanKien.Building;

/// <summary>The outcome of building or checking a set of sources.</summary>
public sealed record BuildSummary(
    IReadOnlyList<CompileResult> Results,
    IReadOnlyList<string> Outputs,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public int ErrorCount => Diagnostics.Count(d => d.Severity == Severity.Error);

    public int WarningCount => Diagnostics.Count(d => d.Severity == Severity.Warning);

    /// <summary>Something outside the sources stopped part of the build (LibreOffice missing): exit code 2.</summary>
    public bool EnvironmentProblem { get; init; }

    /// <summary>Stopped by Ctrl-C (or SIGTERM): the outputs written are whole, the rest untouched.</summary>
    public bool Cancelled { get; init; }

    public int Built { get; init; }

    public int UpToDate { get; init; }

    public int Failed { get; init; }

    public TimeSpan Elapsed { get; init; }
}

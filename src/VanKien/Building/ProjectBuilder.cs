using VanKien.Checking;
using VanKien.Diagnostics;

namespace VanKien.Building;

/// <summary>Builds or checks many sources; a source with errors produces no output file.</summary>
public static class ProjectBuilder
{
    public static BuildSummary Build(IReadOnlyList<SourceItem> sources, string outputFolder)
    {
        var results = new List<CompileResult>();
        var outputs = new List<string>();
        var (set, projectDiagnostics) = SetFor(sources);
        var diagnostics = new List<Diagnostic>(projectDiagnostics);
        foreach (var source in sources) set.Load(source.Path);
        foreach (var source in sources)
        {
            var result = Compiler.Build(source.Path, set);
            results.Add(result);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Docx is null) continue;

            var target = Path.Combine(outputFolder, source.OutputRelativePath);
            try
            {
                AtomicFile.Write(target, result.Docx);
                outputs.Add(target);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
            {
                diagnostics.Add(Diagnostic.Of(Rules.Io, SourceLocation.StartOf(source.Path), $"không ghi được '{target}': {ex.Message}"));
            }
        }
        return new BuildSummary(results, outputs, diagnostics);
    }

    public static BuildSummary Check(IReadOnlyList<SourceItem> sources)
    {
        var (set, projectDiagnostics) = SetFor(sources);
        foreach (var source in sources) set.Load(source.Path);
        var results = sources.Select(s => Compiler.Check(s.Path, set)).ToList();
        return new BuildSummary(results, [], [.. projectDiagnostics, .. results.SelectMany(r => r.Diagnostics)]);
    }

    /// <summary>One document set for a run, with the scales of the project the first source belongs to.</summary>
    private static (DocumentSet, IReadOnlyList<Diagnostic>) SetFor(IReadOnlyList<SourceItem> sources) =>
        sources.Count == 0 ? (DocumentSet.Create(), []) : DocumentSet.ForSourcesAt(sources[0].Path);
}

using System.Collections.Concurrent;
using VanKien.Checking;
using VanKien.Diagnostics;
using VanKien.Results;

namespace VanKien.Building;

/// <summary>
/// The results files of a check or build, checked against their programs within the run's document
/// set: a program is read once for the whole run (a repository has a results file per cell and year,
/// and checking each against a set of its own read the repository again for every one). In a build,
/// a results file whose bytes and whose program's inputs are unchanged since a clean check is skipped,
/// as an unchanged source is.
/// </summary>
internal sealed class ResultsInRun(DocumentSet set, IEnumerable<CompileResult> compiled)
{
    /// <summary>Cache entries of results files carry this in place of output formats; their keys start with it.</summary>
    private const string CacheKind = "ket-qua";

    // Lazy: results files are checked in parallel, and two of one program (two years) must not both check it.
    private readonly ConcurrentDictionary<string, Lazy<CompileResult>> _programs = new(
        compiled.Where(c => c.Document is not null).Select(c => KeyValuePair.Create(Path.GetFullPath(c.SourcePath), new Lazy<CompileResult>(c))), StringComparer.Ordinal);

    /// <summary>Every results file of the folders (of a shard's <paramref name="share"/>, when given), in parallel (a district has thousands); the diagnostics in the files' order.</summary>
    public IReadOnlyList<Diagnostic> Check(IReadOnlyList<string> folders, BuildCache? cache = null, Reading.ReadLedger? ledger = null, IReadOnlySet<string>? share = null)
    {
        var files = ResultsFiles.In(folders).Where(f => share is null || share.Contains(Path.GetFullPath(f))).ToList();
        var found = new IReadOnlyList<Diagnostic>[files.Count];
        if (files.Count > 1) Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount }, i => found[i] = Check(files[i], cache, ledger));
        else if (files.Count == 1) found[0] = Check(files[0], cache, ledger);
        return [.. found.SelectMany(d => d)];
    }

    private IReadOnlyList<Diagnostic> Check(string file, BuildCache? cache, Reading.ReadLedger? ledger)
    {
        var key = $"{CacheKind}:{Path.GetFullPath(file)}";
        if (cache is not null && cache.IsUpToDate(key, file, CacheKind, [])) return [];
        var bag = new DiagnosticBag();
        var (program, results) = ResultsFiles.Open(file, null, bag, Program);
        if (cache is null) return bag.Items;
        // Remembered as a source's output is: when it holds no error (an error shows again on every run).
        if (program is not null && results is not null && !bag.HasErrors)
            cache.Record(key, file, CacheKind, [results.ProgramPath, .. ProjectBuilder.Dependencies(program, set)], null, ledger);
        else
            cache.Forget(key);
        return bag.Items;
    }

    private (Model.Document?, IReadOnlyList<Diagnostic>) Program(string path)
    {
        var result = _programs.GetOrAdd(path, p => new Lazy<CompileResult>(() => Compiler.Check(p, set))).Value;
        return (result.Document, result.Diagnostics);
    }
}

using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Results;

/// <summary>A program read and checked on a results file's behalf: its model (null when unreadable) and its diagnostics.</summary>
public delegate (Document? Document, IReadOnlyList<Diagnostic> Diagnostics) ProgramChecker(string programPath);

/// <summary>
/// Results files and the programs they measure: found in folders, read, matched with their
/// program and checked against it — for `check`/`build` over a folder (so a typo in a results
/// file fails CI on the commit that made it), for `report` and for `rollup`.
/// </summary>
public static class ResultsFiles
{
    /// <summary>The results files (<c>loai: ket-qua</c>) under the folders, in path order.</summary>
    public static IEnumerable<string> In(IEnumerable<string> folders) => folders.Where(Directory.Exists)
        .SelectMany(f => Reading.SafeFolder.Files(f, path => path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase)))
        .Distinct(StringComparer.Ordinal)
        .Where(ResultsReader.IsResultsFile)
        .Order(StringComparer.Ordinal);


    /// <summary>
    /// A results file read and checked against its program (which must be <paramref name="expectedProgram"/>
    /// when one is given). Null parts, with diagnostics, when either cannot be used. The caller checks the
    /// program (<paramref name="programs"/>), so that a run reuses the document set it already holds.
    /// </summary>
    public static (Document? Program, ResultSet? Results) Open(string resultsPath, string? expectedProgram, DiagnosticBag diagnostics, ProgramChecker programs)
    {
        if (ResultsReader.Read(resultsPath, diagnostics) is not { } results) return (null, null);
        if (expectedProgram is not null && !string.Equals(results.ProgramPath, Path.GetFullPath(expectedProgram), StringComparison.Ordinal))
        {
            diagnostics.Add(Rules.ResultProgramUnreadable, results.Program.Location,
                $"tệp kết quả thuộc chương trình '{results.Program.Value}', không phải '{expectedProgram}'");
            return (null, null);
        }
        var program = programs(results.ProgramPath);
        if (program.Document is null || program.Diagnostics.Any(d => d.Severity == Severity.Error))
        {
            // Named on the command line (report), the program's own errors are shown; over a folder, its check shows them.
            if (expectedProgram is not null) diagnostics.AddRange(program.Diagnostics.Where(d => d.Severity == Severity.Error));
            diagnostics.Add(Rules.ResultProgramUnreadable, results.Program.Location,
                $"không đọc được chương trình '{results.Program.Value}' của tệp kết quả" +
                (program.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } first ? $": {first.Message}" : ""));
            return (null, null);
        }
        ResultsChecker.Check(results, program.Document, diagnostics);
        return (program.Document, results);
    }
}

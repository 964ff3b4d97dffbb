using VanKien.Building;
using VanKien.Diagnostics;

namespace VanKien.Results;

/// <summary>
/// Results files found in the folders a check or build covers, each read and checked against its
/// program, so a typo in a results file fails CI on the commit that made it, not at report time.
/// </summary>
public static class ResultsFiles
{
    public static IReadOnlyList<Diagnostic> Check(IEnumerable<string> folders)
    {
        var diagnostics = new DiagnosticBag();
        var files = folders.Where(Directory.Exists)
            .SelectMany(f => Directory.EnumerateFiles(f, "*.yaml", new EnumerationOptions { RecurseSubdirectories = true, MaxRecursionDepth = 32 }))
            .Distinct(StringComparer.Ordinal)
            .Where(ResultsReader.IsResultsFile)
            .Order(StringComparer.Ordinal);
        foreach (var file in files)
        {
            if (ResultsReader.Read(file, diagnostics) is not { } results) continue;
            var program = Compiler.Check(results.ProgramPath);
            if (program.Document is null || program.HasErrors)
            {
                diagnostics.Add(Rules.ResultProgramUnreadable, results.Program.Location,
                    $"không đọc được chương trình '{results.Program.Value}' của tệp kết quả" +
                    (program.Diagnostics.FirstOrDefault(d => d.Severity == Severity.Error) is { } first ? $": {first.Message}" : ""));
                continue;
            }
            ResultsChecker.Check(results, program.Document, diagnostics);
        }
        return diagnostics.Items;
    }
}

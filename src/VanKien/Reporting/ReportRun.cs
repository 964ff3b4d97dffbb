using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Reading;
using VanKien.Results;

namespace VanKien.Reporting;

/// <summary>
/// <c>vankien report</c>'s work: the results checked against their program, the báo cáo's source
/// composed and written into the output folder (<c>bao-cao-so-ket-2027.md</c>) — an edited one is
/// kept unless <see cref="Request.Overwrite"/> — then built like any source.
/// </summary>
public static class ReportRun
{
    public sealed record Request(string Program, string Results, ReportKind Kind, int? Year, string? Narrative, string OutputFolder, bool Overwrite, BuildOptions Build);

    /// <param name="Refusal">Set when the source was not written: the output gate refused its path, or an edited one was kept (<paramref name="KeptEdits"/>).</param>
    public sealed record Result(IReadOnlyList<Diagnostic> Diagnostics, ReportComposer.Composed? Composed, string? SourcePath, BuildSummary? Built,
        string? Refusal = null, bool KeptEdits = false);

    /// <summary>The name of a report's source and DOCX: "bao-cao-so-ket-2027".</summary>
    public static string Name(ReportKind kind, int year) => $"bao-cao-{kind.Key()}-{year}";

    /// <summary>The program named on the command line, checked on its own (its errors are the report's).</summary>
    private static (Model.Document?, IReadOnlyList<Diagnostic>) CheckedAlone(string path)
    {
        var program = Compiler.Check(path);
        return (program.Document, program.Diagnostics);
    }

    public static Result Run(Request request)
    {
        var diagnostics = new DiagnosticBag();
        var (program, results) = ResultsFiles.Open(request.Results, request.Program, diagnostics, CheckedAlone);
        if (program is null || results is null) return new Result(diagnostics.Items, null, null, null);
        // Said before anything is written: a source without them would only fail its own check.
        var missing = new[] { ("so", results.Report.Number is null), ("ngay", results.Report.Date is null) }.Where(m => m.Item2).Select(m => m.Item1).ToList();
        if (missing.Count > 0)
            diagnostics.Add(Rules.ReportFrameMissing, SourceLocation.StartOf(results.Path),
                $"tệp kết quả chưa có {string.Join(", ", missing.Select(k => $"'bao-cao: {k}'"))}: báo cáo cần số và ngày ban hành",
                "thêm vào tệp kết quả mục 'bao-cao:' có 'so:' (như 12-BC/CB) và 'ngay:' (năm-tháng-ngày), cùng nơi nhận và chữ ký");
        string? narrative = null;
        if (request.Narrative is { } narrativePath && SafeFile.ReadReported(narrativePath, ReaderLimits.Default.MaxSourceBytes, diagnostics, "tệp nội dung") is { } bytes)
            narrative = SourceText.Decode(narrativePath, bytes, ReaderLimits.Default, diagnostics);
        if (diagnostics.HasErrors) return new Result(diagnostics.Items, null, null, null);

        var year = request.Year ?? ReportComposer.DefaultYear(program, results, request.Kind);
        var composed = ReportComposer.Compose(program, results, request.Kind, year, narrative);
        var name = Name(request.Kind, year);
        var sourcePath = Path.Combine(request.OutputFolder, name + ".md");
        var sourceBytes = System.Text.Encoding.UTF8.GetBytes(composed.Source);
        if (!request.Overwrite && OutputGate.KeepsEdits(sourcePath, sourceBytes) is { } edited)
            return new Result(diagnostics.Items, composed, sourcePath, null, edited, KeptEdits: true);
        if (OutputGate.File(sourcePath, ".md") is { } refused)
            return new Result(diagnostics.Items, composed, sourcePath, null, refused);
        if (!AtomicFile.WriteReported(sourcePath, sourceBytes, diagnostics, SourceLocation.StartOf(sourcePath)))
            return new Result(diagnostics.Items, composed, sourcePath, null);
        var built = ProjectBuilder.Build([new SourceItem(sourcePath, name)],
            request.Build with { Force = true, KnownNumbers = [program.Frame.Number.Value] });
        diagnostics.AddRange(built.Diagnostics);
        return new Result(diagnostics.Items, composed, sourcePath, built);
    }
}

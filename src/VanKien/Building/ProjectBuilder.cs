using VanKien.Checking;
using VanKien.Diagnostics;
using VanKien.Writing.Pdf;

namespace VanKien.Building;

/// <summary>
/// Builds or checks many sources; a source with errors produces no output file. PDFs are made
/// from the DOCX of all documents in one LibreOffice process, then moved into place.
/// </summary>
public static class ProjectBuilder
{
    public static BuildSummary Build(IReadOnlyList<SourceItem> sources, string outputFolder, string? templateOverride = null) =>
        Build(sources, new BuildOptions(outputFolder, OutputFormats.Docx, templateOverride));

    public static BuildSummary Build(IReadOnlyList<SourceItem> sources, BuildOptions options)
    {
        var results = new List<CompileResult>();
        var outputs = new List<string>();
        var (set, projectDiagnostics) = SetFor(sources, options.TemplateOverride);
        var diagnostics = new List<Diagnostic>(projectDiagnostics);
        foreach (var source in sources) set.Load(source.Path);

        var built = new List<(SourceItem Source, byte[] Docx)>();
        foreach (var source in sources)
        {
            var result = Compiler.Build(source.Path, set);
            results.Add(result);
            diagnostics.AddRange(result.Diagnostics);
            if (result.Docx is not null) built.Add((source, result.Docx));
        }

        if (options.Formats.HasFlag(OutputFormats.Docx))
            foreach (var (source, docx) in built)
                Write(Path.Combine(options.OutputFolder, source.OutputRelativePath), docx, source, outputs, diagnostics);

        var environmentProblem = false;
        if (options.Formats.HasFlag(OutputFormats.Pdf) && built.Count > 0)
            environmentProblem = !WritePdfs(built, options, outputs, diagnostics);

        return new BuildSummary(results, outputs, Distinct(diagnostics)) { EnvironmentProblem = environmentProblem };
    }

    public static BuildSummary Check(IReadOnlyList<SourceItem> sources, string? templateOverride = null)
    {
        var (set, projectDiagnostics) = SetFor(sources, templateOverride);
        foreach (var source in sources) set.Load(source.Path);
        var results = sources.Select(s => Compiler.Check(s.Path, set)).ToList();
        return new BuildSummary(results, [], Distinct([.. projectDiagnostics, .. results.SelectMany(r => r.Diagnostics)]));
    }

    /// <summary>False when LibreOffice is missing (an environment problem); a failed conversion is a diagnostic.</summary>
    private static bool WritePdfs(List<(SourceItem Source, byte[] Docx)> built, BuildOptions options, List<string> outputs, List<Diagnostic> diagnostics)
    {
        var converter = LibreOfficeConverter.Find(options.Soffice);
        if (converter is null)
        {
            diagnostics.Add(Diagnostic.Of(Rules.PdfConverterMissing, SourceLocation.StartOf(options.Soffice ?? "soffice"),
                "không xuất được PDF: không tìm thấy LibreOffice (soffice)", LibreOfficeConverter.InstallHint));
            return false;
        }

        // Stage every DOCX under a unique name, convert them all in one process, then move each PDF into place.
        var staging = Path.Combine(Path.GetTempPath(), $"vankien-pdf-{Guid.NewGuid():N}");
        Directory.CreateDirectory(staging);
        try
        {
            var staged = built.Select((b, i) => (b.Source, Docx: Path.Combine(staging, $"{i:0000}.docx"))).ToList();
            foreach (var (item, (_, bytes)) in staged.Zip(built)) File.WriteAllBytes(item.Docx, bytes);
            var result = converter.Convert(staged.Select(s => s.Docx).ToList(), staging, options.PdfTimeout);
            foreach (var (source, docx) in staged)
            {
                var pdf = Path.ChangeExtension(docx, ".pdf");
                if (!File.Exists(pdf))
                {
                    diagnostics.Add(Diagnostic.Of(Rules.PdfConversionFailed, SourceLocation.StartOf(source.Path), $"LibreOffice không tạo được PDF: {result.Log}"));
                    continue;
                }
                Write(Path.Combine(options.OutputFolder, Path.ChangeExtension(source.OutputRelativePath, ".pdf")), File.ReadAllBytes(pdf), source, outputs, diagnostics);
            }
        }
        finally
        {
            try { Directory.Delete(staging, recursive: true); }
            catch (IOException) { }
        }
        return true;
    }

    private static void Write(string target, byte[] bytes, SourceItem source, List<string> outputs, List<Diagnostic> diagnostics)
    {
        try
        {
            AtomicFile.Write(target, bytes);
            outputs.Add(target);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Diagnostic.Of(Rules.Io, SourceLocation.StartOf(source.Path), $"không ghi được '{target}': {ex.Message}"));
        }
    }

    /// <summary>One document set for a run, with the scales of the project the first source belongs to.</summary>
    private static (DocumentSet, IReadOnlyList<Diagnostic>) SetFor(IReadOnlyList<SourceItem> sources, string? templateOverride) =>
        sources.Count == 0 ? (DocumentSet.Create(), []) : DocumentSet.ForSourcesAt(sources[0].Path, templateOverride);

    /// <summary>A problem in a shared file (a template, a parent) is reported once, not once per document.</summary>
    private static List<Diagnostic> Distinct(IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.DistinctBy(d => (d.Rule.Id, d.Location, d.Message)).ToList();
}

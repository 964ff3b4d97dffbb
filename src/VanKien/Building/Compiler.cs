using VanKien.Checking;
using VanKien.Diagnostics;
using VanKien.Reading;
using VanKien.Writing.Docx;

namespace VanKien.Building;

/// <summary>
/// The pipeline for one source: read → model → check → write. Sources compiled together share a
/// <see cref="DocumentSet"/>, so a parent is read once and references between them resolve.
/// </summary>
public static class Compiler
{
    /// <summary>Reads and checks; writes nothing.</summary>
    public static CompileResult Check(string path, DocumentSet? set = null) => Run(path, null, write: false, set);

    /// <summary>Reads, checks and, when no error was found, writes the DOCX bytes.</summary>
    public static CompileResult Build(string path, DocumentSet? set = null) => Run(path, null, write: true, set);

    /// <summary>Reads and checks source text held in memory; writes nothing.</summary>
    public static CompileResult CheckSource(string path, byte[] bytes, DocumentSet? set = null) => Run(path, bytes, write: false, set);

    /// <summary>Compiles source text held in memory, as tests and editors do.</summary>
    public static CompileResult BuildSource(string path, byte[] bytes, DocumentSet? set = null) => Run(path, bytes, write: true, set);

    private static CompileResult Run(string path, byte[]? bytes, bool write, DocumentSet? set)
    {
        set ??= DocumentSet.ForSourcesAt(path).Set;
        using var budget = WorkBudget.Start(set.Limits.MaxSecondsPerDocument);
        try
        {
            return RunWithin(path, bytes, write, set);
        }
        catch (WorkBudget.Exceeded)
        {
            var diagnostics = new DiagnosticBag();
            diagnostics.Add(Rules.Limit, SourceLocation.StartOf(path), WorkBudget.SpentMessage(set.Limits.MaxSecondsPerDocument), WorkBudget.SpentHint);
            return new CompileResult(path, null, diagnostics.Items, null);
        }
    }

    private static CompileResult RunWithin(string path, byte[]? bytes, bool write, DocumentSet set)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        DocumentSet.Entry entry;
        if (bytes is null)
        {
            entry = set.Load(path);
            StartupTrace.Mark("compile: read");
        }
        else
        {
            var read = new DiagnosticBag();
            var document = DocumentReader.Read(path, bytes, read, set.Limits, set.Scales);
            entry = set.Add(path, document, read.Items);
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(entry.Diagnostics);
        if (entry.Document is not null && !OutOfTime(path, clock, set, diagnostics)) DocumentChecker.Default.Check(entry.Document, set, diagnostics);
        if (bytes is null) StartupTrace.Mark("compile: checked");

        var docx = write && entry.Document is not null && !OutOfTime(path, clock, set, diagnostics) ? Write(entry.Document, set, diagnostics) : null;
        if (docx is not null && OutOfTime(path, clock, set, diagnostics)) docx = null;
        return new CompileResult(path, entry.Document, diagnostics.Items, docx);
    }

    /// <summary>
    /// The time limit per document, looked at between stages: each stage is bounded by the reader's
    /// limits, so this catches a document that is merely enormous, or a machine that is starved.
    /// </summary>
    private static bool OutOfTime(string path, System.Diagnostics.Stopwatch clock, DocumentSet set, DiagnosticBag diagnostics)
    {
        if (clock.Elapsed.TotalSeconds <= set.Limits.MaxSecondsPerDocument) return false;
        if (!diagnostics.Items.Any(d => d.Rule == Rules.Limit))
            diagnostics.Add(Rules.Limit, SourceLocation.StartOf(path), WorkBudget.SpentMessage(set.Limits.MaxSecondsPerDocument), WorkBudget.SpentHint);
        return true;
    }

    /// <summary>
    /// The write stage, in a method of its own: only a build compiles it, so a check never loads the
    /// DOCX writer (and the OpenXML SDK) — start-up stays lean.
    /// </summary>
    [System.Runtime.CompilerServices.MethodImpl(System.Runtime.CompilerServices.MethodImplOptions.NoInlining)]
    private static byte[]? Write(Model.Document document, DocumentSet set, DiagnosticBag diagnostics)
    {
        var (template, templateDiagnostics) = set.Templates.For(document);
        diagnostics.AddRange(templateDiagnostics);
        StartupTrace.Mark("write: template");
        var (reference, referenceDiagnostics) = ReferenceDocuments.Get(template.Reference);
        StartupTrace.Mark("write: reference document");
        diagnostics.AddRange(referenceDiagnostics);
        var docx = diagnostics.HasErrors ? null : DocxWriter.Write(document, template, reference);
        StartupTrace.Mark("write: docx");
        return docx;
    }
}

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

    /// <summary>Compiles source text held in memory, as tests and editors do.</summary>
    public static CompileResult BuildSource(string path, byte[] bytes, DocumentSet? set = null) => Run(path, bytes, write: true, set);

    private static CompileResult Run(string path, byte[]? bytes, bool write, DocumentSet? set)
    {
        set ??= DocumentSet.ForSourcesAt(path).Set;
        DocumentSet.Entry entry;
        if (bytes is null)
        {
            entry = set.Load(path);
        }
        else
        {
            var read = new DiagnosticBag();
            var document = DocumentReader.Read(path, bytes, read, scales: set.Scales);
            entry = set.Add(path, document, read.Items);
        }

        var diagnostics = new DiagnosticBag();
        diagnostics.AddRange(entry.Diagnostics);
        if (entry.Document is not null) DocumentChecker.Default.Check(entry.Document, set, diagnostics);

        var docx = write && entry.Document is not null ? Write(entry.Document, set, diagnostics) : null;
        return new CompileResult(path, entry.Document, diagnostics.Items, docx);
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
        var (reference, referenceDiagnostics) = ReferenceDocuments.Get(template.Reference);
        diagnostics.AddRange(referenceDiagnostics);
        return diagnostics.HasErrors ? null : DocxWriter.Write(document, template, reference);
    }
}

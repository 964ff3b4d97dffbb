using VanKien.Checking;
using VanKien.Diagnostics;
using VanKien.Reading;
using VanKien.Writing.Docx;

namespace VanKien.Building;

/// <summary>The pipeline for one source: read → model → check → write.</summary>
public static class Compiler
{
    /// <summary>Reads and checks; writes nothing.</summary>
    public static CompileResult Check(string path) => Run(path, null, write: false);

    /// <summary>Reads, checks and, when no error was found, writes the DOCX bytes.</summary>
    public static CompileResult Build(string path) => Run(path, null, write: true);

    /// <summary>Compiles source text held in memory, as tests and editors do.</summary>
    public static CompileResult BuildSource(string path, byte[] bytes) => Run(path, bytes, write: true);

    private static CompileResult Run(string path, byte[]? bytes, bool write)
    {
        var diagnostics = new DiagnosticBag();
        var document = bytes is null
            ? DocumentReader.ReadFile(path, diagnostics)
            : DocumentReader.Read(path, bytes, diagnostics);
        if (document is not null) DocumentChecker.Default.Check(document, diagnostics);

        var docx = write && document is not null && !diagnostics.HasErrors ? DocxWriter.Write(document) : null;
        return new CompileResult(path, document, diagnostics.Items, docx);
    }
}

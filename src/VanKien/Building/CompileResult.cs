using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Building;

/// <summary>What compiling one source gave: its diagnostics and, when it has no errors, the DOCX bytes.</summary>
public sealed record CompileResult(string SourcePath, Document? Document, IReadOnlyList<Diagnostic> Diagnostics, byte[]? Docx)
{
    public bool HasErrors => Diagnostics.Any(d => d.Severity == Severity.Error);
}

using VanKien.Diagnostics;

namespace VanKien.Cli;

/// <summary>Prints diagnostics one per line, <c>path:line:col: error VK0001: message</c>, sorted by place.</summary>
internal static class DiagnosticPrinter
{
    public static void Print(IEnumerable<Diagnostic> diagnostics, TextWriter error)
    {
        var ordered = diagnostics
            .OrderBy(d => d.Location.File, StringComparer.Ordinal)
            .ThenBy(d => d.Location.Line)
            .ThenBy(d => d.Location.Column);
        foreach (var diagnostic in ordered) error.WriteLine(diagnostic.ToString());
    }
}

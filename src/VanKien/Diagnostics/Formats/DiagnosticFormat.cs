namespace VanKien.Diagnostics.Formats;

/// <summary>How diagnostics are printed: for people, for programs, for code-scanning UIs, for GitHub Actions.</summary>
public enum DiagnosticFormat
{
    Human,
    Json,
    Sarif,
    Github,
}

/// <summary>Writes a run's diagnostics in one format.</summary>
public interface IDiagnosticWriter
{
    void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output);
}

public static class DiagnosticWriters
{
    /// <param name="sourceLines">The lines of a source file, for the human format's excerpt; null when unreadable.</param>
    public static IDiagnosticWriter For(DiagnosticFormat format, Func<string, IReadOnlyList<string>?> sourceLines, bool includeInfo) => format switch
    {
        DiagnosticFormat.Json => new JsonDiagnosticWriter(),
        DiagnosticFormat.Sarif => new SarifDiagnosticWriter(),
        DiagnosticFormat.Github => new GithubDiagnosticWriter(),
        _ => new HumanDiagnosticWriter(sourceLines, includeInfo),
    };

    /// <summary>Diagnostics in the order people read them: by file, line, column.</summary>
    public static IEnumerable<Diagnostic> Ordered(IEnumerable<Diagnostic> diagnostics)
    {
        // A total order (message last), so the result is the same whatever the sort's stability;
        // List.Sort rather than OrderBy/ThenBy, whose int-keyed code is compiled at start-up.
        var list = diagnostics.ToList();
        list.Sort((a, b) =>
        {
            var c = string.CompareOrdinal(a.Location.File, b.Location.File);
            if (c == 0) c = a.Location.Line.CompareTo(b.Location.Line);
            if (c == 0) c = a.Location.Column.CompareTo(b.Location.Column);
            if (c == 0) c = string.CompareOrdinal(a.Rule.Id, b.Rule.Id);
            if (c == 0) c = string.CompareOrdinal(a.Message, b.Message);
            return c;
        });
        return list;
    }

    /// <summary>The severity as programs read it (JSON): the English words every tool expects.</summary>
    public static string SeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "info",
    };

    /// <summary>The severity as people read it: the office staff who use VanKien read Vietnamese.</summary>
    public static string HumanSeverityWord(Severity severity) => severity switch
    {
        Severity.Error => "lỗi",
        Severity.Warning => "cảnh báo",
        _ => "ghi chú",
    };

    /// <summary>A path as the output shows it: relative to the working folder when inside it, with '/'.</summary>
    public static string DisplayPath(string path)
    {
        var full = Path.GetFullPath(path);
        var relative = Path.GetRelativePath(Directory.GetCurrentDirectory(), full);
        return (relative.StartsWith("..", StringComparison.Ordinal) || Path.IsPathRooted(relative) ? full : relative).Replace('\\', '/');
    }
}

namespace VanKien.Diagnostics;

/// <summary>
/// One problem found in a source. Never an exception: every bad input ends here, with a stable
/// rule id so that CI logs, editors and suppressions can refer to it.
/// </summary>
public sealed record Diagnostic(
    Rule Rule,
    Severity Severity,
    SourceLocation Location,
    string Message,
    SourceLocation? Related = null,
    string? Hint = null)
{
    public static Diagnostic Of(Rule rule, SourceLocation location, string message, string? hint = null) =>
        new(rule, rule.DefaultSeverity, location, message, null, hint);

    /// <summary>The compiler's usual line, in the users' language: <c>path:line:col: lỗi VK0001: message</c>.</summary>
    public override string ToString()
    {
        var text = $"{Location}: {Formats.DiagnosticWriters.HumanSeverityWord(Severity)} {Rule.Id}: {Message}";
        return Text.Printable.Escape(Hint is null ? text : $"{text} ({Hint})");
    }
}

namespace VanKien.Diagnostics.Formats;

/// <summary>
/// GitHub Actions workflow commands: <c>::error file=…,line=…,col=…,title=…::message</c>, which
/// the Actions runner turns into annotations on the pull request's files.
/// </summary>
public sealed class GithubDiagnosticWriter : IDiagnosticWriter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var d in DiagnosticWriters.Ordered(diagnostics))
        {
            var command = d.Severity switch
            {
                Severity.Error => "error",
                Severity.Warning => "warning",
                _ => "notice",
            };
            var message = d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})";
            output.WriteLine(
                $"::{command} file={Property(DiagnosticWriters.DisplayPath(d.Location.File))},line={d.Location.Line},col={d.Location.Column},title={Property($"{d.Rule.Id} {d.Rule.Title}")}::{Data(message)}");
        }
    }

    /// <summary>Escaping of a command's message (the runner's own rules).</summary>
    public static string Data(string text) => text.Replace("%", "%25").Replace("\r", "%0D").Replace("\n", "%0A");

    /// <summary>Escaping of a command's property value: also ':' and ','.</summary>
    public static string Property(string text) => Data(text).Replace(":", "%3A").Replace(",", "%2C");
}

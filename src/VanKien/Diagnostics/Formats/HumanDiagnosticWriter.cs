namespace VanKien.Diagnostics.Formats;

/// <summary>
/// For people: the compiler line <c>path:line:col: lỗi VK0001: message</c> ("lỗi", "cảnh báo", "ghi chú"), then the source
/// line with a caret under the column, the hint and the related place.
/// </summary>
public sealed class HumanDiagnosticWriter(Func<string, IReadOnlyList<string>?> sourceLines, bool includeInfo) : IDiagnosticWriter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        foreach (var d in DiagnosticWriters.Ordered(diagnostics).Where(d => includeInfo || d.Severity != Severity.Info))
        {
            // Paths and messages hold what the user's files hold: never a raw control character.
            output.WriteLine(Text.Printable.Escape($"{d.Location}: {DiagnosticWriters.HumanSeverityWord(d.Severity)} {d.Rule.Id}: {d.Message}"));
            if (sourceLines(d.Location.File) is { } lines && d.Location.Line >= 1 && d.Location.Line <= lines.Count)
            {
                var text = lines[d.Location.Line - 1].TrimEnd();
                var gutter = d.Location.Line.ToString(System.Globalization.CultureInfo.InvariantCulture);
                var padding = new string(' ', gutter.Length);
                // Keep tabs in the caret line so the caret lands under the column on any tab width.
                var lead = new string(text.Take(Math.Max(0, d.Location.Column - 1)).Select(c => c == '\t' ? '\t' : ' ').ToArray());
                output.WriteLine($" {gutter} | {string.Concat(text.Select(c => c != '\t' && Text.Printable.NeedsEscape(c) ? '\uFFFD' : c))}");
                output.WriteLine($" {padding} | {lead}^");
            }
            if (d.Hint is not null) output.WriteLine(Text.Printable.Escape($"   = gợi ý: {d.Hint}"));
            if (d.Related is { } related)
                output.WriteLine(Text.Printable.Escape($"   = liên quan: {related with { File = DiagnosticWriters.DisplayPath(related.File) }}"));
        }
    }
}

using VanKien.Diagnostics;

namespace VanKien.Building;

/// <summary>
/// The source lines a diagnostic's excerpt shows, read once a file: only as far as the last line some
/// diagnostic points at, so a hostile 50 MB file costs its bytes, not its text; through the input
/// gate, so a file that cannot be read safely gets no excerpt; none for a DOCX (import), which is
/// counted in paragraphs and has no text to show.
/// </summary>
public static class DiagnosticExcerpts
{
    public static Func<string, IReadOnlyList<string>?> LinesFor(IReadOnlyList<Diagnostic> diagnostics)
    {
        var cache = new Dictionary<string, IReadOnlyList<string>?>();
        var lastLine = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var d in diagnostics)
            lastLine[d.Location.File] = Math.Max(lastLine.GetValueOrDefault(d.Location.File), d.Location.Line);
        return path =>
        {
            if (!cache.TryGetValue(path, out var lines))
            {
                var bytes = path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase) ? null
                    : Reading.SafeFile.Read(path, 2L * Reading.ReaderLimits.Default.MaxSourceBytes).Bytes;
                lines = bytes is null ? null : FirstLines(bytes, lastLine.GetValueOrDefault(path));
                cache[path] = lines;
            }
            return lines;
        };
    }

    /// <summary>The first <paramref name="count"/> lines of UTF-8 bytes (CR LF or LF), decoded one by one.</summary>
    private static List<string> FirstLines(byte[] bytes, int count)
    {
        var utf8 = new System.Text.UTF8Encoding(false, false);
        var lines = new List<string>();
        var start = 0;
        while (lines.Count < count && start <= bytes.Length)
        {
            var end = Array.IndexOf(bytes, (byte)'\n', start);
            if (end < 0) end = bytes.Length;
            var length = end - start;
            if (length > 0 && bytes[start + length - 1] == '\r') length--;
            lines.Add(utf8.GetString(bytes, start, length));
            start = end + 1;
        }
        return lines;
    }
}

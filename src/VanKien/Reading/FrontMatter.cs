using VanKien.Diagnostics;

namespace VanKien.Reading;

/// <summary>A source split into its YAML front matter and its Markdown body, with line offsets.</summary>
public sealed record FrontMatter(string Yaml, int YamlFirstLine, string Body, int BodyFirstLine)
{
    /// <summary>The line that opens the front matter, as its first line.</summary>
    public static bool IsOpener(string line) => line.TrimStart('\uFEFF').TrimEnd() == "---";

    /// <summary>A line that closes the front matter: "---", or YAML's document end "...".</summary>
    public static bool IsCloser(string line) => line.TrimEnd() is "---" or "...";

    /// <summary>The 0-based line that closes the front matter of a source's lines, or null when it has none (or it is not closed).</summary>
    public static int? CloserLine(IReadOnlyList<string> lines)
    {
        if (lines.Count == 0 || !IsOpener(lines[0])) return null;
        for (var i = 1; i < lines.Count; i++)
            if (IsCloser(lines[i])) return i;
        return null;
    }

    /// <summary>
    /// Splits on the first line "---" and the next line "---" (or "..."). Offsets are the 1-based
    /// file lines where each part starts, so positions inside a part map back to the file.
    /// </summary>
    public static FrontMatter? Split(string path, string text, DiagnosticBag diagnostics)
    {
        var lines = text.Split('\n');
        if (lines.Length == 0 || !IsOpener(lines[0]))
        {
            diagnostics.Add(Rules.FrontMatter, SourceLocation.StartOf(path),
                "văn bản phải bắt đầu bằng phần đầu YAML giữa hai dòng '---'");
            return null;
        }

        for (var i = 1; i < lines.Length; i++)
        {
            if (IsCloser(lines[i]))
            {
                var yaml = string.Join('\n', lines[1..i]);
                var body = string.Join('\n', lines[(i + 1)..]);
                return new FrontMatter(yaml, 2, body, i + 2);
            }
        }

        diagnostics.Add(Rules.FrontMatter, SourceLocation.StartOf(path),
            "phần đầu YAML không có dòng '---' đóng lại");
        return null;
    }
}

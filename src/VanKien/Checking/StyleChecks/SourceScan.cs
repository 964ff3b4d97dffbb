using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Checking.StyleChecks;

/// <summary>
/// Style checks read the decoded source line by line, so that they point at the exact column,
/// leaving out YAML comments and fenced code.
/// </summary>
internal static class SourceScan
{
    public sealed record Line(int Number, string Text, bool InFrontMatter);

    /// <summary>The lines the style checks read, decoded once for all of them (the set keeps the source compact).</summary>
    public static IEnumerable<Line> Lines(CheckContext context)
    {
        var document = context.Document;
        var lines = context.SourceLines;
        var yamlSource = Reading.DocumentReader.IsYamlSource(document.SourcePath);
        var inFrontMatter = yamlSource;
        var inFence = false;
        for (var i = 0; i < lines.Count; i++)
        {
            var text = lines[i];
            // The reader's own test of the front matter's lines: "..." closes it as "---" does.
            if (!yamlSource && (i == 0 ? Reading.FrontMatter.IsOpener(text) : inFrontMatter && Reading.FrontMatter.IsCloser(text)))
            {
                inFrontMatter = i == 0;
                continue;
            }
            if (!inFrontMatter && text.TrimStart().StartsWith("```", StringComparison.Ordinal)) inFence = !inFence;
            if (inFence || (inFrontMatter && text.TrimStart().StartsWith('#'))) continue;
            yield return new Line(i + 1, text, inFrontMatter);
        }
    }

    /// <param name="mayMatch">A cheap test a line must pass before the pattern runs on it (none: every line).</param>
    public static IEnumerable<(Line Line, Match Match)> Matches(CheckContext context, Regex pattern, Func<string, bool>? mayMatch = null)
    {
        foreach (var line in Lines(context))
        {
            if (mayMatch is not null && !mayMatch(line.Text)) continue;
            foreach (Match match in pattern.Matches(line.Text))
                yield return (line, match);
        }
    }

    public static SourceLocation At(Document document, Line line, int index) => new(document.SourcePath, line.Number, index + 1);
}

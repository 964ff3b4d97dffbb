using System.Net;
using System.Text.RegularExpressions;

namespace VanKien.Tests.Support;

/// <summary>
/// Reads a DOCX back through pandoc, an independent reader: its HTML, one line per block
/// (heading, paragraph, table cell) with the block's tag.
/// </summary>
internal static partial class PandocReader
{
    public sealed record Line(string Tag, string Text);

    public static IReadOnlyList<Line> Read(string docxPath, params string[] extraArguments)
    {
        var result = ExternalTool.Run("pandoc", ["-f", "docx", "-t", "html", "--wrap=none", .. extraArguments, docxPath]);
        Assert.True(result.ExitCode == 0, $"pandoc failed: {result.Error}");
        var lines = new List<Line>();
        foreach (Match block in Block().Matches(result.Output))
        {
            var text = WebUtility.HtmlDecode(Tag().Replace(block.Groups[2].Value, " "));
            text = Regex.Replace(text, @"\s+", " ").Trim();
            if (text.Length > 0) lines.Add(new Line(block.Groups[1].Value, text));
        }
        return lines;
    }

    // The innermost blocks: paragraphs, headings and cells that hold no paragraph of their own.
    [GeneratedRegex(@"<(p|h[1-6]|td|th)\b[^>]*>((?:(?!<(?:p|td|th|h[1-6])\b).)*?)</\1>", RegexOptions.Singleline)]
    private static partial Regex Block();

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();
}

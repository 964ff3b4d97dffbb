using System.Text;
using System.Text.RegularExpressions;

namespace VanKien.Writing.Source;

/// <summary>
/// The escapes of the source language, for <see cref="SourceWriter"/> and <see cref="MarkdownWriter"/>:
/// YAML's double-quoted scalar, and Markdown text with every character Markdown would take as
/// syntax escaped.
/// </summary>
internal static partial class SourceSyntax
{
    /// <summary>A line of inline Markdown whose first characters would open a list, a heading, a quote or a block.</summary>
    public static string EscapeBlockStart(string line) =>
        BlockStart().Match(line) is { Success: true } m ? line[..m.Length].Insert(m.Groups["mark"].Index, "\\") + line[m.Length..] : line;

    public static string Inline(string text)
    {
        var s = new StringBuilder(text.Length + 8);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is '\\' or '`' or '*' or '_' or '[' or ']' or '<' or '>' ||
                c == '&' && EntityLike().IsMatch(text.AsSpan(i)) ||
                c == '~' && i + 1 < text.Length && text[i + 1] == '~')
                s.Append('\\');
            s.Append(c);
        }
        return s.ToString();
    }

    public static string Cell(string text) => Inline(text).Replace("|", "\\|", StringComparison.Ordinal);

    [GeneratedRegex(@"^(?<mark>[#+\-=:])|^[0-9]{1,9}(?<mark>[.)])(\s|$)")]
    private static partial Regex BlockStart();

    [GeneratedRegex(@"^&(#[0-9]+|#x[0-9a-fA-F]+|[A-Za-z][A-Za-z0-9]*);")]
    private static partial Regex EntityLike();

    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

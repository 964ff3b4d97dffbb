using System.Text;
using System.Text.RegularExpressions;

namespace VanKien.Writing.Source;

/// <summary>
/// The syntax of the source language, for every writer of sources (import, <c>new</c>, <c>report</c>):
/// YAML scalars always double-quoted, so that no Vietnamese sentence is ever read as YAML syntax, and
/// Markdown text with every character Markdown would take as syntax escaped.
/// </summary>
public static partial class SourceSyntax
{
    /// <summary>A paragraph whose first characters would open a list, a heading, a quote or a block.</summary>
    public static string Paragraph(string text)
    {
        var inline = Inline(text);
        if (BlockStart().Match(inline) is { Success: true } m)
            return inline[..m.Length].Insert(m.Groups["mark"].Index, "\\") + inline[m.Length..];
        return inline;
    }

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

    public static void Scalar(StringBuilder s, string key, string? value, string indent = "")
    {
        if (string.IsNullOrEmpty(value)) return;
        s.Append(indent).Append(key).Append(": ").Append(Quote(value)).Append('\n');
    }

    public static void List(StringBuilder s, string key, IReadOnlyList<string> items)
    {
        if (items.Count == 0) return;
        s.Append(key).Append(":\n");
        foreach (var item in items) s.Append("  - ").Append(Quote(item)).Append('\n');
    }

    public static string Quote(string value) =>
        "\"" + value.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";
}

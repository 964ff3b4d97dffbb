using System.Text.RegularExpressions;

namespace VanKien.Reading;

/// <summary>
/// A YAML syntax error told in Vietnamese, with the likely cause. YamlDotNet's messages are
/// English and name the parser's state ("While scanning a block scalar…"), not what the author
/// typed; the author typed a line, so the line is read for the usual causes: a value starting
/// with a character YAML reserves (<c>&gt;= 85%</c>, <c>*</c>, <c>&amp;</c>, <c>!</c>, <c>%</c>,
/// <c>@</c>), a colon inside a value, a tab, an unclosed quote or bracket.
/// </summary>
internal static partial class YamlSyntaxExplanation
{
    /// <summary>What to tell the author, and where (1-based line and column in the YAML text).</summary>
    public sealed record Explained(int Line, int Column, string Message, string Hint);

    private const string Prefix = "YAML không hợp lệ: ";

    /// <summary>
    /// Explains the parser's error at (line, column). The reported line is read first, then the
    /// line above it (a block's error is often reported where the next line starts); when the
    /// parser gave no useful place (an alias to nothing, an unclosed bracket at the end), every line.
    /// </summary>
    public static Explained Explain(string yaml, int line, int column, string parserMessage)
    {
        var lines = Lines(yaml);
        var searchAll = parserMessage.Contains("does not exist", StringComparison.Ordinal) || line < 1 || line > lines.Length
            || parserMessage.Contains("current state of the object", StringComparison.Ordinal);
        var order = new List<int>();
        if (line >= 1 && line <= lines.Length) order.Add(line);
        if (line - 1 >= 1 && line - 1 <= lines.Length) order.Add(line - 1);
        if (searchAll) order.AddRange(Enumerable.Range(1, lines.Length).Except(order));
        foreach (var n in order)
            if (Culprit(lines[n - 1]) is { } found)
                return new Explained(n, found.Column, Prefix + found.Message, found.Hint);
        var (message, hint) = Generic(parserMessage);
        return new Explained(Math.Clamp(line, 1, Math.Max(1, lines.Length)), Math.Max(1, column), Prefix + message, hint);
    }

    /// <summary>
    /// The likely cause on one line when the parser accepted it but read it otherwise than the author
    /// meant (<c>!Về …</c> as a tag, <c>&amp;Về …</c> as an anchor); null when the line shows none.
    /// </summary>
    public static Explained? AtLine(string yaml, int line)
    {
        var lines = Lines(yaml);
        if (line < 1 || line > lines.Length || Culprit(lines[line - 1]) is not { } found) return null;
        return new Explained(line, found.Column, Prefix + found.Message, found.Hint);
    }

    private static string[] Lines(string yaml) => yaml.Split('\n').Select(l => l.TrimEnd('\r')).ToArray();

    private static (int Column, string Message, string Hint)? Culprit(string line)
    {
        if (line.TrimStart().StartsWith('#')) return null;
        var tab = line.IndexOf('\t');
        if (tab >= 0 && !InsideQuotes(line, tab))
            return (tab + 1, "dòng có ký tự tab; YAML chỉ nhận dấu cách để thụt lề và ngăn cách", "thay tab bằng dấu cách");
        var entry = KeyValue().Match(line);
        if (!entry.Success) entry = ListItem().Match(line);
        if (!entry.Success) return null;
        var value = entry.Groups["value"];
        var key = entry.Groups["key"].Success ? entry.Groups["key"].Value.Trim() : null;
        var whose = key is null ? "mục danh sách" : $"giá trị của '{key}'";
        var quoted = $"đặt cả giá trị trong dấu ngoặc kép: {(key is null ? "- " : key + ": ")}\"{value.Value.TrimEnd().Replace("\"", "\\\"", StringComparison.Ordinal)}\"";
        var column = value.Index + 1;
        var first = value.Value[0];
        if (Reserved(first) is { } meaning && !(first is '>' or '|' && BlockHeader().IsMatch(value.Value)))
            return (column, $"{whose} bắt đầu bằng '{first}', ký tự YAML dành cho {meaning}", quoted);
        if (first is '"' or '\'' && !Closed(value.Value, first))
            return (column, $"{whose} mở dấu ngoặc {(first == '"' ? "kép" : "đơn")} mà chưa đóng", $"thêm dấu {first} ở cuối giá trị");
        if (first is '[' or '{' && !value.Value.TrimEnd().EndsWith(first == '[' ? ']' : '}'))
            return (column, $"{whose} mở '{first}' (danh sách viết trên một dòng) mà chưa đóng", $"thêm '{(first == '[' ? ']' : '}')}' ở cuối, hoặc {quoted}");
        var comment = value.Value.IndexOf(" #", StringComparison.Ordinal);
        var colon = PlainColon().Match(comment > 0 ? value.Value[..comment] : value.Value);
        if (first is not ('"' or '\'' or '[' or '{') && colon.Success)
            return (column + colon.Index, $"{whose} có dấu hai chấm ': ' ở giữa, YAML hiểu là một khóa mới", quoted);
        return null;
    }

    /// <summary>What YAML reserves a leading character for; null for an ordinary character.</summary>
    private static string? Reserved(char c) => c switch
    {
        '>' or '|' => "khối văn bản nhiều dòng",
        '*' => "tham chiếu tới một giá trị đã đánh dấu",
        '&' => "đánh dấu một giá trị để dùng lại",
        '!' => "ghi kiểu dữ liệu",
        '%' => "chỉ thị của tệp YAML",
        '@' or '`' => "việc riêng, không được đứng đầu giá trị",
        _ => null,
    };

    private static bool Closed(string value, char quote)
    {
        var trimmed = value.TrimEnd();
        var comment = trimmed.IndexOf(" #", StringComparison.Ordinal);
        if (comment > 0 && trimmed.LastIndexOf(quote) < comment) trimmed = trimmed[..comment].TrimEnd();
        return trimmed.Length > 1 && trimmed[^1] == quote;
    }

    private static bool InsideQuotes(string line, int index)
    {
        var before = line[..index];
        return before.Count(c => c == '"') % 2 == 1 || before.Count(c => c == '\'') % 2 == 1;
    }

    /// <summary>The parser's message, by the kind of error it names, in Vietnamese; never its English text.</summary>
    private static (string Message, string Hint) Generic(string parserMessage)
    {
        bool Has(string words) => parserMessage.Contains(words, StringComparison.OrdinalIgnoreCase);
        if (Has("quoted scalar"))
            return ("chuỗi trong dấu ngoặc chưa được đóng", "thêm dấu ngoặc đóng ở cuối giá trị");
        if (Has("flow sequence") || Has("flow mapping") || Has("current state of the object"))
            return ("danh sách '[ ]' hoặc '{ }' chưa được đóng", "thêm dấu đóng ']' hoặc '}', hoặc đặt giá trị trong dấu ngoặc kép");
        if (Has("mapping values are not allowed") || Has("invalid mapping"))
            return ("dấu hai chấm ': ' ở giữa một giá trị", "đặt cả giá trị trong dấu ngoặc kép");
        if (Has("does not exist"))
            return ("giá trị bắt đầu bằng '*' tham chiếu tới một giá trị không có", "đặt cả giá trị trong dấu ngoặc kép");
        if (Has("expected node content"))
            return ("thiếu giá trị ở đây", "viết giá trị sau dấu hai chấm, hoặc đặt nó trong dấu ngoặc kép");
        if (Has("cannot start any token"))
            return ("ký tự này không được đứng đầu một giá trị", "đặt cả giá trị trong dấu ngoặc kép");
        if (Has("indentation") || Has("block mapping") || Has("block sequence") || Has("expected key"))
            return ("thụt lề không khớp với các dòng cùng cấp", "các khóa cùng cấp phải thẳng cột, thụt lề bằng dấu cách");
        return ("YAML không đọc được ở đây", "xem lại thụt lề và dấu ngoặc của dòng này; giá trị có ký tự đặc biệt thì đặt trong dấu ngoặc kép");
    }

    /// <summary>"key: value" (a list item's key too: "- id: value").</summary>
    [GeneratedRegex(@"^\s*(?:-\s+)*(?<key>[^\s#:""'\-\[\]{},&*!|>%@`][^:#]*?)\s*:[ \t]+(?<value>\S.*)$")]
    private static partial Regex KeyValue();

    /// <summary>"- value".</summary>
    [GeneratedRegex(@"^\s*-[ \t]+(?<value>\S.*)$")]
    private static partial Regex ListItem();

    /// <summary>A valid block scalar header: '&gt;' or '|', an optional chomping sign and indentation digit, an optional comment.</summary>
    [GeneratedRegex(@"^[>|](?:[+-]?[1-9]?|[1-9][+-])\s*(?:#.*)?$")]
    private static partial Regex BlockHeader();

    /// <summary>A colon followed by a space, or ending the value: YAML reads a key there.</summary>
    [GeneratedRegex(@":(?:\s|$)")]
    private static partial Regex PlainColon();
}

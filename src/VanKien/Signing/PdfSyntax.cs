using System.Text;

namespace VanKien.Signing;

/// <summary>
/// The few pieces of PDF syntax (ISO 32000-1, 7.2–7.3) that signing reads and writes: a dictionary
/// split into its top-level entries, each value kept as the exact text it was written as, so that an
/// object can be written again with one entry changed. Strings, arrays and nested dictionaries are
/// skipped whole, so a "&gt;&gt;" inside a string never ends the dictionary.
/// </summary>
internal static class PdfSyntax
{
    /// <summary>A PDF file's bytes as text, one character per byte: offsets in the text are offsets in the file.</summary>
    public static readonly Encoding Bytes = Encoding.Latin1;

    /// <summary>The entries of the dictionary that starts at <paramref name="start"/> ("&lt;&lt;"), in order; and where it ends (after "&gt;&gt;").</summary>
    public static (List<KeyValuePair<string, string>> Entries, int End) Dictionary(string text, int start)
    {
        var entries = new List<KeyValuePair<string, string>>();
        var at = SkipSpace(text, start);
        if (!text.AsSpan(at).StartsWith("<<")) throw new FormatException($"không có từ điển ở vị trí {start}");
        at += 2;
        while (true)
        {
            at = SkipSpace(text, at);
            if (at >= text.Length) throw new FormatException("từ điển không đóng");
            if (text.AsSpan(at).StartsWith(">>")) return (entries, at + 2);
            if (text[at] != '/') throw new FormatException($"khóa từ điển không phải tên ở vị trí {at}");
            var keyEnd = NameEnd(text, at + 1);
            var key = text[at..keyEnd];
            var valueStart = SkipSpace(text, keyEnd);
            var valueEnd = ValueEnd(text, valueStart);
            entries.Add(new(key, text[valueStart..valueEnd]));
            at = valueEnd;
        }
    }

    public static string Write(IEnumerable<KeyValuePair<string, string>> entries) =>
        "<<" + string.Concat(entries.Select(e => e.Key + " " + e.Value)) + ">>";

    public static string? Get(List<KeyValuePair<string, string>> entries, string key) =>
        entries.FirstOrDefault(e => e.Key == key) is { Key: not null } found ? found.Value : null;

    public static void Set(List<KeyValuePair<string, string>> entries, string key, string value)
    {
        var at = entries.FindIndex(e => e.Key == key);
        if (at >= 0) entries[at] = new(key, value);
        else entries.Add(new(key, value));
    }

    /// <summary>"12 0 R" → 12; null for anything else.</summary>
    public static int? Reference(string? value)
    {
        if (value is null) return null;
        var parts = value.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries);
        return parts.Length == 3 && parts[2] == "R" && int.TryParse(parts[0], out var number) ? number : null;
    }

    /// <summary>The items of an array written "[a b c]", each as its text.</summary>
    public static List<string> Array(string value)
    {
        var items = new List<string>();
        var text = value.Trim();
        if (!text.StartsWith('[') || !text.EndsWith(']')) throw new FormatException($"không phải mảng: {value}");
        var at = 1;
        while (true)
        {
            at = SkipSpace(text, at);
            if (at >= text.Length - 1) return items;
            var end = ValueEnd(text, at);
            // "12 0 R" is one item of three tokens.
            if (IsInteger(text[at..end]) && ReferenceTail(text, end) is { } tail) end = tail;
            items.Add(text[at..end]);
            at = end;
        }
    }

    private static int? ReferenceTail(string text, int at)
    {
        var generationStart = SkipSpace(text, at);
        if (generationStart >= text.Length || !char.IsAsciiDigit(text[generationStart])) return null;
        var generationEnd = ValueEnd(text, generationStart);
        if (!IsInteger(text[generationStart..generationEnd])) return null;
        var r = SkipSpace(text, generationEnd);
        return r < text.Length && text[r] == 'R' && (r + 1 == text.Length || IsDelimiterOrSpace(text[r + 1])) ? r + 1 : null;
    }

    private static bool IsInteger(string token) => token.Length > 0 && token.All(char.IsAsciiDigit);

    /// <summary>Where the value starting at <paramref name="at"/> ends; a reference "n g R" counts as one value.</summary>
    public static int ValueEnd(string text, int at)
    {
        if (at >= text.Length) throw new FormatException("thiếu giá trị");
        var end = TokenEnd(text, at);
        return IsInteger(text[at..end]) && ReferenceTail(text, end) is { } tail ? tail : end;
    }

    private static int TokenEnd(string text, int at)
    {
        switch (text[at])
        {
            case '(':
                for (int depth = 0, i = at; i < text.Length; i++)
                {
                    if (text[i] == '\\') { i++; continue; }
                    if (text[i] == '(') depth++;
                    else if (text[i] == ')' && --depth == 0) return i + 1;
                }
                throw new FormatException("chuỗi không đóng");
            case '<' when at + 1 < text.Length && text[at + 1] == '<':
                return Dictionary(text, at).End;
            case '<':
                var close = text.IndexOf('>', at);
                return close < 0 ? throw new FormatException("chuỗi hex không đóng") : close + 1;
            case '[':
                for (var i = at + 1; ;)
                {
                    i = SkipSpace(text, i);
                    if (i >= text.Length) throw new FormatException("mảng không đóng");
                    if (text[i] == ']') return i + 1;
                    i = TokenEnd(text, i);
                }
            case '/':
                return NameEnd(text, at + 1);
            default:
                var j = at;
                while (j < text.Length && !IsDelimiterOrSpace(text[j])) j++;
                return j == at ? throw new FormatException($"ký tự lạ '{text[at]}' ở vị trí {at}") : j;
        }
    }

    private static int NameEnd(string text, int at)
    {
        while (at < text.Length && !IsDelimiterOrSpace(text[at])) at++;
        return at;
    }

    public static int SkipSpace(string text, int at)
    {
        while (at < text.Length)
        {
            if (text[at] == '%')
            {
                while (at < text.Length && text[at] is not ('\n' or '\r')) at++;
                continue;
            }
            if (!IsSpace(text[at])) break;
            at++;
        }
        return at;
    }

    private static bool IsSpace(char c) => c is ' ' or '\n' or '\r' or '\t' or '\f' or '\0';

    private static bool IsDelimiterOrSpace(char c) => IsSpace(c) || c is '(' or ')' or '<' or '>' or '[' or ']' or '{' or '}' or '/' or '%';
}

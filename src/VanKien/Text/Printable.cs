namespace VanKien.Text;

/// <summary>
/// Text made safe to print on a terminal or a CI log: control characters (a newline in a file name
/// would start a line of its own, such as a forged "::warning" workflow command) and the bidirectional
/// overrides that reorder what a reader sees (U+202E) are shown as escapes, \n or \u{202E}.
/// </summary>
public static class Printable
{
    public static string Escape(string text)
    {
        if (!text.Any(NeedsEscape)) return text;
        var builder = new System.Text.StringBuilder(text.Length + 8);
        foreach (var c in text)
        {
            if (!NeedsEscape(c)) builder.Append(c);
            else builder.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ => $"\\u{{{(int)c:X4}}}",
            });
        }
        return builder.ToString();
    }

    public static bool NeedsEscape(char c) =>
        char.IsControl(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C';
}

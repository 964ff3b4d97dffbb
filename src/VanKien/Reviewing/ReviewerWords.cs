namespace VanKien.Reviewing;

/// <summary>
/// A reviewer's words as <c>review</c> writes them into a source: on one line. Every character YAML
/// or Markdown reads as a line break — LF, CR, VT, FF, U+0085, U+2028, U+2029 — and every other
/// control character becomes a space, so a comment cannot leave its <c># nhận xét:</c> line or its
/// <c>&lt;!-- --&gt;</c> and words cannot leave their scalar or paragraph to become a key or a
/// heading. A tab stays: neither reads it as a line. Every write path of review goes through here.
/// </summary>
internal static class ReviewerWords
{
    public static string OneLine(string words)
    {
        if (!words.Any(Breaks)) return words;
        return string.Create(words.Length, words, (span, source) =>
        {
            for (var i = 0; i < source.Length; i++) span[i] = Breaks(source[i]) ? ' ' : source[i];
        });
    }

    private static bool Breaks(char c) => c is '\u0085' or '\u2028' or '\u2029' || char.IsControl(c) && c != '\t';
}

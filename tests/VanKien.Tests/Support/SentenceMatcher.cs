using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace VanKien.Tests.Support;

/// <summary>
/// Finds a seed's sentences, in order, in a text read back from the output. Comparison is by
/// words (letters and digits, case-folded, NFC): the compiler adds its own punctuation, capitals
/// and numbering, which must not hide a lost or reordered sentence.
/// </summary>
internal static partial class SentenceMatcher
{
    public static string[] Words(string text)
    {
        var folded = text.Normalize(NormalizationForm.FormC).ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        return NonWord().Split(folded).Where(w => w.Length > 0).ToArray();
    }

    /// <summary>A seed line without the numbering the author typed (the compiler numbers anew).</summary>
    public static string WithoutNumbering(string line)
    {
        line = line.Replace("$\\geq", "≥").Replace("$", "").Replace("\\%", "%").Replace("*", "").Trim();
        return Numbering().Replace(line, "");
    }

    /// <summary>The first seed line not found in order, or null when all are found.</summary>
    public static string? FirstMissing(IEnumerable<string> seedLines, IReadOnlyList<string> outputWords)
    {
        var cursor = 0;
        foreach (var line in seedLines)
        {
            var words = Words(WithoutNumbering(line));
            if (words.Length == 0) continue;
            var at = IndexOf(outputWords, words, cursor);
            if (at < 0) return line;
            cursor = at + words.Length;
        }
        return null;
    }

    private static int IndexOf(IReadOnlyList<string> haystack, string[] needle, int from)
    {
        for (var i = from; i + needle.Length <= haystack.Count; i++)
        {
            var j = 0;
            while (j < needle.Length && haystack[i + j] == needle[j]) j++;
            if (j == needle.Length) return i;
        }
        return -1;
    }

    [GeneratedRegex(@"[^\p{L}\p{N}]+")]
    private static partial Regex NonWord();

    [GeneratedRegex(@"^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|[a-z]\)|[-+])\s+")]
    private static partial Regex Numbering();
}

using System.Text;
using System.Text.RegularExpressions;

namespace VanKien.Importing;

/// <summary>
/// Parts words a PDF's text layer glued together ("uỷvềthực", "Nghịđịnh", "sốtrong"). A Vietnamese
/// syllable carries at most one tone mark, on a vowel, and has the shape initial + vowels + final; a
/// "word" with a tone mark that is no syllable but splits into syllables, each after the first
/// opening on a consonant, is several words. Text whose marks were scrambled (a site's anti-copy,
/// marks on consonants) does not split and is still refused as damaged.
/// </summary>
internal static partial class GluedSyllables
{
    /// <summary>The text with each glued word parted, and how many were parted.</summary>
    public static (string Text, int Parted) Part(string text)
    {
        if (!text.Any(c => c > 0x7F)) return (text, 0);
        var parted = 0;
        var result = Word().Replace(text, match =>
        {
            var word = match.Value;
            if (Tones(word) == 0 || IsSyllable(word)) return word;
            if (Split(word) is not { Count: > 1 } pieces) return word;
            parted++;
            return string.Join(" ", pieces);
        });
        return (result, parted);
    }

    /// <summary>The fewest syllables the word splits into, or null.</summary>
    private static List<string>? Split(string word)
    {
        if (word.Length > 40) return null;
        // best[i]: the shortest split of word[..i].
        var best = new List<string>?[word.Length + 1];
        best[0] = [];
        for (var end = 1; end <= word.Length; end++)
            for (var start = Math.Max(0, end - 8); start < end; start++)
            {
                if (best[start] is not { } before) continue;
                var piece = word[start..end];
                if (start > 0 && !OpensOnConsonant(piece)) continue;
                if (!IsSyllable(piece)) continue;
                if (best[end] is null || best[end]!.Count > before.Count + 1) best[end] = [.. before, piece];
            }
        return best[word.Length];
    }

    private static bool OpensOnConsonant(string piece) =>
        char.IsUpper(piece[0]) || !"aăâeêioôơuưyáàảãạắằẳẵặấầẩẫậéèẻẽẹếềểễệíìỉĩịóòỏõọốồổỗộớờởỡợúùủũụứừửữựýỳỷỹỵ".Contains(piece[0], StringComparison.Ordinal);

    /// <summary>One syllable: at most one tone mark, standing on a vowel, and the syllable's shape once the mark is taken off.</summary>
    private static bool IsSyllable(string piece)
    {
        var decomposed = piece.ToLowerInvariant().Normalize(NormalizationForm.FormD);
        var tones = 0;
        var bare = new StringBuilder();
        char? lastBase = null;
        foreach (var c in decomposed)
        {
            if (IsTone(c))
            {
                tones++;
                if (lastBase is not { } b || !"aeiouy".Contains(b, StringComparison.Ordinal)) return false;
                continue;
            }
            if (!char.IsLetter(c) && c is not ('\u0306' or '\u0302' or '\u031B')) return false;
            if (char.IsLetter(c)) lastBase = c;
            bare.Append(c);
        }
        return tones <= 1 && Shape().IsMatch(bare.ToString().Normalize(NormalizationForm.FormC));
    }

    private static int Tones(string word) => word.Normalize(NormalizationForm.FormD).Count(IsTone);

    private static bool IsTone(char c) => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323';

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Word();

    /// <summary>A syllable without its tone mark: an initial consonant, one to three vowels, a final.</summary>
    [GeneratedRegex(@"^(?:ngh|ng|gh|gi|kh|nh|ph|th|tr|ch|qu|[bcdđghklmnprstvx])?(?:[aăâeêioôơuưy]{1,3})(?:ch|nh|ng|[cmnpt])?$")]
    private static partial Regex Shape();
}

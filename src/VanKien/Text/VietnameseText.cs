using System.Text;

namespace VanKien.Text;

/// <summary>Text rules every stage shares: Unicode NFC and Vietnamese case mapping.</summary>
public static class VietnameseText
{
    /// <summary>NFC, so that "ộ" is one code point wherever it came from (Word, macOS, a phone).</summary>
    public static string Nfc(string text)
    {
        try
        {
            return text.IsNormalized(NormalizationForm.FormC) ? text : text.Normalize(NormalizationForm.FormC);
        }
        catch (ArgumentException)
        {
            // A lone surrogate (made by a YAML escape): the reader reports it (VK0011); the text stays as it is.
            return text;
        }
    }

    /// <summary>Capitals: Vietnamese has no case mappings of its own, so the invariant ones are exact (and need no culture data).</summary>
    public static string Upper(string text) => Nfc(text.ToUpperInvariant());

    /// <summary>Collapses runs of white space to one space and trims the ends.</summary>
    public static string Squash(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }
            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }
            builder.Append(c);
        }
        return builder.ToString();
    }

    /// <summary>Removes the punctuation an author may have typed where the compiler adds its own.</summary>
    /// <summary>A whole number with the Vietnamese thousands separator, a dot: 8.388.608.</summary>
    public static string Number(long value) =>
        value.ToString("N0", System.Globalization.CultureInfo.InvariantCulture).Replace(',', '.');

    /// <summary>The text with every white-space character removed ("16 -CTr/ĐU" → "16-CTr/ĐU").</summary>
    public static string WithoutWhitespace(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));

    public static string TrimEndPunctuation(string text) => text.TrimEnd().TrimEnd(';', ',', '.', ':').TrimEnd();
}

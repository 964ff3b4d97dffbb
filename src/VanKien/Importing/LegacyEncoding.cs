using System.Text;

namespace VanKien.Importing;

/// <summary>
/// Vietnamese text typed before Unicode: Word stores the bytes of TCVN3 (ABC) or VNI-Windows as
/// Latin-1 characters and lets the font (.VnTime, VNI-Times) draw them as Vietnamese. The font
/// name is the only label, so the run's font decides how its text is decoded.
/// </summary>
public static class LegacyEncoding
{
    public enum Kind { None, Tcvn3, Tcvn3Capitals, Vni }

    /// <summary>
    /// ".VnTime" is TCVN3; ".VnTimeH" (and every ".Vn…H") draws the same lower-case codes as
    /// capitals, which is how TCVN3 writes upper-case letters with diacritics. "VNI-…" is VNI-Windows.
    /// </summary>
    public static Kind OfFont(string? font)
    {
        if (string.IsNullOrEmpty(font)) return Kind.None;
        if (font.StartsWith(".Vn", StringComparison.OrdinalIgnoreCase))
            return font.EndsWith('H') ? Kind.Tcvn3Capitals : Kind.Tcvn3;
        if (font.StartsWith("VNI-", StringComparison.OrdinalIgnoreCase) || font.StartsWith("VNI ", StringComparison.OrdinalIgnoreCase))
            return Kind.Vni;
        return Kind.None;
    }

    public static string Decode(string text, Kind kind) => kind switch
    {
        Kind.Tcvn3 => FromTcvn3(text),
        Kind.Tcvn3Capitals => Text.VietnameseText.Upper(FromTcvn3(text)),
        Kind.Vni => FromVni(text),
        _ => text,
    };

    // TCVN3 (TCVN 5712:1993, "ABC"): one byte per letter; upper-case letters with tone marks have no
    // code of their own (the H fonts draw the lower-case codes as capitals).
    private const string Tcvn3Codes =
        "µ¸¶·¹" + "¨»¾¼½Æ" + "©ÇÊÈÉË" + "®" + "ÌÐÎÏÑ" + "ªÒÕÓÔÖ" + "×ÝØÜÞ" + "ßãáâä" + "«åèæçé" + "¬êíëìî" +
        "ïóñòô" + "\u00ADõøö÷ù" + "úýûüþ" + "¡¢£¤¥¦§";

    private const string Tcvn3Letters =
        "àáảãạ" + "ăằắẳẵặ" + "âầấẩẫậ" + "đ" + "èéẻẽẹ" + "êềếểễệ" + "ìíỉĩị" + "òóỏõọ" + "ôồốổỗộ" + "ơờớởỡợ" +
        "ùúủũụ" + "ưừứửữự" + "ỳýỷỹỵ" + "ĂÂÊÔƠƯĐ";

    private static readonly Dictionary<char, char> Tcvn3 = Tcvn3Codes.Zip(Tcvn3Letters).ToDictionary(p => p.First, p => p.Second);

    private static string FromTcvn3(string text)
    {
        var result = new StringBuilder(text.Length);
        foreach (var c in text) result.Append(Tcvn3.TryGetValue(c, out var letter) ? letter : c);
        return Text.VietnameseText.Nfc(result.ToString());
    }

    // VNI-Windows: a base letter followed by a mark character (two bytes), except for a few
    // letters with a code of their own (ơ, ư, đ and the i's).
    private static readonly Dictionary<string, string> Vni = BuildVni();

    private static Dictionary<string, string> BuildVni()
    {
        var table = new Dictionary<string, string>(StringComparer.Ordinal);
        string[] tones = ["\u0301", "\u0300", "\u0309", "\u0303", "\u0323"]; // sắc, huyền, hỏi, ngã, nặng
        void Add(string vni, string letter)
        {
            table[vni] = Text.VietnameseText.Nfc(letter);
            table[Upper(vni)] = Text.VietnameseText.Upper(letter);
        }

        // Plain vowels, ơ and ư: the tone follows as ù ø û õ ï.
        foreach (var (vni, letter) in new[] { ("a", "a"), ("e", "e"), ("o", "o"), ("u", "u"), ("y", "y"), ("ô", "ơ"), ("ö", "ư") })
            for (var t = 0; t < 5; t++) Add(vni + "ùøûõï"[t], letter + tones[t]);
        Add("ô", "ơ");
        Add("ö", "ư");
        Add("ñ", "đ");
        // Circumflex (â ê ô): the mark â, or á à å ã ä when a tone is added.
        foreach (var v in "aeo")
        {
            Add(v + "â", v + "\u0302");
            for (var t = 0; t < 5; t++) Add(v.ToString() + "áàåãä"[t], v + "\u0302" + tones[t]);
        }
        // Breve (ă): the mark ê, or é è ú ü ë with a tone.
        Add("aê", "a\u0306");
        for (var t = 0; t < 5; t++) Add("a" + "éèúüë"[t], "a\u0306" + tones[t]);
        // The i's have their own codes, and so does ỵ.
        for (var t = 0; t < 5; t++) Add("íìæóò"[t].ToString(), "i" + tones[t]);
        Add("î", "y\u0323");
        return table;

        static string Upper(string s) => s.ToUpperInvariant();
    }

    private static string FromVni(string text)
    {
        var result = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length;)
        {
            if (i + 1 < text.Length && Vni.TryGetValue(text.Substring(i, 2), out var pair)) { result.Append(pair); i += 2; }
            else if (Vni.TryGetValue(text.Substring(i, 1), out var single)) { result.Append(single); i++; }
            else { result.Append(text[i]); i++; }
        }
        return Text.VietnameseText.Nfc(result.ToString());
    }
}

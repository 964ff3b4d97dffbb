using System.Text.RegularExpressions;

namespace VanKien.Scaffolding;

/// <summary>
/// A Party organisation behind the bodies that speak for it: the congress ("Đại hội đại biểu Đảng bộ
/// xã Hùng An lần thứ I"), the committee ("Ban Chấp hành Đảng bộ xã …", "Ban Thường vụ …", "Đảng ủy
/// xã …") and the organisation itself ("Đảng bộ xã Hùng An") are one body of one place.
/// </summary>
internal static partial class Organisation
{
    /// <summary>The organisation a body speaks for: "Đảng ủy xã Hùng An" → "Đảng bộ xã Hùng An"; anything else as it is.</summary>
    public static string Of(string body)
    {
        var trimmed = Congress().Replace(body.Trim(), "${rest}");
        trimmed = Term().Replace(trimmed, "");
        trimmed = Committee().Replace(trimmed, "Đảng bộ ");
        return trimmed.Trim();
    }

    /// <summary>The place a Party body belongs to ("xã Hùng An"), for telling one organisation's bodies apart from another's; null for a body of another kind.</summary>
    public static string? Place(string body) =>
        Of(body) is var organisation && organisation.StartsWith("Đảng bộ ", StringComparison.OrdinalIgnoreCase)
            ? Text.VietnameseText.Upper(organisation["Đảng bộ ".Length..].Trim())
            : null;

    /// <summary>The issuer's letters in a number's symbol: "Đảng ủy …" → "ĐU", "Huyện ủy …" → "HU", "Chi bộ …" → "CB"; else the initials of its first two words.</summary>
    public static string Symbol(string issuer)
    {
        var words = issuer.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var first = words.Length > 0 ? Text.VietnameseText.Upper(words[0])[..1] : "?";
        var second = words.Length > 1 ? Text.VietnameseText.Upper(words[1])[..1] : "";
        return words.Length > 1 && words[1].Equals("ủy", StringComparison.OrdinalIgnoreCase) ? first + "U" : first + second;
    }

    /// <summary>Whether a body is a Party one (a chi bộ, a Đảng bộ, one of their congresses or committees), not a state body.</summary>
    public static bool IsParty(string body) =>
        Of(body) is var organisation && (organisation.StartsWith("Đảng bộ ", StringComparison.OrdinalIgnoreCase) || organisation.StartsWith("Chi bộ ", StringComparison.OrdinalIgnoreCase)
            || Standard.Authorities.Committee(body) is not null);

    /// <summary>The committee that acts for an organisation, which receives its reports: "Đảng bộ xã Hùng An" → "Đảng ủy xã Hùng An".</summary>
    public static string Committee(string organisation) =>
        organisation.StartsWith("Đảng bộ ", StringComparison.OrdinalIgnoreCase) ? "Đảng ủy " + organisation["Đảng bộ ".Length..] : organisation;

    /// <summary>
    /// A state body's letters in a number's symbol: the initials of its name before the place,
    /// without diacritics, as the state form writes them ("Ủy ban nhân dân xã Hùng An" → "UBND").
    /// </summary>
    public static string StateSymbol(string body)
    {
        var letters = new System.Text.StringBuilder();
        foreach (var word in body.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (PlaceWords.Contains(word.ToLowerInvariant())) break;
            var first = Text.VietnameseText.Upper(word)[..1].Normalize(System.Text.NormalizationForm.FormD)[0];
            letters.Append(first);
        }
        return letters.Length > 0 ? letters.ToString() : "?";
    }

    private static readonly string[] PlaceWords = ["xã", "phường", "thị", "huyện", "quận", "tỉnh", "thành"];

    [GeneratedRegex(@"^Đại\s+hội(\s+đại\s+biểu)?(\s+đảng\s+viên)?\s+(?<rest>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Congress();

    [GeneratedRegex(@"\s+(lần\s+thứ\s+\S+|nhiệm\s+kỳ\s+.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex Term();

    [GeneratedRegex(@"^(Ban\s+Chấp\s+hành\s+Đảng\s+bộ|Ban\s+Thường\s+vụ\s+Đảng\s+ủy|Ban\s+Thường\s+vụ\s+Đảng\s+bộ|Ban\s+Thường\s+vụ|Đảng\s+ủy)\s+", RegexOptions.IgnoreCase)]
    private static partial Regex Committee();
}

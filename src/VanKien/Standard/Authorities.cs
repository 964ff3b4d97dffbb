namespace VanKien.Standard;

/// <summary>
/// Who signs how in a Party document (FORMAT.md, Closing): a Party committee (cấp ủy) always signs
/// "T/M" — even when its deputy signs ("T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ"); "K/T" is for support
/// bodies (ban, văn phòng) only.
/// </summary>
public static class Authorities
{
    /// <summary>The committees, as the authority line names them after "T/M", in capitals.</summary>
    public static readonly IReadOnlyList<string> Committees =
        ["CHI BỘ", "ĐẢNG ỦY", "ĐẢNG BỘ", "BAN THƯỜNG VỤ", "BAN CHẤP HÀNH", "ĐẢNG ĐOÀN", "BAN CÁN SỰ ĐẢNG", "ĐẠI HỘI"];

    /// <summary>The committee an authority line's body names ("K/T CHI BỘ" → "CHI BỘ"), or null for a support body.</summary>
    public static string? Committee(string body)
    {
        var squashed = Text.VietnameseText.Upper(string.Join(' ', body.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)));
        return Committees.FirstOrDefault(c => squashed == c || squashed.StartsWith(c + " ", StringComparison.Ordinal));
    }

    /// <summary>
    /// The authority line a Party document prints when its source gives only the position and the name,
    /// from <see cref="AuthorityTable"/>: "T/M" and the issuing committee ("Chi bộ Trường …" → "T/M CHI BỘ",
    /// "Đảng ủy xã …" → "T/M ĐẢNG ỦY", "Ban Thường vụ …" → "T/M BAN THƯỜNG VỤ"). Null when the issuer does not
    /// say which committee signs: a "Đảng bộ" issues through its congress or its committee, and the kind's template then decides.
    /// </summary>
    public static string? OnBehalfOf(string issuer) =>
        IssuingBodyKinds.Classify(issuer) is { Kind: IssuingBodyKind.ChiBo or IssuingBodyKind.DangUy or IssuingBodyKind.BanThuongVu or IssuingBodyKind.BanChapHanh }
            ? AuthorityJudgement.DefaultLine(FrameVariant.Party, issuer, null).Line
            : null;

    /// <summary>
    /// The line the writers print above the position: the source's, else the table's default for the
    /// issuer and position (<see cref="AuthorityJudgement.DefaultLine"/>), else the kind's template's.
    /// </summary>
    public static string? Printed(string? written, FrameVariant variant, string issuer, string? position, string? templateDefault) =>
        written ?? (AuthorityJudgement.DefaultLine(variant, issuer, position) is { Known: true } table ? table.Line : templateDefault);
}

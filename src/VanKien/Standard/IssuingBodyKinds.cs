using VanKien.Text;

namespace VanKien.Standard;

/// <summary>
/// What kind of body an issuer is, read from how its name begins ("Ban Tổ chức Huyện ủy …" → a ban of
/// a cấp ủy), with the name the authority line gives the collective ("T/M BAN THƯỜNG VỤ") and the
/// title of the body's head ("TRƯỞNG BAN"). The first row whose prefix begins the name wins, so the
/// longer, more particular prefixes come first.
/// </summary>
public static class IssuingBodyKinds
{
    /// <summary>One row: names beginning with <see cref="Prefix"/> are of <see cref="Kind"/>; <see cref="Collective"/> is null when the issuer does not say which of its committees signs.</summary>
    public sealed record Row(string Prefix, IssuingBodyKind Kind, string? Collective, IReadOnlyList<string> Heads);

    private static readonly string[] Secretary = ["BÍ THƯ", "CHỦ TỊCH ĐOÀN"];
    private static readonly string[] Chair = ["CHỦ TỊCH"];
    private static readonly string[] MassHeads = ["BÍ THƯ", "CHỦ TỊCH"];

    /// <summary>The rows, particular before general.</summary>
    public static readonly IReadOnlyList<Row> Rows =
    [
        // Mass organisations first: their "Ban Chấp hành …", "Ban Thường vụ …" are not the Party's. [S] practice of the organisations' own guides.
        new("Ban Chấp hành Đoàn", IssuingBodyKind.MassOrganisation, "BAN CHẤP HÀNH", MassHeads),
        new("Ban Chấp hành Công đoàn", IssuingBodyKind.MassOrganisation, "BAN CHẤP HÀNH", MassHeads),
        new("Ban Chấp hành Hội", IssuingBodyKind.MassOrganisation, "BAN CHẤP HÀNH", MassHeads),
        new("Ban Thường vụ Đoàn", IssuingBodyKind.MassOrganisation, "BAN THƯỜNG VỤ", MassHeads),
        new("Ban Thường vụ Huyện đoàn", IssuingBodyKind.MassOrganisation, "BAN THƯỜNG VỤ", MassHeads),
        new("Ban Thường trực Ủy ban Mặt trận", IssuingBodyKind.MassOrganisation, "BAN THƯỜNG TRỰC", MassHeads),
        new("Ủy ban Mặt trận Tổ quốc", IssuingBodyKind.MassOrganisation, "BAN THƯỜNG TRỰC", MassHeads),
        new("Mặt trận Tổ quốc", IssuingBodyKind.MassOrganisation, "BAN THƯỜNG TRỰC", MassHeads),
        new("Đoàn Thanh niên", IssuingBodyKind.MassOrganisation, "BAN CHẤP HÀNH", MassHeads),
        new("Đoàn TNCS", IssuingBodyKind.MassOrganisation, "BAN CHẤP HÀNH", MassHeads),
        new("Huyện đoàn", IssuingBodyKind.MassOrganisation, "BAN THƯỜNG VỤ", MassHeads),
        new("Hội Liên hiệp Phụ nữ", IssuingBodyKind.MassOrganisation, "BAN CHẤP HÀNH", MassHeads),
        new("Hội Phụ nữ", IssuingBodyKind.MassOrganisation, "BAN CHẤP HÀNH", MassHeads),
        new("Hội Nông dân", IssuingBodyKind.MassOrganisation, "BAN CHẤP HÀNH", MassHeads),
        new("Hội Cựu chiến binh", IssuingBodyKind.MassOrganisation, "BAN CHẤP HÀNH", MassHeads),
        new("Công đoàn", IssuingBodyKind.MassOrganisation, "BAN CHẤP HÀNH", MassHeads),

        // Cấp ủy: HD 36-HD/VPTW, thể thức đề ký (T/M tập thể cấp ủy); FORMAT.md, Closing [R].
        new("Ban Thường vụ", IssuingBodyKind.BanThuongVu, "BAN THƯỜNG VỤ", Secretary),
        new("Ban Chấp hành Đảng bộ", IssuingBodyKind.BanChapHanh, "BAN CHẤP HÀNH", Secretary),
        new("Ban Chấp hành", IssuingBodyKind.BanChapHanh, "BAN CHẤP HÀNH", Secretary),
        new("Ban cán sự đảng", IssuingBodyKind.DangUy, "BAN CÁN SỰ ĐẢNG", Secretary),
        new("Đảng đoàn", IssuingBodyKind.DangUy, "ĐẢNG ĐOÀN", Secretary),
        new("Chi bộ", IssuingBodyKind.ChiBo, "CHI BỘ", Secretary),
        new("Đảng ủy", IssuingBodyKind.DangUy, "ĐẢNG ỦY", Secretary),
        new("Huyện ủy", IssuingBodyKind.BanThuongVu, "BAN THƯỜNG VỤ", Secretary),
        new("Tỉnh ủy", IssuingBodyKind.BanThuongVu, "BAN THƯỜNG VỤ", Secretary),
        new("Thành ủy", IssuingBodyKind.BanThuongVu, "BAN THƯỜNG VỤ", Secretary),
        new("Quận ủy", IssuingBodyKind.BanThuongVu, "BAN THƯỜNG VỤ", Secretary),
        new("Thị ủy", IssuingBodyKind.BanThuongVu, "BAN THƯỜNG VỤ", Secretary),
        // A Đảng bộ issues through its congress or its committee: the kind's template says which.
        new("Đại hội", IssuingBodyKind.DangUy, null, Secretary),
        new("Đảng bộ", IssuingBodyKind.DangUy, null, Secretary),

        // The cấp ủy's own bodies. Ủy ban kiểm tra works collectively (Điều lệ Đảng, Điều 32) and signs T/M [S].
        new("Ủy ban Kiểm tra", IssuingBodyKind.InspectionCommittee, "ỦY BAN KIỂM TRA", ["CHỦ NHIỆM"]),
        new("Ban Tổ chức", IssuingBodyKind.PartyBoard, null, ["TRƯỞNG BAN"]),
        new("Ban Tuyên giáo", IssuingBodyKind.PartyBoard, null, ["TRƯỞNG BAN"]),
        new("Ban Dân vận", IssuingBodyKind.PartyBoard, null, ["TRƯỞNG BAN"]),
        new("Ban Nội chính", IssuingBodyKind.PartyBoard, null, ["TRƯỞNG BAN"]),
        new("Ban Kinh tế", IssuingBodyKind.PartyBoard, null, ["TRƯỞNG BAN"]),
        new("Ban Đối ngoại", IssuingBodyKind.PartyBoard, null, ["TRƯỞNG BAN"]),
        new("Ban Xây dựng Đảng", IssuingBodyKind.PartyBoard, null, ["TRƯỞNG BAN"]),
        new("Ban Bảo vệ", IssuingBodyKind.PartyBoard, null, ["TRƯỞNG BAN"]),
        new("Văn phòng Đảng ủy", IssuingBodyKind.PartyOffice, null, ["CHÁNH VĂN PHÒNG"]),
        new("Văn phòng Huyện ủy", IssuingBodyKind.PartyOffice, null, ["CHÁNH VĂN PHÒNG"]),
        new("Văn phòng Tỉnh ủy", IssuingBodyKind.PartyOffice, null, ["CHÁNH VĂN PHÒNG"]),
        new("Văn phòng Thành ủy", IssuingBodyKind.PartyOffice, null, ["CHÁNH VĂN PHÒNG"]),
        new("Văn phòng Quận ủy", IssuingBodyKind.PartyOffice, null, ["CHÁNH VĂN PHÒNG"]),
        new("Văn phòng Thị ủy", IssuingBodyKind.PartyOffice, null, ["CHÁNH VĂN PHÒNG"]),
        new("Văn phòng Trung ương", IssuingBodyKind.PartyOffice, null, ["CHÁNH VĂN PHÒNG"]),

        // State bodies: NĐ 30/2020 Điều 13 khoản 2 (tập thể) and khoản 1 (thủ trưởng).
        new("Ủy ban nhân dân", IssuingBodyKind.PeopleCommittee, "ỦY BAN NHÂN DÂN", Chair),
        new("UBND", IssuingBodyKind.PeopleCommittee, "ỦY BAN NHÂN DÂN", Chair),
        new("Thường trực Hội đồng nhân dân", IssuingBodyKind.PeopleCouncil, "THƯỜNG TRỰC HỘI ĐỒNG NHÂN DÂN", Chair),
        new("Hội đồng nhân dân", IssuingBodyKind.PeopleCouncil, "HỘI ĐỒNG NHÂN DÂN", Chair),
        new("HĐND", IssuingBodyKind.PeopleCouncil, "HỘI ĐỒNG NHÂN DÂN", Chair),
        new("Trường", IssuingBodyKind.School, null, ["HIỆU TRƯỞNG", "GIÁM ĐỐC"]),
        new("Trung tâm Giáo dục", IssuingBodyKind.School, null, ["GIÁM ĐỐC"]),
    ];

    /// <summary>How each kind decides, hence signs (NĐ 30/2020 Điều 13 khoản 1, 2; HD 36-HD/VPTW, thể thức đề ký).</summary>
    public static SigningRegime Regime(IssuingBodyKind kind) => kind switch
    {
        IssuingBodyKind.PartyBoard or IssuingBodyKind.PartyOffice or IssuingBodyKind.School => SigningRegime.HeadRun,
        _ => SigningRegime.Collective,
    };

    /// <summary>The row an issuer's name begins with, or null for a body VanKien does not know.</summary>
    public static Row? Classify(string issuer)
    {
        var name = Squash(issuer);
        return Rows.FirstOrDefault(r => name.StartsWith(Squash(r.Prefix), StringComparison.Ordinal)
            && (name.Length == Squash(r.Prefix).Length || name[Squash(r.Prefix).Length] == ' '));
    }

    /// <summary>
    /// The collective a hint names after "T/M"/"TM.": the row's own, or, for a Đảng bộ that does not say
    /// which of its committees signs, its executive committee (the Đảng ủy).
    /// </summary>
    public static string? HintCollective(Row row) => row.Collective ?? (Regime(row.Kind) == SigningRegime.Collective ? "ĐẢNG ỦY" : null);

    /// <summary>Upper case, one space between words, NFC: how names and lines are compared.</summary>
    /// The old placement of the tone mark ("UỶ") reads as the new ("ỦY").
    public static string Squash(string text) =>
        VietnameseText.Upper(string.Join(' ', text.Normalize(System.Text.NormalizationForm.FormC).Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)))
            .Replace("UỶ", "ỦY", StringComparison.Ordinal).Replace("UÝ", "ÚY", StringComparison.Ordinal).Replace("UỲ", "ÙY", StringComparison.Ordinal);
}

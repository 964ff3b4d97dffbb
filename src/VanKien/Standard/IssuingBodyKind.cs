namespace VanKien.Standard;

/// <summary>The kinds of issuing body VanKien knows the signing of (see <see cref="IssuingBodyKinds"/>).</summary>
public enum IssuingBodyKind
{
    /// <summary>A chi bộ: its committee (chi ủy) or the chi bộ itself signs "T/M CHI BỘ".</summary>
    ChiBo,
    /// <summary>An Đảng ủy (or the Đảng bộ it leads): "T/M ĐẢNG ỦY".</summary>
    DangUy,
    /// <summary>A standing committee (ban thường vụ), and the huyện/tỉnh ủy that sign through it: "T/M BAN THƯỜNG VỤ".</summary>
    BanThuongVu,
    /// <summary>A Party executive committee (ban chấp hành đảng bộ): "T/M BAN CHẤP HÀNH".</summary>
    BanChapHanh,
    /// <summary>A ban of a cấp ủy (tổ chức, tuyên giáo, dân vận, …): run by its trưởng ban.</summary>
    PartyBoard,
    /// <summary>The ủy ban kiểm tra of a cấp ủy: collective, "T/M ỦY BAN KIỂM TRA".</summary>
    InspectionCommittee,
    /// <summary>The văn phòng of a cấp ủy: run by its chánh văn phòng.</summary>
    PartyOffice,
    /// <summary>An Ủy ban nhân dân: collective, "TM. ỦY BAN NHÂN DÂN".</summary>
    PeopleCommittee,
    /// <summary>A Hội đồng nhân dân: collective, "TM. HỘI ĐỒNG NHÂN DÂN".</summary>
    PeopleCouncil,
    /// <summary>A school or a centre of education: run by its hiệu trưởng (giám đốc).</summary>
    School,
    /// <summary>A mass organisation (Đoàn, Hội, Công đoàn, Mặt trận): its executive committee signs collectively.</summary>
    MassOrganisation,
}

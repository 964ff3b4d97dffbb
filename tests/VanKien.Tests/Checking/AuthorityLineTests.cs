using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Tests.Support;

namespace VanKien.Tests.Checking;

/// <summary>
/// Who signs how, as a committee's staff would write it: the authority line ("tham-quyen") against
/// the issuing body and the signer's position, in the Party form (HD 36) and the state form (NĐ 30).
/// </summary>
public class AuthorityLineTests
{
    /// <summary>A document of one issuer signed one way; only the signature varies.</summary>
    internal static string Document(bool state, string issuer, string? authority, string position)
    {
        var ky = authority is null ? $"ky: {{ chuc-vu: {position}, ho-ten: Trần Thị Hoa }}" : $"ky: {{ tham-quyen: {authority}, chuc-vu: {position}, ho-ten: Trần Thị Hoa }}";
        return $"""
            ---
            loai: ke-hoach
            {(state ? "the-thuc: nd30-2020\nso: 12/KH-UBND" : "so: 12-KH/ĐU")}
            co-quan: {"{"} ban-hanh: {issuer} {"}"}
            dia-danh: Hùng An
            ngay: 2026-03-02
            noi-nhan: [Các chi bộ, Lưu]
            {ky}
            ---

            Kế hoạch như sau:

            # Mục đích, yêu cầu

            - Triển khai thực hiện.
            """;
    }

    internal static IReadOnlyList<Diagnostic> AuthorityDiagnostics(string text)
    {
        var path = Path.Combine(Repo.NewTempFolder(), "ke-hoach.md");
        var result = Compiler.CheckSource(path, System.Text.Encoding.UTF8.GetBytes(text));
        return result.Diagnostics.Where(d => d.Rule == Rules.AuthorityLine || d.Rule == Rules.AuthorityMissing || d.Rule == Rules.CommitteeSignsOnBehalf).ToList();
    }

    // The four misses of issue 33, each written as a committee's staff would.

    [Fact]
    public void A_dang_uy_deputy_signing_K_T_BI_THU_is_told_the_committee_signs_T_M()
    {
        var found = Assert.Single(AuthorityDiagnostics(Document(false, "Đảng ủy xã Hùng An", "K/T BÍ THƯ", "PHÓ BÍ THƯ")));
        Assert.Equal("VK0308", found.Rule.Id);
        Assert.Contains("'T/M ĐẢNG ỦY'", found.Hint);
    }

    [Fact]
    public void A_party_document_signed_by_order_in_the_state_spelling_is_told_T_L()
    {
        var found = Assert.Single(AuthorityDiagnostics(Document(false, "Đảng ủy xã Hùng An", "TL. BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG")));
        Assert.Equal("VK0306", found.Rule.Id);
        Assert.Equal("viết 'T/L BAN THƯỜNG VỤ'", found.Hint);
    }

    [Fact]
    public void A_ubnd_deputy_signing_TM_without_KT_CHU_TICH_is_told_the_KT_line()
    {
        var found = Assert.Single(AuthorityDiagnostics(Document(true, "Ủy ban nhân dân xã Hùng An", "TM. ỦY BAN NHÂN DÂN", "PHÓ CHỦ TỊCH")));
        Assert.Equal("VK0311", found.Rule.Id);
        Assert.Equal("viết 'tham-quyen: TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH'", found.Hint);
    }

    [Fact]
    public void A_party_ban_signed_T_M_by_its_deputy_head_is_told_K_T_TRUONG_BAN()
    {
        var found = Assert.Single(AuthorityDiagnostics(Document(false, "Ban Tuyên giáo Đảng ủy xã Hùng An", "T/M BAN TUYÊN GIÁO", "PHÓ TRƯỞNG BAN")));
        Assert.Equal("VK0306", found.Rule.Id);
        Assert.Equal("viết 'K/T TRƯỞNG BAN'", found.Hint);
    }

    // Written forms that are right, as the standards print them: nothing to say.

    [Theory]
    [InlineData(false, "Đảng ủy xã Hùng An", "T/M ĐẢNG ỦY", "PHÓ BÍ THƯ")]
    [InlineData(false, "Đảng ủy xã Hùng An", "T/M BAN THƯỜNG VỤ", "BÍ THƯ")]
    [InlineData(false, "Đảng ủy xã Hùng An", "T/L BAN THƯỜNG VỤ", "CHÁNH VĂN PHÒNG")]
    [InlineData(false, "Ban Tổ chức Huyện ủy Văn Giang", "K/T TRƯỞNG BAN", "PHÓ TRƯỞNG BAN")]
    [InlineData(false, "Ban Tổ chức Huyện ủy Văn Giang", null, "TRƯỞNG BAN")]
    [InlineData(false, "Văn phòng Huyện ủy Văn Giang", "K/T CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG")]
    [InlineData(false, "Ủy ban Kiểm tra Đảng ủy xã Hùng An", "T/M ỦY BAN KIỂM TRA", "PHÓ CHỦ NHIỆM")]
    [InlineData(true, "Ủy ban nhân dân xã Hùng An", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH")]
    [InlineData(true, "Ủy ban nhân dân xã Hùng An", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    [InlineData(true, "Ủy ban nhân dân xã Hùng An", "TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH")]
    [InlineData(true, "Ủy ban nhân dân xã Hùng An", "TL. CHỦ TỊCH", "CHÁNH VĂN PHÒNG")]
    [InlineData(true, "Hội đồng nhân dân xã Hùng An", "TM. HỘI ĐỒNG NHÂN DÂN", "CHỦ TỊCH")]
    [InlineData(true, "Trường Tiểu học Hùng An", null, "HIỆU TRƯỞNG")]
    [InlineData(true, "Trường Tiểu học Hùng An", "KT. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG")]
    [InlineData(true, "Trường Tiểu học Hùng An", "Q. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG")]
    [InlineData(true, "Công đoàn Trường Tiểu học Hùng An", "TM. BAN CHẤP HÀNH", "CHỦ TỊCH")]
    [InlineData(true, "Đoàn Thanh niên Cộng sản Hồ Chí Minh xã Hùng An", "TM. BAN CHẤP HÀNH / KT. BÍ THƯ", "PHÓ BÍ THƯ")]
    public void A_form_the_standard_prints_passes(bool state, string issuer, string? authority, string position) =>
        Assert.Empty(AuthorityDiagnostics(Document(state, issuer, authority, position)).Select(d => d.ToString()));

    // Written forms that are wrong, each with the form to write.

    [Theory]
    [InlineData(false, "Chi bộ Trường Tiểu học Hùng An", "K/T CHI BỘ", "PHÓ BÍ THƯ", "VK0308", "T/M CHI BỘ")]
    [InlineData(false, "Ban Tổ chức Huyện ủy Văn Giang", "K/T TRƯỞNG BAN", "TRƯỞNG BAN", "VK0306", "bỏ 'tham-quyen'")]
    [InlineData(false, "Ban Tổ chức Huyện ủy Văn Giang", null, "PHÓ TRƯỞNG BAN", "VK0311", "thêm 'tham-quyen: K/T TRƯỞNG BAN' vào 'ky'")]
    [InlineData(false, "Văn phòng Huyện ủy Văn Giang", "KT. CHÁNH VĂN PHÒNG", "PHÓ CHÁNH VĂN PHÒNG", "VK0306", "viết 'K/T CHÁNH VĂN PHÒNG'")]
    [InlineData(true, "Ủy ban nhân dân xã Hùng An", "T/M ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "VK0306", "viết 'TM. ỦY BAN NHÂN DÂN'")]
    [InlineData(true, "Ủy ban nhân dân xã Hùng An", "KT. CHỦ TỊCH", "CHỦ TỊCH", "VK0306", "viết 'TM. ỦY BAN NHÂN DÂN'")]
    [InlineData(true, "Ủy ban nhân dân xã Hùng An", null, "PHÓ CHỦ TỊCH", "VK0311", "thêm 'tham-quyen: KT. CHỦ TỊCH' vào 'ky'")]
    [InlineData(true, "Trường Tiểu học Hùng An", "TM. TRƯỜNG TIỂU HỌC", "PHÓ HIỆU TRƯỞNG", "VK0306", "viết 'KT. HIỆU TRƯỞNG'")]
    [InlineData(true, "Trường Tiểu học Hùng An", "TL. HIỆU TRƯỞNG", "PHÓ HIỆU TRƯỞNG", "VK0306", "viết 'KT. HIỆU TRƯỞNG'")]
    public void A_wrong_form_is_refused_with_the_form_to_write(bool state, string issuer, string? authority, string position, string rule, string hint)
    {
        var found = Assert.Single(AuthorityDiagnostics(Document(state, issuer, authority, position)));
        Assert.Equal(rule, found.Rule.Id);
        Assert.Contains(hint, found.Hint);
    }
}

using VanKien.Diagnostics;
using VanKien.Tests.Support;

namespace VanKien.Tests.Checking;

/// <summary>Each rule fires on the defect it exists for, once, at its place — and stays quiet on correct input.</summary>
public class RuleTests
{
    private static string Child(string from, string to)
    {
        Assert.Contains(from, RuleTestBed.Child);
        return RuleTestBed.Child.Replace(from, to);
    }

    /// <summary>The child with sentences that state no value, so that only the written value speaks.</summary>
    private static string Neutral(string child) => child
        .Replace("Hằng năm có 90% trở lên đảng viên", "Hằng năm đảng viên")
        .Replace("Trường đạt chuẩn quốc gia mức độ 2.,", "Trường đạt chuẩn.,");

    private static string Parent(string from, string to)
    {
        Assert.Contains(from, RuleTestBed.Parent);
        return RuleTestBed.Parent.Replace(from, to);
    }

    private static Diagnostic Fires(RuleTestBed bed, string rule, string atText, string file = "chuong-trinh.md")
    {
        var diagnostics = bed.Check(file).Where(d => d.Severity != Severity.Info).ToList();
        var diagnostic = Assert.Single(diagnostics);
        Assert.Equal(rule, diagnostic.Rule.Id);
        Assert.Equal(bed.LineOf(atText, file), diagnostic.Location.Line);
        return diagnostic;
    }

    [Fact]
    public void The_test_bed_is_clean() =>
        Assert.Empty(new RuleTestBed().Check().Select(d => d.ToString()));

    [Fact]
    public void The_test_beds_parent_is_clean() =>
        Assert.Empty(new RuleTestBed().Check("nghi-quyet.yaml").Select(d => d.ToString()));

    // References.

    [Fact]
    public void VK0201_a_missing_parent_file()
    {
        var bed = new RuleTestBed(child: Child("thuc-hien: nghi-quyet.yaml", "thuc-hien: khong-co.yaml"));
        Assert.Contains("không tìm thấy văn bản cấp trên 'khong-co.yaml'", Fires(bed, "VK0201", "thuc-hien:").Message);
    }

    [Fact]
    public void VK0201_a_parent_with_errors_of_its_own()
    {
        var bed = new RuleTestBed(parent: Parent("ngay: 2025-08-08", "ngay: 2025-02-30"));
        var diagnostic = Fires(bed, "VK0201", "thuc-hien:");
        Assert.Equal(bed.LineOf("ngay:", "nghi-quyet.yaml"), diagnostic.Related!.Value.Line);
    }

    [Fact]
    public void VK0202_an_unknown_parent_target_with_a_suggestion()
    {
        var bed = new RuleTestBed(child: Child("cha: P-05 }", "cha: P-50 }").Replace("- { id: c-05,", "- { id: c-05x,"));
        var diagnostics = bed.Check();
        var unknown = Assert.Single(diagnostics, d => d.Rule.Id == "VK0202");
        Assert.Equal(bed.LineOf("P-50"), unknown.Location.Line);
        Assert.Contains("'P-05'", unknown.Hint);
        Assert.Contains(diagnostics, d => d.Rule.Id == "VK0224"); // and so P-05 is not covered
    }

    [Fact]
    public void VK0203_a_duplicate_target_id()
    {
        var bed = new RuleTestBed(child: Child("- { id: c-02,", "- { id: c-01,"));
        var diagnostic = Fires(bed, "VK0203", "id: c-01, noi-dung: Tỷ lệ");
        Assert.Equal(bed.LineOf("id: c-01, noi-dung: Hằng"), diagnostic.Related!.Value.Line);
    }

    [Fact]
    public void VK0204_a_cycle_of_parents()
    {
        var bed = new RuleTestBed(parent: RuleTestBed.Parent + "\nthuc-hien: chuong-trinh.md");
        var diagnostics = bed.Check();
        var cycle = Assert.Single(diagnostics, d => d.Rule.Id == "VK0204");
        Assert.Contains("chuong-trinh.md → nghi-quyet.yaml → chuong-trinh.md", cycle.Message);
    }

    [Fact]
    public void VK0205_a_basis_citing_an_unknown_document()
    {
        var bed = new RuleTestBed(child: Child("Căn cứ Nghị quyết số 01-NQ/ĐH", "Căn cứ Kế hoạch số 07-KH/ĐU"));
        var diagnostic = Fires(bed, "VK0205", "07-KH/ĐU");
        Assert.Contains("07-KH/ĐU", diagnostic.Message);
    }

    [Fact]
    public void VK0205_stays_quiet_for_a_document_elsewhere_in_the_project()
    {
        var plan = RuleTestBed.Child.Replace("loai: chuong-trinh-hanh-dong", "loai: ke-hoach").Replace("so: 05-CTr/CB", "so: 07-KH/ĐU")
            .Replace("thuc-hien: nghi-quyet.yaml\n", "") + "\n\n# Tổ chức thực hiện\n\nChi ủy phân công thực hiện.";
        plan = System.Text.RegularExpressions.Regex.Replace(plan, @", cha: P-0\d(, quan-he: gop-phan)?", "");
        var bed = new RuleTestBed(child: Child("Căn cứ Nghị quyết số 01-NQ/ĐH", "Căn cứ Kế hoạch số 07-KH/ĐU"))
            .Write("vankien.yaml", "thang-bac: []")
            .Write(Path.Combine("khac", "ke-hoach.md"), plan);
        Assert.Empty(bed.Check(Path.Combine("khac", "ke-hoach.md")).Select(d => d.ToString()));
        Assert.DoesNotContain(bed.Check(), d => d.Rule.Id == "VK0205");
    }

    [Theory]
    [InlineData("ngày 25/3/2026")]
    [InlineData("ngày 25 tháng 3 năm 2026")]
    [InlineData("25-3-2026")]
    [InlineData("ngày 09/8/2025")]
    public void VK0207_a_basis_citing_the_parents_number_with_another_date(string wrongDate)
    {
        var basis = $"Căn cứ Nghị quyết số 01-NQ/ĐH, {wrongDate} của Đại hội";
        var bed = new RuleTestBed(child: Child("Căn cứ Nghị quyết số 01-NQ/ĐH, ngày 08/08/2025 của Đại hội", basis));
        var diagnostic = Fires(bed, "VK0207", "Căn cứ Nghị quyết số 01-NQ/ĐH");
        Assert.Equal(File.ReadAllLines(bed.Path("chuong-trinh.md"))[diagnostic.Location.Line - 1].IndexOf(wrongDate, StringComparison.Ordinal) + 1, diagnostic.Location.Column);
        Assert.Contains("01-NQ/ĐH", diagnostic.Message);
        Assert.Contains("ngày 08/8/2025", diagnostic.Message);
        Assert.Equal("viết 'ngày 08/8/2025'", diagnostic.Hint);
    }

    [Theory]
    [InlineData("ngày 08/8/2025")]
    [InlineData("ngày 8 tháng 8 năm 2025")]
    [InlineData("08-08-2025")]
    public void VK0207_stays_quiet_on_the_right_date_however_spelled(string rightDate) =>
        Assert.Empty(new RuleTestBed(child: Child("ngày 08/08/2025 của Đại hội", rightDate + " của Đại hội")).Check().Select(d => d.ToString()));

    // Targets against the parent.

    [Theory]
    [InlineData("gia-tri: \">= 90%\", cha: P-01", "gia-tri: \">= 80%\", cha: P-01")]                 // floor lower
    [InlineData("gia-tri: \">= 90%\", cha: P-01", "gia-tri: \"= 84%\", cha: P-01")]                  // "=" reads as a floor
    [InlineData("noi-dung: Tỷ lệ trẻ suy dinh dưỡng dưới 5%.", "noi-dung: Tỷ lệ trẻ suy dinh dưỡng dưới 7%.")] // ceiling higher
    [InlineData("noi-dung: Xếp trong top 5", "noi-dung: Xếp trong top 20")]                          // rank lower
    [InlineData("gia-tri: \">= chuan-quoc-gia:mức độ 2\", cha: P-06", "gia-tri: \">= chuan-quoc-gia:mức độ 1\", cha: P-06")] // level lower
    public void VK0220_a_target_weaker_than_its_parent(string from, string to)
    {
        var bed = new RuleTestBed(child: Neutral(Child(from, to)));
        var diagnostic = Fires(bed, "VK0220", to.Split(',')[0]);
        Assert.NotNull(diagnostic.Related);
        Assert.Contains("thấp hơn chỉ tiêu cấp trên", diagnostic.Message);
    }

    [Theory]
    [InlineData("gia-tri: \">= 90%\", cha: P-01", "gia-tri: \"> 85%\", cha: P-01")]     // strict is stronger
    [InlineData("gia-tri: \">= 90%\", cha: P-01", "gia-tri: \">= 85%\", cha: P-01")]    // equal
    [InlineData("noi-dung: Kết nạp 01-02 đảng viên mới., cha: P-03, quan-he: gop-phan", "noi-dung: Kết nạp 01 đảng viên mới., cha: P-03, quan-he: gop-phan")] // a share may be small
    public void VK0220_stays_quiet_on_targets_at_least_as_strong(string from, string to) =>
        Assert.Empty(new RuleTestBed(child: Neutral(Child(from, to))).Check().Select(d => d.ToString()));

    [Theory]
    [InlineData("gia-tri: \">= 90%\", cha: P-01", "gia-tri: \">= 90 đảng viên\", cha: P-01", "đơn vị")]
    [InlineData("gia-tri: \">= 90%\", cha: P-01", "gia-tri: \"<= 90%\", cha: P-01", "mức trần")]
    [InlineData("gia-tri: \">= chuan-quoc-gia:mức độ 2\", cha: P-06", "gia-tri: \">= kiem-dinh:cấp độ 3\", cha: P-06", "thang")]
    public void VK0221_a_target_on_another_unit_direction_or_scale(string from, string to, string reason)
    {
        var bed = new RuleTestBed(child: Neutral(Child(from, to)));
        Assert.Contains(reason, Fires(bed, "VK0221", to.Split(',')[0]).Message);
    }

    [Fact]
    public void VK0222_a_milestone_later_than_the_parents()
    {
        var bed = new RuleTestBed(child: Child("Đến năm 2026, 100% hồ sơ", "Đến năm 2028, 100% hồ sơ"));
        Assert.Contains("năm 2028, muộn hơn mốc năm 2027", Fires(bed, "VK0222", "Đến năm 2028").Message);
    }

    [Fact]
    public void VK0223_a_deadline_outside_the_term()
    {
        var bed = new RuleTestBed(child: Child("cha: P-05 }", "cha: P-05, han: 2031 }"));
        Assert.Contains("2031, ngoài nhiệm kỳ 2025-2030", Fires(bed, "VK0223", "han: 2031").Message);
    }

    [Fact]
    public void VK0224_a_parent_target_neither_adopted_nor_waived()
    {
        var child = string.Join('\n', RuleTestBed.Child.Split('\n').Where(l => !l.Contains("id: c-02")));
        var diagnostic = Fires(new RuleTestBed(child: child), "VK0224", "thuc-hien:");
        Assert.Contains("'P-02'", diagnostic.Message);
    }

    [Fact]
    public void VK0224_stays_quiet_for_a_waiver_with_a_reason_and_for_targets_of_other_organisations()
    {
        var child = string.Join('\n', RuleTestBed.Child.Split('\n').Where(l => !l.Contains("id: c-02")))
            .Replace("noi-nhan:", "mien:\n  - { cha: P-02, ly-do: Trường không có trẻ dưới 3 tuổi. }\nnoi-nhan:");
        Assert.Empty(new RuleTestBed(child: child).Check().Select(d => d.ToString()));
    }

    [Fact]
    public void A_waiver_without_a_reason_is_refused()
    {
        var child = RuleTestBed.Child.Replace("noi-nhan:", "mien:\n  - { cha: P-07 }\nnoi-nhan:");
        Assert.Equal("VK0004", Assert.Single(new RuleTestBed(child: child).Check()).Rule.Id);
    }

    [Fact]
    public void VK0225_contributions_short_of_the_parents_total()
    {
        var parent = RuleTestBed.Parent + "\ntruc-thuoc: [chuong-trinh.md]";
        var bed = new RuleTestBed(parent: parent);
        var diagnostic = Fires(bed, "VK0225", "id: P-03", "nghi-quyet.yaml");
        Assert.Contains("cần 4 đảng viên", diagnostic.Message);
        Assert.Contains("tổng 1 đảng viên", diagnostic.Message);
    }

    [Fact]
    public void VK0225_stays_quiet_when_the_shares_add_up()
    {
        var parent = RuleTestBed.Parent + "\ntruc-thuoc: [chuong-trinh.md, chuong-trinh-2.md]";
        var second = RuleTestBed.Child.Replace("Kết nạp 01-02 đảng viên mới.", "Kết nạp ít nhất 03 đảng viên mới.").Replace("Hoa Sen", "Hoa Mai");
        var bed = new RuleTestBed(parent: parent).Write("chuong-trinh-2.md", second);
        Assert.Empty(bed.Check("nghi-quyet.yaml").Select(d => d.ToString()));
    }

    [Fact]
    public void VK0226_a_sentence_that_contradicts_its_value()
    {
        var bed = new RuleTestBed(child: Child("gia-tri: \">= 90%\", cha: P-01", "gia-tri: \">= 95%\", cha: P-01"));
        Assert.Contains("«90% trở lên»", Fires(bed, "VK0226", "gia-tri: \">= 95%\"").Message);
    }

    // Frame.

    [Theory]
    [InlineData("so: 7 -CTr/CB", "viết '07-CTr/CB'")]
    [InlineData("so: 5-CTr/CB", "viết '05-CTr/CB'")]
    [InlineData("so: Số 05-CTr/CB", "viết 'so: 05-CTr/CB'")]
    [InlineData("so: 05-KH/CB", "viết '05-CTr/CB'")]
    [InlineData("so: CTr/CB", "ví dụ '05-CTr/CB'")]
    public void VK0303_a_malformed_number_and_symbol(string number, string hint)
    {
        var bed = new RuleTestBed(child: Child("so: 05-CTr/CB", number));
        Assert.StartsWith(hint, Fires(bed, "VK0303", number).Hint);
    }

    [Theory]
    [InlineData("tham-quyen: TM. CHI BỘ", "viết 'T/M CHI BỘ'")]
    [InlineData("tham-quyen: TM CHI BỘ", "viết 'T/M CHI BỘ'")]
    public void VK0306_a_state_style_authority_in_a_party_document(string authority, string hint)
    {
        var bed = new RuleTestBed(child: Child("tham-quyen: T/M CHI BỘ", authority));
        Assert.Equal(hint, Fires(bed, "VK0306", authority).Hint);
    }

    [Fact]
    public void VK0306_a_party_style_authority_in_a_state_document_and_the_state_number_form()
    {
        var child = Child("tham-quyen: T/M CHI BỘ", "tham-quyen: T/M ỦY BAN NHÂN DÂN")
            .Replace("so: 05-CTr/CB", "so: 05/CTr-UBND").Replace("loai: chuong-trinh-hanh-dong", "loai: chuong-trinh-hanh-dong\nthe-thuc: nd30-2020");
        var bed = new RuleTestBed(child: child);
        Assert.Equal("viết 'TM. ỦY BAN NHÂN DÂN'", Fires(bed, "VK0306", "tham-quyen:").Hint);
        Assert.Empty(new RuleTestBed(child: child.Replace("T/M ỦY BAN", "TM. ỦY BAN")).Check().Select(d => d.ToString()));
        Assert.Equal("viết '05/CTr-UBND'", Fires(new RuleTestBed(child: child.Replace("T/M ỦY BAN", "TM. ỦY BAN").Replace("05/CTr-UBND", "5/CTr-UBND")), "VK0303", "so:").Hint);
    }

    [Fact]
    public void VK0304_a_document_dated_before_the_resolution_it_implements()
    {
        var bed = new RuleTestBed(child: Child("ngay: 2025-10-01", "ngay: 2025-08-07"));
        Fires(bed, "VK0304", "ngay:");
    }

    [Theory]
    [InlineData("nhiem-ky: 2025-2031", "khác nhiệm kỳ 2025-2030")]
    [InlineData("nhiem-ky: 2025", "không đúng dạng")]
    public void VK0305_a_term_that_does_not_match_the_parents(string term, string message)
    {
        var bed = new RuleTestBed(child: Child("nhiem-ky: 2025-2030", term).Replace("cha: P-05 }", "cha: P-05 }"));
        Assert.Contains(message, Fires(bed, "VK0305", term).Message);
    }

    // Body.

    [Fact]
    public void VK0104_targets_that_the_body_never_places()
    {
        var bed = new RuleTestBed(child: Child("::: chi-tieu\n:::", ""));
        Fires(bed, "VK0104", "- nhom: Chỉ tiêu");
    }

    [Fact]
    public void VK0105_targets_placed_twice()
    {
        var bed = new RuleTestBed(child: RuleTestBed.Child + "\n\n# Phụ lục chỉ tiêu\n\n::: chi-tieu\n:::");
        var diagnostic = Assert.Single(bed.Check());
        Assert.Equal("VK0105", diagnostic.Rule.Id);
        Assert.Equal(bed.LineOf("::: chi-tieu"), diagnostic.Related!.Value.Line);
    }

    [Fact]
    public void VK0504_a_section_the_kind_requires_is_missing()
    {
        var bed = new RuleTestBed(child: Child("# Mục đích, yêu cầu\n\n- Cụ thể hóa Nghị quyết thành nhiệm vụ của chi bộ.\n\n", ""));
        Assert.Contains("«Mục đích»", Fires(bed, "VK0504", "loai:").Message);
    }

    [Fact]
    public void VK0505_sections_out_of_the_templates_order()
    {
        var bed = new RuleTestBed(child: RuleTestBed.Child + "\n\n# Tổ chức thực hiện\n\nChi ủy phân công.\n\n# Nhiệm vụ và giải pháp\n\nNâng cao chất lượng.");
        Assert.Contains("«Nhiệm vụ và giải pháp» đứng sau «Tổ chức thực hiện»", Fires(bed, "VK0505", "# Nhiệm vụ và giải pháp").Message);
    }

    // Style.

    [Theory]
    [InlineData("Phân đấu hoàn thành chỉ tiêu.", "Phấn đấu")]
    [InlineData("Kế hoạch giải đoạn 2025 - 2030.", "giai đoạn")]
    [InlineData("Đẩy mạnh Chuyên đổi số.", "Chuyển đổi số")]
    [InlineData("Chi đạo các tổ chuyên môn.", "Chỉ đạo")]
    // Capitals, a no-break space and a tab: the pattern's case and \s+, which the line's cheap pre-test must let through.
    [InlineData("HOÀN TỐT NHIỆM VỤ được giao.", "Hoàn thành tốt nhiệm vụ")]
    [InlineData("Quán\u00A0triêt nghị quyết.", "Quán triệt")]
    [InlineData("Học tập nghị\tquyêt của Đảng.", "nghị quyết")]
    public void VK0401_a_known_misspelling(string sentence, string correction)
    {
        var bed = new RuleTestBed(child: RuleTestBed.Child + "\n" + sentence);
        Assert.Equal($"viết '{correction}'", Fires(bed, "VK0401", sentence).Hint);
    }

    [Fact]
    public void VK0401_stays_quiet_on_the_correct_phrases() =>
        Assert.Empty(new RuleTestBed(child: RuleTestBed.Child + "\nPhấn đấu giai đoạn 2025 - 2030 đẩy mạnh chuyển đổi số; chỉ đạo chi bộ.").Check().Select(d => d.ToString()));

    [Fact]
    public void VK0403_doubled_spaces_between_words()
    {
        var bed = new RuleTestBed(child: RuleTestBed.Child + "\nChi ủy phân công  đảng viên.");
        Assert.Equal(18, Fires(bed, "VK0403", "phân công  đảng").Location.Column); // the extra space
    }

    [Fact]
    public void VK0403_stays_quiet_on_alignment_after_a_key_and_in_tables() =>
        Assert.Empty(new RuleTestBed(child: Child("dia-danh: Hùng An", "dia-danh:   Hùng An") + "\n| Đơn vị  | Việc |\n|---|---|\n| Chi bộ  | Lãnh đạo |").Check().Select(d => d.ToString()));

    [Fact]
    public void VK0404_an_abbreviation_before_its_full_form_is_an_info()
    {
        var bed = new RuleTestBed(child: RuleTestBed.Child + "\nThành tích HSG cấp tỉnh; học sinh giỏi được khen thưởng.");
        var info = Assert.Single(bed.Check());
        Assert.Equal(("VK0404", Severity.Info), (info.Rule.Id, info.Severity));
        Assert.Empty(new RuleTestBed(child: RuleTestBed.Child + "\nKhen thưởng học sinh giỏi (HSG); thành tích HSG cấp tỉnh.").Check());
    }
}

/// <summary>The style checks see the front matter where the reader does: YAML's "..." closes it as "---" does.</summary>
public class FrontMatterCloserTests
{
    [Fact]
    public void A_body_after_a_dots_closer_is_checked_as_body()
    {
        var closedWithDots = RuleTestBed.Child.Replace("\n---\n", "\n...\n") + "\n# Phân đấu hoàn thành\n";
        Assert.Contains("\n...\n", closedWithDots);
        var bed = new RuleTestBed(child: closedWithDots);
        var misspelling = Assert.Single(bed.Check(), d => d.Rule == VanKien.Diagnostics.Rules.Misspelling);
        Assert.Equal(bed.LineOf("# Phân đấu hoàn thành"), misspelling.Location.Line);
    }
}

/// <summary>Who signs a Party document: a committee signs T/M (FORMAT.md), and prints so when the source omits the line.</summary>
public class AuthorityRuleTests
{
    [Fact]
    public void A_chi_bo_signing_K_T_is_an_error_with_the_T_M_form_as_hint()
    {
        var bed = new RuleTestBed(child: RuleTestBed.Child.Replace("tham-quyen: T/M CHI BỘ, chuc-vu: BÍ THƯ", "tham-quyen: K/T CHI BỘ, chuc-vu: PHÓ BÍ THƯ"));
        var found = Assert.Single(bed.Check(), d => d.Rule == VanKien.Diagnostics.Rules.CommitteeSignsOnBehalf);
        Assert.Equal(bed.LineOf("K/T CHI BỘ"), found.Location.Line);
        Assert.Contains("T/M CHI BỘ", found.Hint);
    }

    [Fact]
    public void A_support_body_may_sign_K_T()
    {
        var bed = new RuleTestBed(child: RuleTestBed.Child.Replace("tham-quyen: T/M CHI BỘ, chuc-vu: BÍ THƯ", "tham-quyen: K/T VĂN PHÒNG, chuc-vu: PHÓ CHÁNH VĂN PHÒNG"));
        Assert.DoesNotContain(bed.Check(), d => d.Rule == VanKien.Diagnostics.Rules.CommitteeSignsOnBehalf);
    }

    [Fact]
    public void A_state_deputy_signing_without_an_authority_line_is_an_error_naming_the_KT_line()
    {
        var path = Path.Combine(Repo.Samples, "ubnd-xa-hung-an", "ke-hoach-giao-duc-2026.md");
        var text = File.ReadAllText(path);
        var deputy = System.Text.RegularExpressions.Regex.Replace(text, @"(?m)^  tham-quyen: .*\n", "");
        deputy = System.Text.RegularExpressions.Regex.Replace(deputy, @"(?m)^(  chuc-vu: ).*$", "${1}PHÓ CHỦ TỊCH");
        var result = VanKien.Building.Compiler.CheckSource(path, System.Text.Encoding.UTF8.GetBytes(deputy));
        var found = Assert.Single(result.Diagnostics, d => d.Rule == VanKien.Diagnostics.Rules.AuthorityMissing);
        Assert.Equal(deputy.Split('\n').ToList().FindIndex(l => l.Contains("PHÓ CHỦ TỊCH", StringComparison.Ordinal)) + 1, found.Location.Line);
        Assert.Equal("thêm 'tham-quyen: KT. CHỦ TỊCH' vào 'ky'", found.Hint);
        // Signed by the head, or by the deputy for the head: nothing to say.
        Assert.DoesNotContain(VanKien.Building.Compiler.CheckSource(path, System.Text.Encoding.UTF8.GetBytes(text)).Diagnostics, d => d.Rule == VanKien.Diagnostics.Rules.AuthorityMissing);
        var forHead = deputy.Replace("  chuc-vu: PHÓ CHỦ TỊCH", "  tham-quyen: KT. CHỦ TỊCH\n  chuc-vu: PHÓ CHỦ TỊCH", StringComparison.Ordinal);
        Assert.DoesNotContain(VanKien.Building.Compiler.CheckSource(path, System.Text.Encoding.UTF8.GetBytes(forHead)).Diagnostics, d => d.Rule == VanKien.Diagnostics.Rules.AuthorityMissing);
    }

    [Fact]
    public void A_chi_bo_deputy_needs_no_authority_line_since_the_committee_signs_T_M()
    {
        var bed = new RuleTestBed(child: RuleTestBed.Child.Replace("tham-quyen: T/M CHI BỘ, chuc-vu: BÍ THƯ", "chuc-vu: PHÓ BÍ THƯ"));
        Assert.DoesNotContain(bed.Check(), d => d.Rule == VanKien.Diagnostics.Rules.AuthorityMissing);
    }

    [Fact]
    public void A_dang_uy_document_without_an_authority_line_prints_T_M_DANG_UY()
    {
        var path = Path.Combine(Repo.Samples, "dang-uy-xa-hung-an", "chuong-trinh-hanh-dong-16-giao-duc.md");
        var text = File.ReadAllText(path).Replace("  tham-quyen: T/M BAN THƯỜNG VỤ\n", "");
        Assert.DoesNotContain("tham-quyen", text);
        var built = VanKien.Building.Compiler.BuildSource(path, System.Text.Encoding.UTF8.GetBytes(text));
        var paragraphs = Docx.ParagraphTexts(Docx.MainDocument(built.Docx!)).ToList();
        Assert.Contains("T/M ĐẢNG ỦY", paragraphs);
        Assert.DoesNotContain("T/M CHI BỘ", paragraphs);
    }
}

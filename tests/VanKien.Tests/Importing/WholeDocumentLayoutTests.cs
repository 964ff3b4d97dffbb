using System.Text;
using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Targets;

namespace VanKien.Tests.Importing;

/// <summary>
/// Whole documents as they reach an office (issue #34), each layout written for the test in the shape the
/// real ones show, never copied from them: text hard-wrapped at a page's width, page breaks and page
/// numbers inside sentences, words glued by a PDF's text layer, targets in every form a target section
/// takes, signature blocks and recipients over several lines, a draft's blank date, table residue.
/// </summary>
public class WholeDocumentLayoutTests
{
    private static (ImportedDocument? Document, DiagnosticBag Diagnostics, string? Source) Import(string text)
    {
        var diagnostics = new DiagnosticBag();
        var result = Importer.Import("van-ban.txt", Encoding.UTF8.GetBytes(text), diagnostics);
        return (result.Document, diagnostics, result.Source);
    }

    private const string PartyHeader = "ĐẢNG BỘ XÃ HÙNG AN\nCHI BỘ TRƯỜNG TIỂU HỌC\n*\nSố 07-KH/CB\nĐẢNG CỘNG SẢN VIỆT NAM\nHùng An, ngày 10 tháng 3 năm 2026\nKẾ HOẠCH\nthực hiện nhiệm vụ chuyển đổi số của chi bộ năm 2026\n";

    private const string PartyClosing = "Nơi nhận:\n- Đảng ủy xã (b/c),\n- Lưu chi bộ.\nT/M CHI BỘ\nBÍ THƯ\nNguyễn Thị Lan\n";

    /// <summary>A page wrapped at about 80 columns: every line near the width goes on in the next one, whatever its first letter.</summary>
    private const string Wrapped =
        PartyHeader +
        "Căn cứ Nghị quyết số\n" +
        "05-NQ/ĐU ngày 20/02/2026 của Ban Chấp hành Đảng bộ xã Hùng An về chuyển\n" +
        "đổi số trong các cơ quan Đảng năm 2026;\n" +
        "Căn cứ Kế hoạch số 12-KH/ĐU ngày 25/02/2026 của Ban Thường vụ Đảng ủy xã về\n" +
        "Đề án chuyển đổi số, Chi bộ xây dựng kế hoạch thực hiện cụ thể như sau:\n" +
        "I. MỤC\n" +
        "ĐÍCH, YÊU CẦU\n" +
        "- Nâng cao nhận thức của cán bộ, đảng viên, giáo viên về chuyển đổi số trong\n" +
        "Đảng bộ và trong công tác chuyên môn của nhà trường, gắn với phong trào thi\n" +
        "đua của ngành giáo dục huyện Hùng An.\n" +
        "- Bảo đảm các điều kiện về hạ tầng, thiết bị cho việc xử lý công việc trên\n" +
        "môi trường số theo hướng dẫn của cấp trên.\n" +
        "II. TỔ CHỨC THỰC HIỆN\n" +
        "Chi ủy phân công đảng viên theo dõi, đôn đốc việc thực hiện kế hoạch này và\n" +
        "báo cáo kết quả về Đảng ủy xã Hùng An theo quy định hằng quý, hằng năm./.\n" +
        PartyClosing;

    [Fact]
    public void Hard_wrapped_text_is_joined_back_by_its_shape()
    {
        var (document, _, _) = Import(Wrapped);
        Assert.NotNull(document);
        Assert.Equal("Căn cứ Nghị quyết số 05-NQ/ĐU ngày 20/02/2026 của Ban Chấp hành Đảng bộ xã Hùng An về chuyển đổi số trong các cơ quan Đảng năm 2026", document.Basis[0]);
        Assert.StartsWith("Căn cứ Kế hoạch số 12-KH/ĐU ngày 25/02/2026 của Ban Thường vụ Đảng ủy xã về Đề án chuyển đổi số", document.Basis[1], StringComparison.Ordinal);
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "TỔ CHỨC THỰC HIỆN"], document.Body.OfType<DraftHeading>().Select(h => h.Text));
        var bullets = document.Body.OfType<DraftBullet>().Select(b => b.Text).ToList();
        Assert.Equal(2, bullets.Count);
        Assert.Equal("Nâng cao nhận thức của cán bộ, đảng viên, giáo viên về chuyển đổi số trong Đảng bộ và trong công tác chuyên môn của nhà trường, gắn với phong trào thi đua của ngành giáo dục huyện Hùng An.", bullets[0]);
    }

    [Fact]
    public void A_page_break_and_its_page_number_inside_an_item_are_dropped_and_the_item_joined()
    {
        var text = PartyHeader +
                   "I. MỤC ĐÍCH, YÊU CẦU\n" +
                   "- Bảo đảm các điều kiện về hạ tầng, thiết bị cho việc xử lý công việc trên môi trường\n\n\n" +
                   "                                   4\n\f" +
                   "số theo hướng dẫn của cấp trên.\n" +
                   "- Lưu trữ hồ sơ điện tử theo quy định.\n" + PartyClosing;
        var (document, diagnostics, _) = Import(text);
        Assert.False(diagnostics.HasErrors, string.Join("\n", diagnostics.Items.Select(d => d.Message)));
        Assert.Equal(["Bảo đảm các điều kiện về hạ tầng, thiết bị cho việc xử lý công việc trên môi trường số theo hướng dẫn của cấp trên.", "Lưu trữ hồ sơ điện tử theo quy định."],
            document!.Body.OfType<DraftBullet>().Select(b => b.Text));
        Assert.DoesNotContain(document.Body, b => b is DraftParagraph { Text: "4" });
    }

    [Fact]
    public void Words_a_pdf_glued_together_are_parted_at_the_syllable_and_the_document_imported()
    {
        var glued = PartyHeader +
                    "I. MỤC ĐÍCH, YÊU CẦU\n" +
                    "- Ban Thường vụĐảng uỷxã chỉ đạo thực hiện chuyển đổi sốtrong các cơ quan.\n" +
                    "- Hệthống thông tin được bảo đảm an toàn theo Nghịđịnh của Chính phủ.\n" +
                    "- Cán bộ sửdụng Sổtay đảng viên điện tửtrong sinh hoạt chi bộ.\n" + PartyClosing;
        var (document, diagnostics, _) = Import(glued);
        Assert.NotNull(document);
        Assert.DoesNotContain(diagnostics.Items, d => d.Rule == Rules.ImportUnreadable);
        Assert.Equal(["Ban Thường vụ Đảng uỷ xã chỉ đạo thực hiện chuyển đổi số trong các cơ quan.",
                "Hệ thống thông tin được bảo đảm an toàn theo Nghị định của Chính phủ.",
                "Cán bộ sử dụng Sổ tay đảng viên điện tử trong sinh hoạt chi bộ."],
            document.Body.OfType<DraftBullet>().Select(b => b.Text));
    }

    [Fact]
    public void Scrambled_tone_marks_are_still_refused()
    {
        var scrambled = PartyHeader + "I. MỤC ĐÍCH\n- Nâńg caò nhâṇ thưć cuả cań bộ đảnǵ viêń về chuyêń đôỉ số trong cać cơ quań.\n" +
                        "- Bảỏ đảm̀ cać điềù kiệñ về haṭ tầnǵ.\n- Cań bộ sử dụnǵ.\n" + PartyClosing;
        var (document, diagnostics, _) = Import(scrambled);
        Assert.Null(document);
        Assert.Contains(diagnostics.Items, d => d.Rule == Rules.ImportUnreadable);
    }

    /// <summary>A target section in the forms real ones take: "Chỉ tiêu N:" lines, a) groups, (1) items, starred and plus items, fractions, units.</summary>
    private const string TargetsInProse =
        PartyHeader +
        "I. MỤC TIÊU\n" +
        "1. Mục tiêu chung\n" +
        "Xây dựng chi bộ trong sạch, vững mạnh; nâng cao chất lượng giáo dục toàn diện.\n" +
        "2. Mục tiêu cụ thể\n" +
        "a) Về xây dựng Đảng\n" +
        "Chỉ tiêu 1: Hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ trở lên.\n" +
        "Chỉ tiêu 2: Kết nạp từ 02 đảng viên mới trở lên.\n" +
        "b) Về chuyên môn\n" +
        "(1) Tỷ lệ học sinh lên lớp đạt 98% trở lên.\n" +
        "(2) Có 15/27 lớp đạt danh hiệu lớp tiên tiến.\n" +
        "* Giáo viên dạy giỏi cấp huyện ít nhất 03 giáo viên.\n" +
        "+ Tỷ lệ học sinh bỏ học dưới 1%.\n" +
        "II. NHIỆM VỤ VÀ GIẢI PHÁP\n" +
        "- Tăng cường giáo dục chính trị, tư tưởng cho đảng viên.\n" +
        PartyClosing;

    [Fact]
    public void Every_marked_item_of_a_target_section_becomes_a_target_with_its_value()
    {
        var (document, _, source) = Import(TargetsInProse);
        Assert.NotNull(document);
        var groups = document.Targets;
        Assert.Equal(["Về xây dựng Đảng", "Về chuyên môn"], groups.Select(g => g.Name));
        var sentences = groups.SelectMany(g => g.Targets).Select(t => t.Sentence).ToList();
        Assert.Equal(["Hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ trở lên.", "Kết nạp từ 02 đảng viên mới trở lên.",
            "Tỷ lệ học sinh lên lớp đạt 98% trở lên.", "Có 15/27 lớp đạt danh hiệu lớp tiên tiến.",
            "Giáo viên dạy giỏi cấp huyện ít nhất 03 giáo viên.", "Tỷ lệ học sinh bỏ học dưới 1%."], sentences);
        var values = sentences.Select(s => PhraseParser.Default.Infer(s).Value?.ToString()).ToList();
        Assert.Equal(">= 2 đảng viên", values[1]);
        Assert.Equal(">= 98%", values[2]);
        Assert.Equal("< 1%", values[5]);
        // The general aim stays prose in the body; the tasks after the section stay a list.
        Assert.Contains(document.Body, b => b is DraftParagraph p && p.Text.StartsWith("Xây dựng chi bộ", StringComparison.Ordinal));
        Assert.Contains(document.Body, b => b is DraftBullet bullet && bullet.Text.StartsWith("Tăng cường", StringComparison.Ordinal));
        Assert.Contains("gia-tri: \">= 98%\"", source, StringComparison.Ordinal);
    }

    [Fact]
    public void A_target_section_under_a_heading_naming_targets_gathers_its_sub_sections_as_groups()
    {
        var text = PartyHeader +
                   "A. NHIỆM VỤ CHUNG\n- Thực hiện tốt nhiệm vụ năm học.\n" +
                   "B. CÁC CHỈ TIÊU PHẤN ĐẤU\n" +
                   "I. Chỉ tiêu về đoàn thể\n- Chi bộ: hoàn thành tốt nhiệm vụ trở lên.\n" +
                   "II. Chỉ tiêu chuyên môn\n- Thao giảng: 01 tiết/giáo viên/học kỳ.\n- Huy động học sinh đầu cấp đạt: 98,5% trở lên.\n" +
                   "C. TỔ CHỨC THỰC HIỆN\n- Các tổ xây dựng kế hoạch chi tiết.\n" + PartyClosing;
        var (document, _, _) = Import(text);
        Assert.Equal(["Chỉ tiêu về đoàn thể", "Chỉ tiêu chuyên môn"], document!.Targets.Select(g => g.Name));
        Assert.Equal(3, document.Targets.Sum(g => g.Targets.Count));
        Assert.Equal(">= 98,5%", PhraseParser.Default.Infer(document.Targets[1].Targets[1].Sentence).Value?.ToString());
    }

    private const string StateHeader = "ỦY BAN NHÂN DÂN\nXÃ HÙNG AN\nSố: 15/KH-UBND\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n";

    [Fact]
    public void A_signature_block_over_several_lines_keeps_its_authority_position_and_name()
    {
        var text = StateHeader + "Hùng An, ngày 05 tháng 3 năm 2026\nKẾ HOẠCH\nPhát triển giáo dục năm 2026\n" +
                   "I. MỤC ĐÍCH\n- Nâng cao chất lượng giáo dục.\n" +
                   "Nơi nhận:\n- Thường trực Huyện ủy (b/c);\n- Đồng chí Nguyễn Văn Bình - Phó Bí thư\nThường trực Đảng ủy (phụ trách địa bàn);\n- Lưu: VT.\n" +
                   "TM. ỦY BAN NHÂN\nDÂN\nKT. CHỦ TỊCH\nPHÓ CHỦ TỊCH\n\n\nTrần Thị Hoa\n";
        var (document, _, _) = Import(text);
        Assert.Equal(("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Trần Thị Hoa"), (document!.Authority, document.Position, document.Signer));
        Assert.Equal(["Thường trực Huyện ủy (b/c)", "Đồng chí Nguyễn Văn Bình - Phó Bí thư Thường trực Đảng ủy (phụ trách địa bàn)", "Lưu: VT"], document.Recipients);
    }

    [Fact]
    public void A_head_signing_in_their_own_name_is_a_position_not_a_recipient_and_a_government_keeps_its_TM()
    {
        var school = "PHÒNG GD&ĐT HÙNG AN\nTRƯỜNG THCS HÙNG AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nSố: 113/KH-THCS\nHùng An, ngày 04 tháng 10 năm 2025\n" +
                     "KẾ HOẠCH\nGiáo dục nhà trường năm học 2025-2026\nI. MỤC TIÊU\n- Nâng cao chất lượng.\n" +
                     "DUYỆT CỦA LÃNH ĐẠO PHÒNG GD-ĐT                    HIỆU TRƯỞNG\n\n\n\n                                Lê Văn Tâm\n" +
                     "Nơi nhận:\n- Phòng GD&ĐT (báo cáo);\n- Lưu: VT.\n";
        var (document, _, _) = Import(school);
        Assert.Equal((null, "HIỆU TRƯỞNG", "Lê Văn Tâm"), (document!.Authority, document.Position, document.Signer));
        Assert.Equal(["Phòng GD&ĐT (báo cáo)", "Lưu: VT"], document.Recipients);

        var government = "CHÍNH PHỦ\nSố: 25/KH-CP\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\nHà Nội, ngày 05 tháng 3 năm 2026\n" +
                         "KẾ HOẠCH\nThực hiện chương trình chuyển đổi số\nI. MỤC TIÊU\n- Nâng cao chất lượng.\nNơi nhận:\n- Các bộ;\n- Lưu: VT.\nTM. CHÍNH PHỦ\nTHỦ TƯỚNG\nNguyễn Văn An\n";
        var (state, _, _) = Import(government);
        Assert.Equal(("TM. CHÍNH PHỦ", "THỦ TƯỚNG"), (state!.Authority, state.Position));
    }

    [Fact]
    public void A_place_and_date_broken_by_a_line_end_or_left_blank_is_read()
    {
        var broken = StateHeader + "Thành phố Hồ\nChí Minh, ngày\n17 tháng 3 năm 2026\nKẾ HOẠCH\nPhát triển giáo dục năm 2026\nI. MỤC ĐÍCH\n- Nâng cao chất lượng.\n";
        var (document, _, _) = Import(broken);
        Assert.Equal(("Thành phố Hồ Chí Minh", new DateOnly(2026, 3, 17)), (document!.Place, document.Date));

        var blank = StateHeader + "Hùng An, ngày    tháng 3 năm 2026\nKẾ HOẠCH\nPhát triển giáo dục năm 2026\nI. MỤC ĐÍCH\n- Nâng cao chất lượng.\n";
        var (draft, _, _) = Import(blank);
        Assert.Equal("Hùng An", draft!.Place);
    }

    [Fact]
    public void Table_residue_never_becomes_a_recipient()
    {
        var text = PartyHeader + "I. MỤC ĐÍCH\n- Nâng cao chất lượng.\n" +
                   "Nơi nhận:\n- Đảng ủy xã (b/c),\n|\n- Lưu chi bộ.\n|  |\n+---+---+\nT/M CHI BỘ\nBÍ THƯ\nNguyễn Thị Lan\n";
        var (document, _, _) = Import(text);
        Assert.Equal(["Đảng ủy xã (b/c)", "Lưu chi bộ"], document!.Recipients);
        Assert.Equal("Nguyễn Thị Lan", document.Signer);
    }

    [Fact]
    public void A_header_typed_apart_by_tabs_or_a_number_broken_before_its_symbol_gives_its_cells()
    {
        var tabs = "PHÒNG GD&ĐT HÙNG AN\nTRƯỜNG THCS HÙNG AN\nCỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc\n" +
                   "Số: 113/KH-THCS\t\t\tHùng An, ngày 04 tháng 10 năm 2025\nKẾ HOẠCH\nGiáo dục nhà trường năm học 2025-2026\nI. MỤC TIÊU\n- Nâng cao chất lượng.\n";
        var (school, _, _) = Import(tabs);
        Assert.Equal(("113/KH-THCS", "Hùng An", new DateOnly(2025, 10, 4)), (school!.Number, school.Place, school.Date));

        var broken = "UBND TỈNH HÙNG AN\nSỞ Y TẾ\nSố: 2022\n\n/KH-SYT\nCỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập – Tự do – Hạnh phúc\nHùng An, ngày 25 tháng06\n\nnăm 2021\n" +
                     "KẾ HOẠCH HÀNH ĐỘNG\nVề chăm sóc sức khỏe\nI. ĐẶT VẤN ĐỀ\n- Nâng cao chất lượng.\nNơi nhận:\n- Bộ Y tế (báo cáo);\n- Lưu: VT.\n\n17\n\nKT. GIÁM ĐỐC\nPHÓ GIÁM ĐỐC\n\nLê Thị Hằng\n";
        var (plan, _, _) = Import(broken);
        Assert.Equal(("2022/KH-SYT", "SỞ Y TẾ", new DateOnly(2021, 6, 25)), (plan!.Number, plan.IssuingBody, plan.Date));
        Assert.Equal(["Bộ Y tế (báo cáo)", "Lưu: VT"], plan.Recipients);
    }

    [Fact]
    public void Markdown_heading_marks_and_their_anchor_codes_left_by_a_converter_are_taken_off()
    {
        var (document, _, _) = Import(PartyHeader + "## I. MỤC ĐÍCH, YÊU CẦU\n- Nâng cao chất lượng.\n### [07-KH/CB] II. CÁC CHỈ TIÊU CHỦ YẾU\n- Kết nạp từ 02 đảng viên mới trở lên.\n" + PartyClosing);
        Assert.Equal(["MỤC ĐÍCH, YÊU CẦU", "CÁC CHỈ TIÊU CHỦ YẾU"], document!.Body.OfType<DraftHeading>().Select(h => h.Text));
        Assert.Equal(">= 2 đảng viên", PhraseParser.Default.Infer(Assert.Single(document.Targets.SelectMany(g => g.Targets)).Sentence).Value?.ToString());
    }

    [Fact]
    public void A_heading_that_opens_with_targets_holds_all_its_groups_even_when_only_some_name_targets()
    {
        var text = PartyHeader + "I. MỤC TIÊU TỔNG QUÁT\n- Phát triển nhanh và bền vững.\n" +
                   "II. CÁC CHỈ TIÊU CHỦ YẾU\n1. Về xây dựng Đảng\n- Kết nạp từ 13 đảng viên mới trở lên.\n" +
                   "2. Về kinh tế: các chỉ tiêu năm 2026\n- Thu nhập bình quân đầu người đạt 39,6 triệu đồng.\n" +
                   "III. NHIỆM VỤ\n- Tăng cường công tác xây dựng Đảng.\n" + PartyClosing;
        var (document, _, _) = Import(text);
        Assert.Equal(["Về xây dựng Đảng", "Về kinh tế: các chỉ tiêu năm 2026"], document!.Targets.Select(g => g.Name));
        Assert.Equal(2, document.Targets.Sum(g => g.Targets.Count));
    }
}

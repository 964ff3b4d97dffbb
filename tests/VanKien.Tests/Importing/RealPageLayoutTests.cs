using System.Text;
using VanKien.Diagnostics;
using VanKien.Importing;

namespace VanKien.Tests.Importing;

/// <summary>
/// How real pages lay a document out, each case of a kind the corpus shows (written for the test,
/// never copied from it): a header's words or columns broken by a narrow page, bodies named over
/// several lines, a title run into the body, a resolution's enacting authority and "QUYẾT NGHỊ:",
/// outlines whose numbering a list renumbered, a list run into one line, a draft's blank date.
/// </summary>
public class RealPageLayoutTests
{
    private static (ImportedDocument Document, DiagnosticBag Diagnostics, string? Source) Import(params string[] lines)
    {
        var diagnostics = new DiagnosticBag();
        var result = Importer.Import("van-ban.txt", Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), diagnostics);
        return (result.Document!, diagnostics, result.Source);
    }

    private static string[] FirstLevel(ImportedDocument document) =>
        document.Body.OfType<DraftHeading>().Where(h => h.Level == 1).Select(h => h.Text).ToArray();

    [Fact]
    public void A_state_issuer_over_two_lines_is_one_name_and_a_schools_superior_stays_apart()
    {
        var (state, _, _) = Import("ỦY", "BAN NHÂN DÂN", "TỈNH HÙNG AN", "-------", "CỘNG", "HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 12/KH-UBND", "Hùng", "An, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Triển khai chương trình");
        Assert.Equal((null, "ỦY BAN NHÂN DÂN TỈNH HÙNG AN", "Hùng An"), (state.SuperiorBody, state.IssuingBody, state.Place));
        Assert.True(state.StateFrame);

        var (school, _, _) = Import("UBND HUYỆN HÙNG AN", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRƯỜNG TIỂU HỌC", "HÙNG AN", "Độc lập - Tự do - Hạnh phúc",
            "Số: 12/KH-THHA", "Hùng An, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Năm học 2025-2026");
        Assert.Equal(("UBND HUYỆN HÙNG AN", "TRƯỜNG TIỂU HỌC HÙNG AN"), (school.SuperiorBody, school.IssuingBody));
    }

    [Fact]
    public void Capitals_of_the_page_above_the_header_are_not_its_bodies()
    {
        var (document, diagnostics, _) = Import("ĐĂNG NHẬP TÀI KHOẢN", "» Kế hoạch các hoạt động", "ĐẢNG ỦY XÃ HÙNG AN", "CHI BỘ TRƯỜNG MẦM NON", "*",
            "Số: 05-KH/CB", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hùng An, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Tổ chức đại hội chi bộ");
        Assert.Equal(("ĐẢNG ỦY XÃ HÙNG AN", "CHI BỘ TRƯỜNG MẦM NON"), (document.SuperiorBody, document.IssuingBody));
        Assert.Contains(diagnostics.Items, d => d.Rule == Rules.ImportUnplaced && d.Message.Contains("ĐĂNG NHẬP", StringComparison.Ordinal));
    }

    [Fact]
    public void Two_bodies_apart_by_spaces_and_a_national_line_after_one_space_are_cells()
    {
        var (document, _, _) = Import("ĐẢNG UỶ XÃ HÙNG AN          CHI BỘ MẦM NON", "Số : 03 /BC - CBMN", "ĐẢNG CỘNG SẢN VIỆT NAM",
            "Hùng An, ngày 25 tháng 09 năm 2016", "BÁO CÁO", "CÔNG TÁC NĂM 2016");
        Assert.Equal(("ĐẢNG UỶ XÃ HÙNG AN", "CHI BỘ MẦM NON"), (document.SuperiorBody, document.IssuingBody));

        var (school, _, _) = Import("PHÒNG GD&ĐT HÙNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "TRƯỜNG THCS HÙNG AN Độc lập- Tự do- Hạnh phúc",
            "BÁO CÁO", "Kết quả năm học 2021-2022");
        Assert.Equal(("PHÒNG GD&ĐT HÙNG AN", "TRƯỜNG THCS HÙNG AN"), (school.SuperiorBody, school.IssuingBody));
    }

    [Fact]
    public void A_page_title_over_the_documents_own_gives_way_and_a_title_in_sentence_case_opens_a_newspapers_resolution()
    {
        var (page, _, _) = Import("NGHỊ QUYẾT CỦA ĐẢNG ỦY XÃ HÙNG AN VỀ NHIỆM VỤ NĂM 2026", "Ngày 13/03/2026 14:51:27", "NGHỊ QUYẾT.",
            "CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ HÙNG AN", "Về mục tiêu, nhiệm vụ năm 2026", ".", "I. ĐÁNH GIÁ CHUNG.", "Năm 2025 Đảng bộ hoàn thành các chỉ tiêu.");
        Assert.Equal(("nghi-quyet", "CỦA BAN CHẤP HÀNH ĐẢNG BỘ XÃ HÙNG AN Về mục tiêu, nhiệm vụ năm 2026"), (page.Kind, page.Summary));
        Assert.Equal(["ĐÁNH GIÁ CHUNG."], FirstLevel(page));

        var (news, _, _) = Import("Nghị quyết của Ban Chấp hành Đảng bộ xã khóa I về phát triển giao thông nông thôn",
            "LTS: Ngày 14-11-2026, Ban Chấp hành đã ban hành Nghị quyết. Báo trân trọng giới thiệu.", "I- Khái quát tình hình", "Những năm qua, xã đã làm đường.");
        Assert.Equal(("nghi-quyet", "của Ban Chấp hành Đảng bộ xã khóa I về phát triển giao thông nông thôn"), (news.Kind, news.Summary));
        Assert.Equal(["Khái quát tình hình"], FirstLevel(news));
    }

    [Fact]
    public void A_title_marked_as_a_draft_imports_as_one_and_a_title_run_into_the_body_is_parted()
    {
        var (draft, _, source) = Import("DỰ THẢO BÁO CÁO CHÍNH TRỊ TRÌNH ĐẠI HỘI NHIỆM KỲ 2025 - 2027", "Phần thứ nhất", "KẾT QUẢ NHIỆM KỲ 2022 – 2025",
            "I. Lãnh đạo thực hiện nhiệm vụ chính trị", "Chi bộ lãnh đạo tốt.");
        Assert.Equal(("bao-cao", true), (draft.Kind, draft.Draft));
        Assert.Contains("du-thao: true\n", source);
        Assert.Equal(["KẾT QUẢ NHIỆM KỲ 2022 – 2025"], FirstLevel(draft));

        var (runOn, _, _) = Import("KẾ HOẠCH LAO ĐỘNG TUẦN 07 (NGÀY 28 THÁNG 9 NĂM 2026) Thời gian: 14 giờ ngày 28 tháng 9 năm 2026, thành phần: toàn trường, nội dung công việc cụ thể như sau");
        Assert.Equal("Lao động tuần 07 (ngày 28 tháng 9 năm 2026)", runOn.Summary);
        Assert.StartsWith("Thời gian: 14 giờ", Assert.IsType<DraftParagraph>(runOn.Body[0]).Text);
    }

    [Fact]
    public void A_resolutions_enacting_authority_and_its_decision_part_have_their_places()
    {
        var (document, _, source) = Import("HỘI ĐỒNG NHÂN DÂN", "TỈNH HÙNG AN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc",
            "Số: 01/NQ-HĐND", "Hùng An, ngày 13 tháng 7 năm 2026", "NGHỊ QUYẾT", "VỀ VIỆC ĐIỀU CHỈNH MỘT SỐ CHỈ TIÊU NĂM 2026",
            "HỘI ĐỒNG NHÂN DÂN TỈNH HÙNG AN", "KHÓA I - KỲ HỌP THỨ 6", "Căn cứ Luật Tổ chức chính quyền địa phương;",
            "Xét Tờ trình số 190/TTr-UBND ngày 04 tháng 7 năm 2026 của Ủy ban nhân dân tỉnh;", "QUYẾT NGHỊ:",
            "Điều 1. Điều chỉnh một số chỉ tiêu như sau:", "1. Điều chỉnh tốc độ tăng trưởng kinh tế là: 7,0 - 7,5%. Trong đó:",
            "- Nông nghiệp: 2,5 - 2,9%;");
        Assert.Equal(["HỘI ĐỒNG NHÂN DÂN TỈNH HÙNG AN", "KHÓA I - KỲ HỌP THỨ 6"], document.Enacting);
        Assert.Equal(2, document.Basis.Count);
        // The colon as typed: the line prints again as it was ("QUYẾT NGHỊ:").
        Assert.Equal(["QUYẾT NGHỊ:"], FirstLevel(document));
        Assert.True(document.Body.OfType<DraftHeading>().Single().Unnumbered);
        Assert.Single(document.Body.OfType<DraftNumbered>());
        Assert.Contains("tham-quyen-ban-hanh:\n  - \"HỘI ĐỒNG NHÂN DÂN TỈNH HÙNG AN\"", source);
        Assert.Contains("# QUYẾT NGHỊ: {-}", source);
    }

    [Fact]
    public void Without_its_title_line_a_document_takes_its_kind_from_its_numbers_symbol()
    {
        var (document, diagnostics, _) = Import("- 1Quyết định 672/QĐ-UBND phê duyệt kế hoạch", "HỘI ĐỒNG NHÂN DÂN XÃ HÙNG AN | CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM |",
            "Số: 97/NQ-HĐND | Hùng An, ngày 10 tháng 7 năm 2026 |", "VỀ VIỆC THÔNG QUA KẾ HOẠCH SỬ DỤNG ĐẤT", "HỘI ĐỒNG NHÂN DÂN TỈNH HÙNG AN",
            "Căn cứ Luật Đất đai;", "Căn cứ Nghị định số 43/2014/NĐ-CP;");
        Assert.Equal(("nghi-quyet", "97/NQ-HĐND", "Về việc thông qua kế hoạch sử dụng đất", 2),
            (document.Kind, document.Number, document.Summary, document.Basis.Count));
        Assert.Contains(diagnostics.Items, d => d.Rule == Rules.ImportCorrected && d.Message.Contains("theo ký hiệu", StringComparison.Ordinal));
    }

    [Fact]
    public void An_outline_renumbered_by_a_list_keeps_its_levels()
    {
        // "I." turned into "1." by a list's numbering, the next part still "II.".
        var (auto, _, _) = Import("KẾ HOẠCH", "Năm học 2026", "1. CĂN CỨ XÂY DỰNG KẾ HOẠCH", "Quyết định số 20/QĐ-UBND;", "II. ĐẶC ĐIỂM TÌNH HÌNH:",
            "1.Đặc điểm kinh tế", "Xã có nhiều khó khăn.");
        Assert.Equal(["CĂN CỨ XÂY DỰNG KẾ HOẠCH", "ĐẶC ĐIỂM TÌNH HÌNH:"], FirstLevel(auto));
        // The first "I." lost: "1." sits under it, "II." is the first level.
        var (lost, _, _) = Import("KẾ HOẠCH", "Giám sát chương trình", "1. Mục đích", "Theo dõi việc thực hiện.", "2. Yêu cầu", "Đúng thời hạn.",
            "II. ĐỐI TƯỢNG GIÁM SÁT", "1. Đối tượng", "Các cơ quan.");
        Assert.Equal(["ĐỐI TƯỢNG GIÁM SÁT"], FirstLevel(lost));
        // Parts lettered or numbered, and "Phần 2" with no part 1 before it no part.
        var (parts, _, _) = Import("KẾ HOẠCH", "Năm học 2026", "Phần A. Đánh giá tình hình", "I. Tình hình trường", "Trường có 10 lớp.",
            "PHẦN 2: Nhiệm vụ năm học", "I. Nhiệm vụ chung", "Dạy tốt.");
        Assert.Equal(["Đánh giá tình hình", "Nhiệm vụ năm học"], FirstLevel(parts));
        var (article, _, _) = Import("Phần 2: TƯƠNG LAI PHÁT TRIỂN (trích báo cáo)", "MỤC TIÊU NHIỆM KỲ 2026-2030", "Dự báo tình hình", "Tổng công ty có thuận lợi.");
        Assert.Empty(FirstLevel(article));
    }

    [Fact]
    public void Numbered_sentences_stay_a_list_and_a_flipbooks_page_mark_is_no_heading()
    {
        var (document, _, _) = Import("NGHỊ QUYẾT", "Đại hội Chi bộ nhiệm kỳ 2025 - 2027", "Đại hội đã thống nhất:",
            "1. Đánh giá kết quả lãnh đạo của Chi bộ trong nhiệm kỳ qua.",
            "2. Đại hội thống nhất phương hướng, mục tiêu và nhiệm vụ của Chi bộ trong nhiệm kỳ mới với các nội dung như sau:",
            "* Về phát triển số lượng:", "- Huy động 60% số trẻ đến trường.", "P. 5");
        Assert.Empty(FirstLevel(document));
        Assert.Equal(2, document.Body.OfType<DraftNumbered>().Count());
    }

    [Fact]
    public void A_resolutions_items_under_Roman_numerals_are_numbered_paragraphs_not_parts()
    {
        var (document, _, source) = Import("NGHỊ QUYẾT", "ĐẠI HỘI CHI BỘ NHIỆM KỲ 2025 – 2027", "QUYẾT NGHỊ:",
            "I- Tán thành báo cáo chính trị của Chi ủy trình Đại hội, với các mục tiêu, nhiệm vụ đã đề ra cho nhiệm kỳ.",
            "II- Giao Chi ủy khóa mới căn cứ Nghị quyết Đại hội xây dựng chương trình hành động để thực hiện.",
            "III. KẾT QUẢ BẦU CỬ", "Đại hội đã bầu Chi ủy gồm 03 đồng chí.");
        Assert.Equal(["QUYẾT NGHỊ:", "KẾT QUẢ BẦU CỬ"], FirstLevel(document));
        Assert.Equal(2, document.Body.OfType<DraftNumbered>().Count());
        Assert.Contains("1. Tán thành báo cáo chính trị", source);
    }

    [Fact]
    public void A_list_run_into_one_line_is_parted_at_its_items()
    {
        var items = string.Join(" ", Enumerable.Range(1, 6).Select(i => $"{i}. Chỉ tiêu thứ {i} của nhiệm kỳ đạt {60 + i}% trở lên."));
        var (document, _, _) = Import($"CÁC CHỈ TIÊU CHỦ YẾU TRONG NHIỆM KỲ 2025-2030 I. Về kinh tế (3 chỉ tiêu) {items} II. Về xã hội (3 chỉ tiêu) 7. Chỉ tiêu thứ bảy đạt 90%.");
        Assert.Equal(["Về kinh tế (3 chỉ tiêu)", "Về xã hội (3 chỉ tiêu)"], FirstLevel(document));
    }

    [Fact]
    public void A_drafts_blank_date_gives_the_place_and_says_the_date_is_missing()
    {
        var (document, diagnostics, _) = Import("UBND QUẬN HÙNG AN", "TRƯỜNG THCS HÙNG AN", "CỘNG HOÀ XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Số:         /NQ-THCSHA",
            "Hùng An, ngày       tháng   năm 2026", "NGHỊ QUYẾT", "Về mục tiêu nhiệm kỳ 2025 – 2030");
        Assert.Equal(("Hùng An", null, "/NQ-THCSHA"), (document.Place, document.Date, document.Number));
        Assert.Contains(diagnostics.Items, d => d.Rule == Rules.ImportNotFound && d.Message.Contains("để trống", StringComparison.Ordinal));
        Assert.DoesNotContain(diagnostics.Items, d => d.Rule == Rules.ImportUnplaced);
    }

    [Fact]
    public void Basis_in_other_words_and_run_together_counts_each_one()
    {
        var (school, _, _) = Import("KẾ HOẠCH", "Năm học 2026", "Căn cứ Quyết định số 16/QĐ-UBND;", "Công văn số 18/SGDĐT-GDTH về nhiệm vụ năm học;",
            "Căn cứ kết quả năm học trước. Trường xây dựng kế hoạch như sau:", "I. MỤC TIÊU", "Dạy tốt.");
        Assert.Equal(3, school.Basis.Count);
        var (cell, _, _) = Import("NGHỊ QUYẾT", "ĐẠI HỘI CHI BỘ NHIỆM KỲ 2025 – 2027", "Thực hiện Kế hoạch số 08-KH/ĐU ngày 22/11/2024 của Đảng ủy xã;",
            "Đại hội chi bộ đã họp ngày 15 tháng 01 năm 2025.");
        Assert.Single(cell.Basis);
        var (joined, _, _) = Import("KẾ HOẠCH", "Năm học 2026", "Căn cứ kế hoạch số 12/KH-GDĐT ngày 09/9/2025; Căn cứ tình hình thực tiễn của nhà trường.", "C. NHIỆM VỤ CHUNG", "Dạy tốt.");
        Assert.Equal(2, joined.Basis.Count);
    }

    [Fact]
    public void A_decisions_number_names_it_where_its_title_line_is_damaged()
    {
        var diagnostics = new DiagnosticBag();
        var result = Importer.Import("kl.txt", Encoding.UTF8.GetBytes("TỈNH ỦY HÙNG AN\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 445-KL/TU\nHùng An, ngày 13 tháng 5 năm 2026\nK ÉT LUẬN\nHỘI NGHỊ LẦN THỨ BẢY\n"), diagnostics);
        Assert.Null(result.Source);
        Assert.Contains(diagnostics.Items, d => d.Rule == Rules.ImportNotPlanning && d.Message.Contains("kết luận", StringComparison.Ordinal));
    }
}

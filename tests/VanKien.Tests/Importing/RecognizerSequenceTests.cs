using System.Text;
using VanKien.Diagnostics;
using VanKien.Importing;

namespace VanKien.Tests.Importing;

/// <summary>
/// What a real document's numbering and closing ask of the recogniser: letter groups told from
/// Roman numerals by the sequence they continue, a numbered sentence that ends in a quotation kept
/// as a numbered paragraph, a table header printed again on each page kept once, and a name alone
/// at the end taken as the signer.
/// </summary>
public class RecognizerSequenceTests
{
    private const string Head = "ĐẢNG BỘ XÃ HÙNG AN\nCHI BỘ TRƯỜNG TIỂU HỌC HÙNG AN\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 05-CTr/CB\nHùng An, ngày 05 tháng 3 năm 2026\nCHƯƠNG TRÌNH CÔNG TÁC\nNăm 2026\n";

    private static (ImportedDocument Document, DiagnosticBag Diagnostics) Import(string body)
    {
        var diagnostics = new DiagnosticBag();
        var result = Importer.Import("ctr.txt", Encoding.UTF8.GetBytes(Head + body), diagnostics);
        return (result.Document!, diagnostics);
    }

    private static List<(int Level, string Text)> Headings(ImportedDocument document) =>
        document.Body.OfType<DraftHeading>().Select(h => (h.Level, h.Text)).ToList();

    [Fact]
    public void C_after_B_is_the_third_group_and_not_a_roman_hundred()
    {
        var (document, _) = Import("A. CÔNG TÁC CHÍNH TRỊ\n1. Học tập nghị quyết\nB. CÔNG TÁC TỔ CHỨC\n1. Sinh hoạt chi bộ\nC. CÔNG TÁC KIỂM TRA\n1. Kiểm tra đảng viên\n");
        Assert.Equal([(1, "CÔNG TÁC CHÍNH TRỊ"), (2, "Học tập nghị quyết"), (1, "CÔNG TÁC TỔ CHỨC"), (2, "Sinh hoạt chi bộ"), (1, "CÔNG TÁC KIỂM TRA"), (2, "Kiểm tra đảng viên")], Headings(document));
    }

    [Fact]
    public void A_document_that_starts_at_C_reads_it_as_a_letter_and_roman_numerals_still_count()
    {
        var (document, _) = Import("C. NHIỆM VỤ CHUNG\n1. Nhiệm vụ trọng tâm\n");
        Assert.Equal([(1, "NHIỆM VỤ CHUNG"), (2, "Nhiệm vụ trọng tâm")], Headings(document));
        var (roman, _) = Import("I. MỤC ĐÍCH\nII. NỘI DUNG\nIII. TỔ CHỨC\nIV. KINH PHÍ\nV. CHẾ ĐỘ BÁO CÁO\n");
        Assert.Equal([1, 1, 1, 1, 1], Headings(roman).Select(h => h.Level));
    }

    [Fact]
    public void A_numbered_sentence_ending_in_a_quotation_is_a_numbered_paragraph()
    {
        var (document, _) = Import("I. NHIỆM VỤ\n1. Phát động phong trào \"Dạy tốt, học tốt.\"\n2. Tổ chức hội thi giáo viên giỏi cấp trường.\n");
        Assert.Equal([(1, "NHIỆM VỤ")], Headings(document));
        Assert.Equal(["Phát động phong trào \"Dạy tốt, học tốt.\"", "Tổ chức hội thi giáo viên giỏi cấp trường."], document.Body.OfType<DraftNumbered>().Select(n => n.Text));
    }

    [Fact]
    public void A_header_row_printed_again_is_kept_once()
    {
        var (document, diagnostics) = Import("I. LỊCH CÔNG TÁC\nTháng\tNội dung\n01\tXây dựng chương trình\nTháng\tNội dung\n02\tSinh hoạt chuyên đề\n");
        var table = Assert.Single(document.Body.OfType<DraftTable>());
        Assert.Equal(["Tháng|Nội dung", "01|Xây dựng chương trình", "02|Sinh hoạt chuyên đề"], table.Rows.Select(r => string.Join("|", r)));
        Assert.Contains(diagnostics.Items, d => d.Rule == Rules.ImportCorrected && d.Message.Contains("lặp lại", StringComparison.Ordinal));
    }

    [Fact]
    public void A_name_alone_at_the_end_is_the_signer_not_one_more_recipient()
    {
        var (document, _) = Import("I. NHIỆM VỤ\nSinh hoạt chi bộ đúng kỳ.\nNơi nhận:\n- Đảng ủy xã (b/c);\n- Lưu Chi bộ.\nNguyễn Thị Lan\n");
        Assert.Equal(["Đảng ủy xã (b/c)", "Lưu Chi bộ"], document.Recipients);
        Assert.Equal("Nguyễn Thị Lan", document.Signer);
    }

    [Fact]
    public void Title_and_summary_on_one_line_and_a_basis_section_of_dashed_items_are_read_as_such()
    {
        var diagnostics = new DiagnosticBag();
        var text = "ĐẢNG BỘ XÃ HÙNG AN\nCHI BỘ TRƯỜNG THCS HÙNG AN\nĐẢNG CỘNG SẢN VIỆT NAM\nSố 03-CTr/CB\nHùng An, ngày 10 tháng 01 năm 2026\n" +
                   "CHƯƠNG TRÌNH CÔNG TÁC TOÀN KHÓA CỦA CHI BỘ Nhiệm kỳ 2025 - 2030\n1. Căn cứ:\n- Điều lệ Đảng Cộng sản Việt Nam;\n- Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 - 2030.\n" +
                   "I. MỤC TIÊU\nXây dựng chi bộ trong sạch vững mạnh.\n";
        var document = Importer.Import("ctr.txt", Encoding.UTF8.GetBytes(text), diagnostics).Document!;
        Assert.Equal(("chuong-trinh-cong-tac", "03-CTr/CB", "CHI BỘ TRƯỜNG THCS HÙNG AN", "Hùng An"), (document.Kind, document.Number, document.IssuingBody, document.Place));
        Assert.Equal("Toàn khóa của chi bộ nhiệm kỳ 2025 - 2030", document.Summary);
        Assert.Equal(["Căn cứ Điều lệ Đảng Cộng sản Việt Nam", "Căn cứ Nghị quyết Đại hội Chi bộ nhiệm kỳ 2025 - 2030"], document.Basis);
        Assert.Equal([(1, "MỤC TIÊU")], Headings(document));
        Assert.DoesNotContain(diagnostics.Items, d => d.Rule == Rules.ImportUnplaced);
    }
}

using System.Text;
using VanKien.Diagnostics;
using VanKien.Importing;

namespace VanKien.Tests.Importing;

/// <summary>
/// What web pages and converters leave in a document's text, as the importer meets it: emphasis
/// markers around digits, a capitalised "Ngày", HTML tags and entities, dates in figures, a number
/// left blank for the văn thư. Each line here is of a kind the corpus shows (written for the test).
/// </summary>
public class ConverterResidueTests
{
    private static (ImportedDocument Document, DiagnosticBag Diagnostics, string Source) Import(params string[] lines)
    {
        var diagnostics = new DiagnosticBag();
        var result = Importer.Import("ke-hoach.txt", Encoding.UTF8.GetBytes(string.Join("\n", lines) + "\n"), diagnostics);
        return (result.Document!, diagnostics, result.Source!);
    }

    private static readonly string[] Opening = ["ĐẢNG BỘ XÃ HÙNG AN", "CHI BỘ TRƯỜNG TIỂU HỌC HÙNG AN", "ĐẢNG CỘNG SẢN VIỆT NAM"];

    [Theory]
    [InlineData("Hùng An, Ngày *05* tháng *3* năm 2026", "2026-03-05")]
    [InlineData("Hùng An, ngày **05** tháng **03** năm **2026**", "2026-03-05")]
    [InlineData("Hùng An, ngày  5  tháng  3  năm 2026", "2026-03-05")]
    [InlineData("Hùng An, ngày 30/10/2025", "2025-10-30")]
    [InlineData("Hùng An, 30-10-2025", "2025-10-30")]
    [InlineData("<p>Hùng An, ngày 05 tháng 3 năm 2026</p>", "2026-03-05")]
    [InlineData("Hùng An,&nbsp;ngày 05 tháng 3 năm 2026", "2026-03-05")]
    public void The_date_line_is_read_through_its_residue(string line, string date)
    {
        var (document, diagnostics, _) = Import([.. Opening, "Số 05-KH/CB", line, "KẾ HOẠCH", "Sinh hoạt chuyên đề"]);
        Assert.Equal(("Hùng An", DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture)), (document.Place, document.Date));
        Assert.DoesNotContain(diagnostics.Items, d => d.Rule == Rules.ImportUnplaced);
    }

    [Theory]
    [InlineData("Số      -KH/CB", "-KH/CB")]
    [InlineData("Số: *XX* -KH/CB", "-KH/CB")]
    [InlineData("Số: ..... -KH/CB", "-KH/CB")]
    [InlineData("Số: …/KH-UBND", "/KH-UBND")]
    [InlineData("SỐ: 05-KH/CB", "05-KH/CB")]
    public void A_number_left_blank_imports_as_a_drafts_symbol(string line, string number)
    {
        var (document, diagnostics, source) = Import([.. Opening, line, "Hùng An, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Sinh hoạt chuyên đề"]);
        Assert.Equal(number, document.Number);
        Assert.Contains($"so: \"{number}\"", source);
        Assert.DoesNotContain(diagnostics.Items, d => d.Rule == Rules.ImportUnplaced);
    }

    [Fact]
    public void Tags_and_emphasis_inside_body_lines_and_cells_are_taken_out_and_never_glue_words()
    {
        var (_, _, source) = Import([.. Opening, "Số 05-KH/CB", "Hùng An, ngày 05 tháng 3 năm 2026", "KẾ HOẠCH", "Sinh hoạt chuyên đề",
            "I. MỤC ĐÍCH", "Chi bộ <i>tổ chức</i> sinh hoạt <b>04</b> buổi trong năm&nbsp;2026.",
            "Nội dung\tThời gian", "<p>Học tập nghị quyết</p><p>Thảo luận</p>\tQuý I"]);
        Assert.Contains("Chi bộ tổ chức sinh hoạt 04 buổi trong năm 2026.", source);
        Assert.Contains("Học tập nghị quyết Thảo luận", source);
        Assert.DoesNotContain("<", source.Split("---")[2]);
        Assert.DoesNotContain("&nbsp;", source);
    }
}

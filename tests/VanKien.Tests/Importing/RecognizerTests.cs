using System.Text;
using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Tests.Support;

namespace VanKien.Tests.Importing;

/// <summary>How the recogniser reads a plain-text document whose author typed every kind of numbering, some of it skipping.</summary>
public class RecognizerTests
{
    private const string Report =
        "ĐẢNG BỘ XÃ HÙNG AN\n" +
        "CHI BỘ TRƯỜNG MẦM NON VIỆT HỒNG\n" +
        "*\n" +
        "ĐẢNG CỘNG SẢN VIỆT NAM\n" +
        "Số 08 - BC/CB\n" +
        "Hùng An, ngày 20 tháng 12 năm 2025\n" +
        "\n" +
        "BÁO CÁO\n" +
        "Kết quả thực hiện Chương trình hành động năm 2025\n" +
        "\n" +
        "Căn cứ Chương trình hành động số 05-CTr/CB, ngày 01/10/2025 của Chi bộ;\n" +
        "Chi bộ báo cáo kết quả như sau:\n" +
        "PHẦN THỨ NHẤT\n" +
        "KẾT QUẢ THỰC HIỆN\n" +
        "I. Công tác xây dựng Đảng\n" +
        "1. Chính trị tư tưởng\n" +
        "1.1. Học tập nghị quyết\n" +
        "a) Ở chi bộ\n" +
        "- 100% đảng viên được học tập.\n" +
        "+ Trong đó 90% viết thu hoạch.\n" +
        "3. Tổ chức\n" +
        "1. Chi bộ duy trì sinh hoạt định kỳ hằng tháng, đúng quy định của Điều lệ Đảng.\n" +
        "Nội dung sinh hoạt có chuyên đề.\n" +
        "III. Kết quả các chỉ tiêu\n" +
        "Chỉ tiêu\tGiá trị đề ra\tKết quả\n" +
        "Tỷ lệ trẻ đến trường\t> 90%\t89%\n" +
        "PHẦN THỨ HAI: PHƯƠNG HƯỚNG NĂM 2026\n" +
        "I. Nhiệm vụ\n" +
        "Giữ vững chuẩn quốc gia mức độ 1.\n" +
        "Nơi nhận:\n" +
        "- Đảng ủy xã (b/c);\n" +
        "- Lưu Chi bộ.\n" +
        "TM. CHI BỘ\n" +
        "BÍ THƯ\n" +
        "(Đã ký)\n" +
        "Nguyễn Thị A\n";

    private static (ImportedDocument Document, DiagnosticBag Diagnostics, string Source) Import(string text)
    {
        var diagnostics = new DiagnosticBag();
        var result = Importer.Import("bao-cao.txt", Encoding.UTF8.GetBytes(text), diagnostics);
        return (result.Document!, diagnostics, result.Source!);
    }

    [Fact]
    public void Headings_take_their_level_from_the_order_the_numbering_kinds_appear_not_from_their_numbers()
    {
        var (document, _, _) = Import(Report);

        var headings = document.Body.OfType<DraftHeading>().Select(h => (h.Level, h.Text)).ToList();
        Assert.Equal(
        [
            (1, "KẾT QUẢ THỰC HIỆN"), (2, "Công tác xây dựng Đảng"), (3, "Chính trị tư tưởng"), (4, "Học tập nghị quyết"),
            (5, "Ở chi bộ"), (3, "Tổ chức"), (2, "Kết quả các chỉ tiêu"), (1, "PHƯƠNG HƯỚNG NĂM 2026"), (2, "Nhiệm vụ"),
        ], headings);
    }

    [Fact]
    public void Lists_numbered_paragraphs_and_tables_are_told_apart()
    {
        var (document, _, _) = Import(Report);

        Assert.Equal([(0, "100% đảng viên được học tập."), (1, "Trong đó 90% viết thu hoạch.")],
            document.Body.OfType<DraftBullet>().Select(b => (b.Depth, b.Text)));
        var item = Assert.Single(document.Body.OfType<DraftNumbered>());
        Assert.Equal(["Nội dung sinh hoạt có chuyên đề."], item.More);
        var table = Assert.Single(document.Body.OfType<DraftTable>());
        Assert.Equal(["Tỷ lệ trẻ đến trường", "> 90%", "89%"], table.Rows[1]);
    }

    [Fact]
    public void The_frame_is_read_from_its_lines_and_written_by_the_standard()
    {
        var (document, diagnostics, _) = Import(Report);

        Assert.Equal(("bao-cao", "08-BC/CB", "ĐẢNG BỘ XÃ HÙNG AN", "CHI BỘ TRƯỜNG MẦM NON VIỆT HỒNG"),
            (document.Kind, document.Number, document.SuperiorBody, document.IssuingBody));
        Assert.Equal(("Hùng An", new DateOnly(2025, 12, 20)), (document.Place, document.Date));
        Assert.Equal("Kết quả thực hiện Chương trình hành động năm 2025", document.Summary);
        Assert.Equal(["Căn cứ Chương trình hành động số 05-CTr/CB, ngày 01/10/2025 của Chi bộ"], document.Basis);
        Assert.Equal(["Đảng ủy xã (b/c)", "Lưu Chi bộ"], document.Recipients);
        Assert.Equal(("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị A"), (document.Authority, document.Position, document.Signer));
        Assert.Empty(document.Unplaced);
        Assert.Contains(diagnostics.Items, d => d.Rule == Rules.ImportCorrected && d.Message.Contains("\"08 - BC/CB\"", StringComparison.Ordinal));
    }

    [Fact]
    public void The_written_source_checks_and_keeps_markdown_characters_as_text()
    {
        // Characters Markdown reads as syntax, in text (an emphasis pair or an HTML tag is a converter's residue, taken out: ConverterResidueTests).
        var text = Report.Replace("Giữ vững chuẩn quốc gia mức độ 1.", "2. Giữ vững chuẩn 5 * 3 [mức độ 1] & a < b _x_ # ::: | ~~", StringComparison.Ordinal)
            .Replace("Giữ vững", "Giữ", StringComparison.Ordinal);
        var (_, _, source) = Import(text.Replace("\n2. Giữ", "\n- 2. Giữ", StringComparison.Ordinal));
        var path = Path.Combine(Repo.NewTempFolder(), "bao-cao.md");
        File.WriteAllText(path, source);

        var built = Compiler.Build(path);

        Assert.False(built.HasErrors, string.Join("\n", built.Diagnostics));
        Assert.Contains("- 2. Giữ chuẩn 5 * 3 [mức độ 1] & a < b _x_ # ::: | ~~", VanKien.Diffing.ReadableText.FromDocx(built.Docx!), StringComparison.Ordinal);
    }

    [Fact]
    public void A_line_that_fits_nowhere_is_reported_with_its_line()
    {
        var (document, diagnostics, source) = Import(Report + "Một dòng lạc sau chữ ký\n");

        var unplaced = Assert.Single(document.Unplaced);
        Assert.Equal(37, unplaced.Location.Line);
        Assert.Contains(diagnostics.Items, d => d.Rule == Rules.ImportUnplaced && d.Location.Line == 37);
        Assert.Contains("1 dòng của bản gốc chưa xếp được", source, StringComparison.Ordinal);
    }
}

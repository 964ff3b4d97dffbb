using System.Text;
using VanKien.Building;
using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Writing;

/// <summary>Body constructs the samples do not all use: nested items, body tables, emphasis.</summary>
public class BodyWriterTests
{
    private static readonly string Valid = File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"));

    private static byte[] Build(string body)
    {
        var result = Compiler.BuildSource("doc.md", Encoding.UTF8.GetBytes(Valid + "\n" + body));
        Assert.Empty(result.Diagnostics.Select(d => d.ToString()));
        return result.Docx!;
    }

    [Fact]
    public void Nested_items_print_plus_under_dash()
    {
        var texts = ParagraphTexts(MainDocument(Build("- Tổ chuyên môn:\n  - Xây dựng kế hoạch;\n  - Kiểm tra nội bộ.\n- Tổ văn phòng.\n")));
        var from = texts.ToList().IndexOf("- Tổ chuyên môn:");
        Assert.Equal(["- Tổ chuyên môn:", "+ Xây dựng kế hoạch;", "+ Kiểm tra nội bộ.", "- Tổ văn phòng."], texts.Skip(from).Take(4));
    }

    [Fact]
    public void A_body_table_is_bordered_fits_the_portrait_width_and_repeats_its_header()
    {
        var docx = Build("| Đơn vị | Nội dung phụ trách | Thời gian |\n|---|---|---|\n| Chi bộ | Lãnh đạo chung | Cả năm |\n");
        Assert.Empty(ValidationErrors(docx));
        var table = MainDocument(docx).Descendants(W + "tbl").Single(t => t.Descendants(W + "t").Any(x => VanKien.Text.NoBreakGroups.AsSpaces(x.Value) == "Đơn vị"));
        var rows = table.Elements(W + "tr").ToList();
        Assert.Equal(2, rows.Count);
        Assert.NotNull(rows[0].Descendants(W + "tblHeader").SingleOrDefault());
        Assert.Equal(11906 - 1701 - 850, table.Element(W + "tblGrid")!.Elements(W + "gridCol").Sum(c => int.Parse(c.Attribute(W + "w")!.Value)));
    }

    [Fact]
    public void Emphasis_is_kept_as_bold_and_italic_runs()
    {
        var xml = MainDocument(Build("Chi bộ **lãnh đạo toàn diện** và *chỉ đạo trực tiếp*.\n"));
        var runs = xml.Descendants(W + "r").Where(r => r.Descendants(W + "t").Any()).ToList();
        var bold = runs.Single(r => r.Descendants(W + "t").Single().Value == "lãnh đạo toàn diện");
        var italic = runs.Single(r => r.Descendants(W + "t").Single().Value == "chỉ đạo trực tiếp");
        Assert.NotNull(bold.Descendants(W + "b").SingleOrDefault());
        Assert.NotNull(italic.Descendants(W + "i").SingleOrDefault());
    }

    [Fact]
    public void Fourth_level_headings_are_lettered()
    {
        var texts = ParagraphTexts(MainDocument(Build("## Mục đích\n\n### Về tư tưởng\n\n#### Học tập\n\n#### Quán triệt\n")));
        Assert.Contains("1. Mục đích", texts);
        Assert.Contains("1.1. Về tư tưởng", texts);
        Assert.Contains("a) Học tập", texts);
        Assert.Contains("b) Quán triệt", texts);
    }
}

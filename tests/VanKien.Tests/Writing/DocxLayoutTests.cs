using System.Xml.Linq;
using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Writing;

/// <summary>The numbers of FORMAT.md, read back from the built packages.</summary>
public class DocxLayoutTests
{
    private static readonly string Program = SampleBuilds.Full("samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md");
    private static readonly string Committee = SampleBuilds.Full("samples/dang-uy-xa-hung-an/chuong-trinh-hanh-dong-16-giao-duc.md");

    private static XDocument DocumentXml(string source) => MainDocument(SampleBuilds.Docx(source));

    private static string? Attr(XElement? element, string name) => element?.Attribute(W + name)?.Value;

    private static XElement Style(string source, string id) =>
        Part(SampleBuilds.Docx(source), "word/styles.xml").Descendants(W + "style").Single(s => Attr(s, "styleId") == id);

    [Fact]
    public void Page_is_A4_portrait_with_the_party_margins_and_no_number_on_page_one()
    {
        var section = DocumentXml(Program).Root!.Element(W + "body")!.Element(W + "sectPr")!;
        var size = section.Element(W + "pgSz")!;
        var margins = section.Element(W + "pgMar")!;
        Assert.Equal(("11906", "16838"), (Attr(size, "w"), Attr(size, "h")));
        // 20, 20, 30, 15 mm.
        Assert.Equal(("1134", "1134", "1701", "850"), (Attr(margins, "top"), Attr(margins, "bottom"), Attr(margins, "left"), Attr(margins, "right")));
        Assert.NotNull(section.Element(W + "titlePg"));
        var references = section.Elements(W + "headerReference").Select(r => Attr(r, "type")).ToList();
        Assert.Equal(["default", "first"], references);

        var docx = SampleBuilds.Docx(Program);
        var defaultHeader = Part(docx, "word/header1.xml").ToString() + Part(docx, "word/header2.xml").ToString();
        Assert.Single(System.Text.RegularExpressions.Regex.Matches(defaultHeader, "PAGE"));
    }

    [Fact]
    public void Body_text_is_Times_New_Roman_14_justified_with_first_line_indent()
    {
        var styles = Part(SampleBuilds.Docx(Program), "word/styles.xml");
        var fonts = styles.Descendants(W + "docDefaults").Descendants(W + "rFonts").Single();
        Assert.Equal("Times New Roman", Attr(fonts, "ascii"));
        Assert.Equal("28", Attr(styles.Descendants(W + "docDefaults").Descendants(W + "sz").Single(), "val"));

        var normal = Style(Program, "Normal");
        Assert.Equal("both", Attr(normal.Descendants(W + "jc").Single(), "val"));
        Assert.Equal("567", Attr(normal.Descendants(W + "ind").Single(), "firstLine"));
        var spacing = normal.Descendants(W + "spacing").Single();
        Assert.True(int.Parse(Attr(spacing, "after")!) >= 120, "paragraph spacing at least 6 pt");
        Assert.InRange(int.Parse(Attr(spacing, "line")!), 288, 360);
    }

    [Fact]
    public void Header_block_has_the_national_line_bodies_number_and_date_in_two_columns()
    {
        var xml = DocumentXml(Program);
        var header = xml.Root!.Element(W + "body")!.Elements().First();
        Assert.Equal("tbl", header.Name.LocalName);
        Assert.Equal(2, header.Element(W + "tblGrid")!.Elements(W + "gridCol").Count());

        var texts = ParagraphTexts(new XDocument(header));
        Assert.Equal(["ĐẢNG BỘ XÃ HÙNG AN", "CHI BỘ TRƯỜNG MẦM NON VIỆT HỒNG", "*", "ĐẢNG CỘNG SẢN VIỆT NAM", "Số 05-CTr/CB", "Hùng An, ngày 01 tháng 10 năm 2025"], texts);

        // Each element of the block has its style, and the style carries FORMAT.md's numbers.
        string StyleOf(string text) => Attr(ParagraphWithText(xml, text).Descendants(W + "pStyle").Single(), "val")!;
        XElement RunOf(string text) => Style(Program, StyleOf(text)).Element(W + "rPr")!;

        var national = RunOf("ĐẢNG CỘNG SẢN VIỆT NAM");
        Assert.NotNull(national.Element(W + "b"));
        Assert.Equal("single", Attr(national.Element(W + "u"), "val"));
        Assert.Equal("30", Attr(national.Element(W + "sz"), "val"));
        var issuer = RunOf("CHI BỘ TRƯỜNG MẦM NON VIỆT HỒNG");
        Assert.NotNull(issuer.Element(W + "b"));
        Assert.Equal("28", Attr(issuer.Element(W + "sz"), "val"));
        Assert.Null(RunOf("ĐẢNG BỘ XÃ HÙNG AN").Element(W + "b"));
        Assert.NotNull(RunOf("Hùng An, ngày 01 tháng 10 năm 2025").Element(W + "i"));
        Assert.Null(RunOf("Số 05-CTr/CB").Element(W + "b"));
        // A layout table must not flag its first row as a header, or pandoc reads it as one.
        Assert.NotEqual("1", Attr(header.Descendants(W + "tblLook").Single(), "firstRow"));
    }

    [Fact]
    public void Title_and_summary_follow_the_header_block()
    {
        var texts = ParagraphTexts(DocumentXml(Program));
        var title = texts.ToList().IndexOf("CHƯƠNG TRÌNH HÀNH ĐỘNG");
        Assert.True(title > 0);
        Assert.Equal("Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I, nhiệm kỳ 2025 - 2030", texts[title + 1]);
        var kindStyle = Style(Program, "VkKindTitle");
        Assert.Equal("32", Attr(kindStyle.Descendants(W + "sz").Single(), "val"));
        Assert.NotNull(kindStyle.Descendants(W + "b").SingleOrDefault());
    }

    [Fact]
    public void Headings_are_numbered_by_the_compiler_without_skipping()
    {
        var xml = DocumentXml(Program);
        string[] Level(string style) => xml.Descendants(W + "p")
            .Where(p => p.Descendants(W + "pStyle").Any(s => Attr(s, "val") == style))
            .Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)))
            .ToArray();

        // The seed jumps from III to V; the compiler numbers IV.
        Assert.Equal(["I. MỤC ĐÍCH, YÊU CẦU", "II. MỤC TIÊU", "III. NHIỆM VỤ VÀ GIẢI PHÁP", "IV. TỔ CHỨC THỰC HIỆN"], Level("Heading1"));
        Assert.Equal(
            ["2.1. Về xây dựng Đảng và hệ thống chính trị", "2.2. Về nâng cao chất lượng giáo dục", "2.3. Về đội ngũ cán bộ, giáo viên, nhân viên",
             "2.4. Về công tác cải cách hành chính, ứng dụng công nghệ thông tin và chuyển đổi số", "2.5. Về xây dựng môi trường giáo dục và an sinh",
             "2.6. Về tham gia phát triển kinh tế - xã hội địa phương"],
            Level("Heading3"));
        Assert.StartsWith("1. Mục đích", Level("Heading2")[0]);
        Assert.StartsWith("6. Cán bộ, đảng viên", Level("Heading2")[^1]);
    }

    [Fact]
    public void Targets_bases_and_lists_carry_the_standards_punctuation()
    {
        var texts = ParagraphTexts(DocumentXml(Program));
        Assert.Contains("- 100% đảng viên hoàn thành nhiệm vụ, trong đó 90% trở lên hoàn thành tốt nhiệm vụ, không có đảng viên không hoàn thành nhiệm vụ.", texts);
        Assert.Contains("Căn cứ tình hình thực tế của chi bộ,", texts);
        Assert.EndsWith("nhiệm kỳ 2025 - 2030;", texts.Single(t => t.StartsWith("Căn cứ Nghị quyết số 01-NQ/ĐH", StringComparison.Ordinal)));
    }

    [Fact]
    public void Recipients_and_signature_stand_side_by_side()
    {
        var xml = DocumentXml(Program);
        var row = xml.Descendants(W + "tr").Single(tr => tr.Descendants(W + "t").Any(t => t.Value == "Nơi nhận:"));
        var cells = row.Elements(W + "tc").Select(tc => ParagraphTexts(new XDocument(tc))).ToList();
        Assert.Equal(["Nơi nhận:", "- Đảng ủy xã (b/c);", "- Đảng viên chi bộ (t/h);", "- Lưu Chi bộ."], cells[0]);
        Assert.Equal(["T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị A"], cells[1].Where(t => t.Length > 0));
        Assert.NotNull(Style(Program, "VkAuthority").Descendants(W + "b").SingleOrDefault());
        Assert.Null(Style(Program, "VkPosition").Descendants(W + "b").SingleOrDefault()); // FORMAT.md: position regular
        Assert.NotNull(Style(Program, "VkSignerName").Descendants(W + "b").SingleOrDefault());
        Assert.Equal("single", Attr(Style(Program, "VkRecipientsLabel").Descendants(W + "u").Single(), "val"));
        Assert.Equal("24", Attr(Style(Program, "VkRecipient").Descendants(W + "sz").Single(), "val"));
    }

    [Fact]
    public void The_state_header_is_one_size_step_of_NĐ_30_and_its_number_and_date_are_one_size()
    {
        var plan = SampleBuilds.Full("samples/ubnd-xa-hung-an/ke-hoach-giao-duc-2026.md");
        string Size(string id) => Attr(Style(plan, id).Descendants(W + "sz").Single(), "val")!;
        // Half-points: national line 12, motto 13, bodies 12, number 13, place and date 13.
        Assert.Equal(("24", "26", "24", "26", "26"), (Size("VkNationalLine"), Size("VkMotto"), Size("VkIssuingBody"), Size("VkNumber"), Size("VkPlaceDate")));

        var body = DocumentXml(plan).Root!.Element(W + "body")!;
        // The committee on one line, its commune on the next — not "ỦY BAN NHÂN DÂN XÃ HÙNG / AN".
        var issuer = body.Descendants(W + "p").First(p => p.Descendants(W + "pStyle").Any(s => Attr(s, "val") == "VkIssuingBody"));
        Assert.Equal(["ỦY BAN NHÂN DÂN", "\n", "XÃ HÙNG AN"], issuer.Descendants().Where(e => e.Name == W + "t" || e.Name == W + "br").Select(e => e.Name == W + "br" ? "\n" : e.Value));
        // Its rule and the summary's sit right under their text (a 6 pt paragraph, not an empty line's height).
        var rules = body.Descendants(W + "p").Where(p => p.Descendants(W + "pBdr").Any()).ToList();
        Assert.Equal(2, rules.Count);
        Assert.All(rules, r => Assert.Equal(("120", "exact"), (Attr(r.Descendants(W + "spacing").Single(), "line"), Attr(r.Descendants(W + "spacing").Single(), "lineRule"))));
        // The summary's rule is 1/3 to 1/2 of the line above it; the summary fills the text width (two lines).
        var textWidth = 11906 - 1701 - 850;
        var ind = rules[1].Descendants(W + "ind").Single();
        var length = textWidth - int.Parse(Attr(ind, "left")!) - int.Parse(Attr(ind, "right")!);
        Assert.InRange(length, textWidth / 3, textWidth / 2);
    }

    [Fact]
    public void Appendix_is_a_landscape_section_with_a_repeating_table_header()
    {
        var xml = DocumentXml(Committee);
        var body = xml.Root!.Element(W + "body")!;
        var final = body.Element(W + "sectPr")!.Element(W + "pgSz")!;
        Assert.Equal(("16838", "11906", "landscape"), (Attr(final, "w"), Attr(final, "h"), Attr(final, "orient")));
        var portrait = body.Elements(W + "p").Select(p => p.Descendants(W + "sectPr").SingleOrDefault()).Single(s => s is not null)!;
        Assert.Equal("11906", Attr(portrait.Element(W + "pgSz"), "w"));
        // Bound with the portrait pages along its top edge: the binding's 30 mm at the top, the portrait
        // right margin at the foot, the portrait top and bottom at the sides.
        var turned = body.Element(W + "sectPr")!.Element(W + "pgMar")!;
        var upright = portrait.Element(W + "pgMar")!;
        Assert.Equal((Attr(upright, "left"), Attr(upright, "right"), Attr(upright, "top"), Attr(upright, "bottom")),
            (Attr(turned, "top"), Attr(turned, "bottom"), Attr(turned, "left"), Attr(turned, "right")));
        Assert.Equal(("1701", "850"), (Attr(turned, "top"), Attr(turned, "bottom")));

        var texts = ParagraphTexts(xml);
        var appendix = texts.ToList().IndexOf("PHỤ LỤC");
        Assert.True(appendix > texts.ToList().IndexOf("Trần Văn Vy"), "the appendix follows the signature");
        Assert.Equal("CÁC NHIỆM VỤ TRỌNG TÂM", texts[appendix + 1]);
        Assert.Contains("(Kèm theo Chương trình hành động số 16-CTr/ĐU, ngày 25/3/2026 của Ban Chấp hành Đảng bộ xã)", texts);

        var table = body.Elements(W + "tbl").Last();
        var rows = table.Elements(W + "tr").ToList();
        Assert.Equal(16, rows.Count);
        Assert.NotNull(rows[0].Descendants(W + "tblHeader").SingleOrDefault());
        Assert.All(rows.Skip(1), r => Assert.Empty(r.Descendants(W + "tblHeader")));
        Assert.Equal("single", Attr(table.Descendants(W + "tblBorders").Single().Element(W + "top"), "val"));
        Assert.Equal(
            ["STT", "Nội dung nhiệm vụ", "Thời gian thực hiện", "Cơ quan chủ trì", "CQ phối hợp/thực hiện", "Kết quả/Chỉ tiêu"],
            rows[0].Elements(W + "tc").Select(tc => VanKien.Text.NoBreakGroups.AsSpaces(string.Concat(tc.Descendants(W + "t").Select(t => t.Value)))));
        var widths = table.Element(W + "tblGrid")!.Elements(W + "gridCol").Select(c => int.Parse(Attr(c, "w")!)).ToList();
        // The landscape page's width less its side margins, the portrait top and bottom ones (20 mm each).
        Assert.Equal(16838 - 1134 - 1134, widths.Sum());
    }

    [Fact]
    public void Numbered_tasks_are_numbered_consecutively()
    {
        var texts = ParagraphTexts(DocumentXml(Committee));
        var numbers = texts.Select(t => System.Text.RegularExpressions.Regex.Match(t, @"^(\d+)\. ")).Where(m => m.Success)
            .Select(m => int.Parse(m.Groups[1].Value)).ToList();
        Assert.Equal([.. Enumerable.Range(1, 11), .. Enumerable.Range(1, 5)], numbers);
    }
}

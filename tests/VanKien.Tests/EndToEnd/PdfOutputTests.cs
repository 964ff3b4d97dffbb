using System.Text.RegularExpressions;
using VanKien.Tests.Support;

namespace VanKien.Tests.EndToEnd;

/// <summary>
/// Every sample — each kind, Party and state frames — built to PDF through LibreOffice, for real:
/// one LibreOffice start for all; Vietnamese text intact; every font embedded; margins as
/// FORMAT.md sets them; page 1 and the signature page laid out as the standard describes.
/// </summary>
[Trait("Speed", "Slow")]
public class PdfOutputTests(PdfRendering rendering) : IClassFixture<PdfRendering>
{
    private const double PointsPerMm = 72 / 25.4;

    public sealed record Expected(string TopLeft, string NationalLine, string? Motto, string Number, string PlaceDate, string Title, string FirstHeading, string Authority);

    private static readonly Dictionary<string, Expected> Samples = new()
    {
        ["chi-bo-mam-non-viet-hong.chuong-trinh-hanh-dong-2025-2030"] = new("ĐẢNG BỘ XÃ HÙNG AN", "ĐẢNG CỘNG SẢN VIỆT NAM", null, "Số 05-CTr/CB", "Hùng An, ngày 01 tháng 10 năm 2025", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "I. MỤC ĐÍCH, YÊU CẦU", "T/M CHI BỘ"),
        ["chi-bo-mam-non-tien-cuong.chuong-trinh-hanh-dong-2023"] = new("ĐẢNG BỘ XÃ TIÊN CƯỜNG", "ĐẢNG CỘNG SẢN VIỆT NAM", null, "Số 01-CTr/CB", "Tiên Cường, ngày 16 tháng 01 năm 2023", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "I. MỤC ĐÍCH YÊU CẦU", "T/M CHI BỘ"),
        ["dang-uy-xa-hung-an.chuong-trinh-hanh-dong-16-giao-duc"] = new("ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG CỘNG SẢN VIỆT NAM", null, "Số 16-CTr/ĐU", "Hùng An, ngày 25 tháng 3 năm 2026", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "I. MỤC ĐÍCH, YÊU CẦU", "T/M BAN THƯỜNG VỤ"),
        ["dang-uy-xa-hung-an.nghi-quyet-dai-hoi-2025-2030"] = new("ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG CỘNG SẢN VIỆT NAM", null, "Số 01-NQ/ĐH", "Hùng An, ngày 08 tháng 8 năm 2025", "NGHỊ QUYẾT", "I. PHƯƠNG HƯỚNG, MỤC TIÊU", "T/M ĐẠI HỘI"),
        ["chi-bo-tieu-hoc-hung-an.chuong-trinh-hanh-dong-2025-2030"] = new("ĐẢNG BỘ XÃ HÙNG AN", "ĐẢNG CỘNG SẢN VIỆT NAM", null, "Số 03-CTr/CB", "Hùng An, ngày 20 tháng 9 năm 2025", "CHƯƠNG TRÌNH HÀNH ĐỘNG", "I. MỤC ĐÍCH, YÊU CẦU", "T/M CHI BỘ"),
        ["chi-bo-mam-non-viet-hong.chuong-trinh-cong-tac-2026"] = new("ĐẢNG BỘ XÃ HÙNG AN", "ĐẢNG CỘNG SẢN VIỆT NAM", null, "Số 06-CTr/CB", "Hùng An, ngày 08 tháng 01 năm 2026", "CHƯƠNG TRÌNH CÔNG TÁC", "A. NHIỆM VỤ TRỌNG TÂM", "T/M CHI BỘ"),
        ["chi-bo-mam-non-viet-hong.bao-cao-2025"] = new("ĐẢNG BỘ XÃ HÙNG AN", "ĐẢNG CỘNG SẢN VIỆT NAM", null, "Số 08-BC/CB", "Hùng An, ngày 20 tháng 12 năm 2025", "BÁO CÁO", "Phần thứ nhất", "T/M CHI BỘ"),
        ["dang-uy-xa-hung-an.quyet-dinh-to-giup-viec-16-giao-duc"] = new("ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG CỘNG SẢN VIỆT NAM", null, "Số 25-QĐ/ĐU", "Hùng An, ngày 02 tháng 4 năm 2026", "QUYẾT ĐỊNH", "Điều 1.", "T/M BAN THƯỜNG VỤ"),
        ["ubnd-xa-hung-an.quyet-dinh-to-cong-tac-chuyen-doi-so-2026"] = new("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 52/QĐ-UBND", "Hùng An, ngày 20 tháng 4 năm 2026", "QUYẾT ĐỊNH", "Điều 1.", "TM. ỦY BAN NHÂN DÂN"),
        ["ubnd-xa-hung-an.ke-hoach-giao-duc-2026"] = new("ỦY BAN NHÂN DÂN", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Độc lập - Tự do - Hạnh phúc", "Số: 45/KH-UBND", "Hùng An, ngày 10 tháng 4 năm 2026", "KẾ HOẠCH", "I. MỤC ĐÍCH, YÊU CẦU", "TM. ỦY BAN NHÂN DÂN"),
    };

    public static TheoryData<string> Names => new(Samples.Keys);

    [ExternalToolFact("soffice", "pdftotext")]
    public void No_two_words_on_any_page_of_any_sample_overlap()
    {
        Assert.All(Samples.Keys, name => Assert.Empty(Writing.PrintedPageTests.Overlaps(rendering.Pdf(name))));
    }

    [ExternalToolFact("soffice", "pdftotext", "pdfinfo")]
    public void Every_sample_of_every_kind_builds_to_pdf_with_one_LibreOffice_start()
    {
        Assert.Equal(Repo.SampleSources().Select(Repo.SampleName).Order(), Samples.Keys.Order());
        foreach (var kind in VanKien.Model.DocumentKind.All)
            Assert.Contains(Repo.SampleSources(), s => File.ReadAllText(s).Contains($"loai: {kind.Key}"));
        Assert.All(Samples.Keys, name => Assert.True(File.Exists(rendering.Pdf(name)), name));
        Assert.Single(rendering.SofficeStarts); // every sample, one process
    }

    [ExternalToolTheory("soffice", "pdftotext", "pdfinfo")]
    [MemberData(nameof(Names))]
    public void The_Vietnamese_text_comes_out_intact(string name)
    {
        var docxWords = Docx.ParagraphTexts(Docx.MainDocument(File.ReadAllBytes(rendering.Docx(name))))
            .SelectMany(Words).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());
        var pdfWords = Words(PdfRendering.Text(rendering.Pdf(name))).GroupBy(w => w).ToDictionary(g => g.Key, g => g.Count());

        var missing = docxWords.Where(w => pdfWords.GetValueOrDefault(w.Key) < w.Value).Select(w => w.Key).ToList();
        Assert.True(missing.Count == 0, $"words of the DOCX not in the PDF text: {string.Join(", ", missing.Take(20))}");
        Assert.True(docxWords.Count > 50, "a real document's worth of words was compared");
    }

    [ExternalToolTheory("soffice", "pdffonts")]
    [MemberData(nameof(Names))]
    public void Every_font_is_embedded_and_metric_compatible_with_Times_New_Roman(string name)
    {
        var lines = ExternalTool.Run("pdffonts", [rendering.Pdf(name)]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        var fonts = lines.Skip(2).ToList(); // header and rule
        Assert.NotEmpty(fonts);
        Assert.All(fonts, font =>
        {
            var columns = Regex.Split(font.Trim(), @"\s+");
            Assert.Equal("yes", columns[^5]); // emb
            Assert.Matches("TimesNewRoman|LiberationSerif|Tinos", columns[0]);
        });
    }

    [ExternalToolTheory("soffice", "pdftotext", "pdfinfo")]
    [MemberData(nameof(Names))]
    public void Measured_margins_match_FORMAT_md_within_a_millimetre(string name)
    {
        // Margins belong to the document: its leftmost and rightmost text over all pages (a page holding only
        // the signature has no line reaching the right margin; appendix tables pad their cells), and no page
        // with text inside a margin. The page number sits in the top margin (10 mm); the body starts below 15 mm.
        var pages = PdfRendering.Boxes(rendering.Pdf(name))
            .Select(p => (Page: p, Body: p.Words.Where(w => w.YMin > 15 * PointsPerMm).ToList()))
            .Where(p => p.Body.Count > 0)
            .ToList();
        var portrait = pages.Where(p => p.Page.Width < p.Page.Height).ToList();
        Assert.InRange(portrait.Min(p => p.Body.Min(w => w.XMin)) / PointsPerMm, 29, 31);                      // left 30 mm
        Assert.InRange(portrait.Min(p => p.Page.Width - p.Body.Max(w => w.XMax)) / PointsPerMm, 14, 16);        // right 15 mm
        Assert.All(portrait, p => Assert.InRange(p.Body.Min(w => w.YMin) / PointsPerMm, 19, 21));               // top 20 mm
        Assert.All(portrait, p => Assert.True(p.Body.Min(w => w.XMin) / PointsPerMm >= 29 && (p.Page.Width - p.Body.Max(w => w.XMax)) / PointsPerMm >= 14));

        // Bottom 20 mm: no text inside it; where a page breaks depends on the lines and on what keeps
        // together (a heading with its paragraph, the text's last paragraph with the signature), so the
        // fullest page ends within two lines (about 11 mm) of it.
        var bottoms = portrait.Select(p => (p.Page.Height - p.Body.Max(w => w.YMax)) / PointsPerMm).ToList();
        Assert.All(bottoms, b => Assert.True(b >= 19, $"text {b:0.0} mm from the bottom edge"));
        if (bottoms.Count > 2) Assert.InRange(bottoms.Min(), 19, 31);

        // A landscape appendix page is bound along its top edge: the binding's 30 mm at the top, the
        // portrait right margin (15 mm) at its foot, 20 mm at its sides (a table's cells pad their text).
        foreach (var (page, body) in pages.Where(p => p.Page.Width > p.Page.Height))
        {
            Assert.InRange(body.Min(w => w.YMin) / PointsPerMm, 29, 31);
            Assert.InRange(body.Min(w => w.XMin) / PointsPerMm, 19, 24);
            Assert.True((page.Width - body.Max(w => w.XMax)) / PointsPerMm >= 19);
            Assert.True((page.Height - body.Max(w => w.YMax)) / PointsPerMm >= 14);
        }
    }

    [ExternalToolTheory("soffice", "pdftotext", "pdfinfo")]
    [MemberData(nameof(Names))]
    public void First_page_shows_header_block_title_and_body(string name)
    {
        var expected = Samples[name];
        var lines = Lines(PdfRendering.PageText(rendering.Pdf(name), 1));

        // Two columns: the first body beside the national line, the number beside the place and date.
        Assert.Contains(lines, l => Regex.IsMatch(l, $@"^\s*{Regex.Escape(expected.TopLeft)}\s{{3,}}{Regex.Escape(expected.NationalLine)}\s*$"));
        if (expected.Motto is { } motto) Assert.Contains(lines, l => l.Trim().EndsWith(motto, StringComparison.Ordinal));
        else Assert.Contains(lines.Take(6), l => l.Trim() == "*");
        var numberLine = lines.FindIndex(l => Regex.IsMatch(l, $@"^\s*{Regex.Escape(expected.Number)}\s{{3,}}{Regex.Escape(expected.PlaceDate)}\s*$"));
        Assert.True(numberLine > 0, $"number and date side by side:\n{string.Join('\n', lines.Take(8))}");

        var title = lines.FindIndex(l => l.Trim() == expected.Title);
        Assert.True(title > numberLine, "the title follows the header block");
        Assert.Contains(lines.Skip(title), l => l.TrimStart().StartsWith(expected.FirstHeading, StringComparison.Ordinal));
        Assert.DoesNotMatch(@"^\s*1\s*$", lines[0]); // no page number on page 1

        // Drawn, not only extracted: ink in both columns of the header block and in the title band.
        var page = Pgm.Render(rendering.Pdf(name), 1);
        Assert.True(page.Ink(0.14, 0.06, 0.50, 0.16) > 0.01, "ink in the left column of the header block");
        Assert.True(page.Ink(0.52, 0.06, 0.93, 0.16) > 0.01, "ink in the right column of the header block");
        Assert.True(page.Ink(0.00, 0.00, 1.00, 0.05) < 0.001, "nothing in the top margin of page 1");
    }

    [ExternalToolTheory("soffice", "pdftotext", "pdfinfo")]
    [MemberData(nameof(Names))]
    public void Signature_page_shows_recipients_and_signature_side_by_side(string name)
    {
        var expected = Samples[name];
        var pdf = rendering.Pdf(name);
        var pages = PdfRendering.PageCount(pdf);
        var sizes = PdfRendering.PageSizes(pdf);
        var signaturePage = Enumerable.Range(1, pages).Last(p => PdfRendering.PageText(pdf, p).Contains("Nơi nhận:"));
        var lines = Lines(PdfRendering.PageText(pdf, signaturePage));

        Assert.Contains(lines, l => Regex.IsMatch(l, $@"^\s*Nơi nhận:\s{{3,}}{Regex.Escape(expected.Authority)}\s*$"));
        if (signaturePage > 1) Assert.Equal($"{signaturePage}", lines.First(l => l.Trim().Length > 0).Trim()); // page number on top

        // The signature closes the portrait part; only a landscape appendix may follow.
        Assert.All(sizes.Take(signaturePage), s => Assert.True(s.Width < s.Height, "portrait"));
        Assert.All(sizes.Skip(signaturePage), s => Assert.True(s.Width > s.Height, "landscape appendix"));
        if (signaturePage < pages) Assert.Contains("PHỤ LỤC", PdfRendering.PageText(pdf, signaturePage + 1));

        // Drawn side by side: at the height of "Nơi nhận:", ink on the left and on the right half.
        var box = PdfRendering.Boxes(pdf)[signaturePage - 1];
        var label = box.Words.First(w => w.Text == "Nơi");
        var band = (Top: label.YMin / box.Height, Bottom: (label.YMax + 40) / box.Height);
        var page = Pgm.Render(pdf, signaturePage);
        Assert.True(page.Ink(0.14, band.Top, 0.50, band.Bottom) > 0.01, "recipients on the left");
        Assert.True(page.Ink(0.55, band.Top, 0.93, band.Bottom) > 0.01, "signature on the right");
    }

    private static IEnumerable<string> Words(string text) =>
        Regex.Split(text.Normalize(System.Text.NormalizationForm.FormC), @"[^\p{L}\p{N}]+").Where(w => w.Length > 0);

    private static List<string> Lines(string text) =>
        text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
}

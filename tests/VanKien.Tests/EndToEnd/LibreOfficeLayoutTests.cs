using System.Text.RegularExpressions;
using VanKien.Tests.Support;

namespace VanKien.Tests.EndToEnd;

/// <summary>
/// Opened in LibreOffice and printed to PDF, page 1 shows the header block, the title and the
/// start of the body; the signature page shows recipients and signature side by side.
/// </summary>
public class LibreOfficeLayoutTests(PdfRendering rendering) : IClassFixture<PdfRendering>
{
    public static TheoryData<string, string, string, string, string> Samples => new()
    {
        // sample, superior body, number, place and date, signature authority
        { "chi-bo-mam-non-viet-hong.chuong-trinh-hanh-dong-2025-2030", "ĐẢNG BỘ XÃ HÙNG AN", "Số 05-CTr/CB", "Hùng An, ngày 01 tháng 10 năm 2025", "T/M CHI BỘ" },
        { "chi-bo-mam-non-tien-cuong.chuong-trinh-hanh-dong-2023", "ĐẢNG BỘ XÃ TIÊN CƯỜNG", "Số 01-CTr/CB", "Tiên Cường, ngày 16 tháng 01 năm 2023", "T/M CHI BỘ" },
        { "dang-uy-xa-hung-an.chuong-trinh-hanh-dong-16-giao-duc", "ĐẢNG BỘ TỈNH HƯNG YÊN", "Số 16-CTr/ĐU", "Hùng An, ngày 25 tháng 3 năm 2026", "T/M BAN THƯỜNG VỤ" },
    };

    [ExternalToolTheory("soffice", "pdftotext", "pdfinfo")]
    [MemberData(nameof(Samples))]
    public void First_page_shows_header_block_title_and_body(string sample, string superior, string number, string placeDate, string authority)
    {
        _ = authority;
        var lines = Lines(PdfRendering.PageText(rendering.Pdf(sample), 1));

        // Two columns: the superior body beside the national line, the number beside the date.
        Assert.Contains(lines, l => Regex.IsMatch(l, $@"^\s*{Regex.Escape(superior)}\s{{3,}}ĐẢNG CỘNG SẢN VIỆT NAM\s*$"));
        var numberLine = lines.FindIndex(l => Regex.IsMatch(l, $@"^\s*{Regex.Escape(number)}\s{{3,}}{Regex.Escape(placeDate)}\s*$"));
        Assert.True(numberLine > 0, $"number and date side by side:\n{string.Join('\n', lines.Take(8))}");
        Assert.Contains(lines.Take(numberLine), l => l.Trim() == "*");

        var title = lines.FindIndex(l => l.Trim() == "CHƯƠNG TRÌNH HÀNH ĐỘNG");
        Assert.True(title > numberLine, "the title follows the header block");
        Assert.Contains(lines.Skip(title), l => l.TrimStart().StartsWith("I. MỤC ĐÍCH", StringComparison.Ordinal));
        Assert.DoesNotMatch(@"^\s*1\s*$", lines[0]); // no page number on page 1
    }

    [ExternalToolTheory("soffice", "pdftotext", "pdfinfo")]
    [MemberData(nameof(Samples))]
    public void Signature_page_shows_recipients_and_signature_side_by_side(string sample, string superior, string number, string placeDate, string authority)
    {
        _ = (superior, number, placeDate);
        var pdf = rendering.Pdf(sample);
        var pages = PdfRendering.PageCount(pdf);
        var sizes = PdfRendering.PageSizes(pdf);
        var signaturePage = Enumerable.Range(1, pages).Last(p => PdfRendering.PageText(pdf, p).Contains("Nơi nhận:"));
        var lines = Lines(PdfRendering.PageText(pdf, signaturePage));

        Assert.Contains(lines, l => Regex.IsMatch(l, $@"^\s*Nơi nhận:\s{{3,}}{Regex.Escape(authority)}\s*$"));
        Assert.Contains(lines, l => l.Contains("BÍ THƯ"));
        Assert.Equal($"{signaturePage}", lines.First(l => l.Trim().Length > 0).Trim()); // page number on top

        // The signature closes the portrait part; only a landscape appendix may follow.
        Assert.All(sizes.Take(signaturePage), s => Assert.True(s.Width < s.Height, "portrait"));
        Assert.All(sizes.Skip(signaturePage), s => Assert.True(s.Width > s.Height, "landscape appendix"));
        if (signaturePage < pages)
            Assert.Contains("PHỤ LỤC", PdfRendering.PageText(pdf, signaturePage + 1));
    }

    private static List<string> Lines(string text) =>
        text.Split('\n').Where(l => l.Trim().Length > 0).ToList();
}

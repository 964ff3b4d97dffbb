using System.Text.RegularExpressions;
using VanKien.Tests.Support;

namespace VanKien.Tests.Signing;

/// <summary>
/// The signatures as NĐ 30/2020/NĐ-CP, Phụ lục I, phần II shows them, measured on the page a sample
/// prints (a Party document with an appendix): the signer's image between the position and the name,
/// the organisation's seal at its real size over the left third of it, the organisation's name and
/// signing time in 10 pt, and on the appendix's first page, top right, the number and the time. Ink is
/// found by colour on pdftoppm's rendering, text by pdftotext's boxes; nothing is eyeballed.
/// </summary>
[Trait("Speed", "Slow")]
public partial class VisibleSignatureTests
{
    static VisibleSignatureTests() => Environment.SetEnvironmentVariable("VANKIEN_MAT_KHAU", TestCertificates.Password);

    private const string Organisation = "Đảng ủy xã Hùng An";
    private const double Points = 72 / 25.4;

    private static readonly Lazy<string> Signed = new(() =>
    {
        var folder = Repo.NewTempFolder();
        var output = Path.Combine(folder, "out");
        var build = CliRun.Run("build", Path.Combine(Repo.Samples, "dang-uy-xa-hung-an", "chuong-trinh-hanh-dong-16-giao-duc.md"), "-o", output, "--format", "pdf");
        Assert.True(build.ExitCode == 0, build.Error);
        var pdf = Path.Combine(output, "chuong-trinh-hanh-dong-16-giao-duc.pdf");
        var signer = CliRun.Run("ky", pdf, "--chung-thu", TestCertificates.Issue(folder, "Trần Văn Vy"), "--hinh-chu-ky", TestImages.Signature(folder));
        Assert.True(signer.ExitCode == 0, signer.Error);
        var organisation = CliRun.Run("ky", pdf, "--chung-thu", TestCertificates.Issue(folder, Organisation), "--hinh-dau", TestImages.Seal(folder));
        Assert.True(organisation.ExitCode == 0, organisation.Error);
        return pdf;
    });

    private static (int Number, PdfRendering.Page Page) PageWith(string pdf, Func<PdfRendering.Page, bool> test)
    {
        var pages = PdfRendering.Boxes(pdf);
        var index = pages.ToList().FindIndex(p => test(p));
        Assert.True(index >= 0, "no such page");
        return (index + 1, pages[index]);
    }

    private static PdfRendering.Word Single(PdfRendering.Page page, string text) => Assert.Single(page.Words, w => w.Text == text);

    [ExternalToolFact("soffice", "pdfsig", "pdftoppm", "pdftotext")]
    public void The_signers_image_is_centred_between_the_position_and_the_name_at_its_real_size()
    {
        var pdf = Signed.Value;
        var (number, page) = PageWith(pdf, p => p.Words.Any(w => w.Text == "Vy"));
        var position = page.Words.Where(w => w.Text is "BÍ" or "THƯ").ToList();
        var vy = Single(page, "Vy");
        var name = page.Words.Where(w => Math.Abs(w.YMin - vy.YMin) < 1 && w.XMin > page.Width / 2).ToList();
        Assert.Equal(3, name.Count);
        var blue = ColourPage.Render(pdf, number).Box(ColourPage.Blue) ?? throw new Xunit.Sdk.XunitException("no blue ink on the signed page");

        Assert.InRange(blue.Top, position.Max(w => w.YMax), name.Min(w => w.YMin));
        Assert.InRange(blue.Bottom, position.Max(w => w.YMax), name.Min(w => w.YMin));
        // Centred on the name line, and as the PNG's 50.8 × 25.4 mm say (the 30 mm room holds it whole).
        Assert.InRange((blue.Left + blue.Right) / 2 - (name.Min(w => w.XMin) + name.Max(w => w.XMax)) / 2, -1.5, 1.5);
        Assert.InRange(blue.Right - blue.Left, 50.8 * Points - 1, 50.8 * Points + 1);
        Assert.InRange(blue.Bottom - blue.Top, 25.4 * Points - 1, 25.4 * Points + 1);
        // Centred in the room too: as much space above as below.
        Assert.InRange(blue.Top - position.Max(w => w.YMax) - (name.Min(w => w.YMin) - blue.Bottom), -6, 6);
    }

    [ExternalToolFact("soffice", "pdfsig", "pdftoppm", "pdftotext")]
    public void The_seal_at_its_real_size_covers_the_left_third_of_the_signers_image()
    {
        var pdf = Signed.Value;
        var (number, _) = PageWith(pdf, p => p.Words.Any(w => w.Text == "Vy"));
        var rendered = ColourPage.Render(pdf, number);
        var blue = rendered.Box(ColourPage.Blue)!.Value;
        var red = rendered.Box(ColourPage.Red) ?? throw new Xunit.Sdk.XunitException("no red ink on the signed page");

        Assert.InRange(red.Right - red.Left, 36 * Points - 1, 36 * Points + 1);
        Assert.InRange(red.Bottom - red.Top, 36 * Points - 1, 36 * Points + 1);
        var covered = (red.Right - blue.Left) / (blue.Right - blue.Left);
        Assert.InRange(covered, 0.30, 0.37);
        Assert.True(red.Left < blue.Left, "the seal reaches left of the signature");
        Assert.InRange((red.Top + red.Bottom) / 2 - (blue.Top + blue.Bottom) / 2, -1.5, 1.5);
    }

    [ExternalToolFact("soffice", "pdfsig", "pdftoppm", "pdftotext", "pdffonts")]
    public void The_organisations_name_and_signing_time_are_in_times_new_roman_10_under_the_name()
    {
        var pdf = Signed.Value;
        var (_, page) = PageWith(pdf, p => p.Words.Any(w => w.Text == "Vy"));
        var vy = Single(page, "Vy");
        var time = Assert.Single(page.Words, w => IsoTime().IsMatch(w.Text));
        Assert.EndsWith("+07:00", time.Text);
        var organisation = page.Words.Where(w => w.YMin > vy.YMax && w.YMax < time.YMin).Select(w => w.Text);
        Assert.Equal(Organisation, string.Join(" ", organisation));
        // 10 pt of Times New Roman: the time's width is its characters' Times-Roman widths (AFM: digits 500, '-' 333, 'T' 611,
        // ':' 278, '+' 564 thousandths of an em) at 10 pt — Liberation Serif, where it stands in, has the same widths.
        var em = time.Text.Sum(c => c switch { >= '0' and <= '9' => 500, '-' => 333, 'T' => 611, ':' => 278, '+' => 564, _ => throw new InvalidOperationException($"{c}") }) / 1000.0;
        Assert.InRange(time.XMax - time.XMin, em * 10 - 0.3, em * 10 + 0.3);
        Assert.True(time.YMin > vy.YMax, "under the name");

        var fonts = ExternalTool.Run("pdffonts", [pdf]).Output.Split('\n').Where(l => l.Contains("CID TrueType")).ToList();
        var font = Assert.Single(fonts);
        Assert.Matches(@"^[A-Z]{6}\+(TimesNewRomanPSMT|LiberationSerif)\s", font);
        Assert.Matches(@"Identity-H\s+yes\s+yes\s+yes", font);
    }

    [ExternalToolFact("soffice", "pdfsig", "pdftoppm", "pdftotext")]
    public void On_the_appendix_the_organisations_number_and_time_are_at_the_top_right_of_its_first_page()
    {
        var pdf = Signed.Value;
        var (number, page) = PageWith(pdf, p => p.Words.Any(w => w.Text == "PHỤ") && p.Width > p.Height);
        var title = page.Words.First(w => w.Text == "PHỤ");
        var time = Assert.Single(page.Words, w => IsoTime().IsMatch(w.Text));
        var documentNumber = Single(page, "16-CTr/ĐU");
        Assert.True(time.YMax <= title.YMin && documentNumber.YMax <= time.YMin, "above the appendix's first line, number then time");
        // Right-aligned on the text area's right edge, which the appendix's table reaches: its border is the rightmost dark ink.
        var ink = ColourPage.Render(pdf, number).Box(ColourPage.Dark)!.Value;
        Assert.InRange(time.XMax, ink.Right - 1.5, ink.Right + 0.5);
        Assert.InRange(documentNumber.XMax, ink.Right - 1.5, ink.Right + 0.5);
        Assert.True(time.XMin > page.Width / 2, "on the right half");
        // Only the first page of the appendix.
        Assert.DoesNotContain(PdfRendering.Boxes(pdf).Skip(number), p => p.Words.Any(w => IsoTime().IsMatch(w.Text)));
    }

    [ExternalToolFact("soffice", "pdfsig", "pdfinfo", "pdffonts")]
    public void Both_signatures_stay_valid_and_the_file_stays_PDF_A_2b_with_every_font_embedded()
    {
        var pdf = Signed.Value;
        var report = ExternalTool.Run("pdfsig", [pdf]).Output;
        Assert.Equal(2, report.Split("Signature Validation: Signature is Valid.").Length - 1);
        Assert.Equal(2, report.Split("- Signature Field Name:").Length - 1);
        Assert.Contains("Total document signed", report);
        var verify = CliRun.Run("xac-minh", pdf);
        Assert.True(verify.ExitCode == 0, verify.Error);
        Assert.Contains($"Chữ ký 2: {Organisation}", verify.Output);

        var metadata = ExternalTool.Run("pdfinfo", ["-meta", pdf]).Output;
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", metadata);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", metadata);
        var fonts = ExternalTool.Run("pdffonts", [pdf]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];
        Assert.All(fonts, line => Assert.Equal("yes", line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5]));
    }

    /// <summary>The bookmarks that mark the places print nothing: the same DOCX without them prints every word at the same place.</summary>
    [ExternalToolFact("soffice", "pdftotext")]
    public void The_signature_bookmarks_change_no_word_of_the_printed_page()
    {
        var folder = Repo.NewTempFolder();
        var build = CliRun.Run("build", Path.Combine(Repo.Samples, "dang-uy-xa-hung-an", "chuong-trinh-hanh-dong-16-giao-duc.md"), "-o", folder, "--format", "docx");
        Assert.True(build.ExitCode == 0, build.Error);
        var marked = Path.Combine(folder, "chuong-trinh-hanh-dong-16-giao-duc.docx");
        var plain = Path.Combine(folder, "khong-danh-dau.docx");
        File.Copy(marked, plain);
        using (var zip = System.IO.Compression.ZipFile.Open(plain, System.IO.Compression.ZipArchiveMode.Update))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            string xml;
            using (var reader = new StreamReader(entry.Open())) xml = reader.ReadToEnd();
            var stripped = Bookmark().Replace(xml, "");
            Assert.Equal(8, Bookmark().Matches(xml).Count);
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry("word/document.xml").Open());
            writer.Write(stripped);
        }
        var converter = new VanKien.Writing.Pdf.LibreOfficeConverter(ExternalTool.Find("soffice")!);
        var converted = converter.Convert([marked, plain], folder, TimeSpan.FromMinutes(3));
        Assert.True(converted.Succeeded, converted.Log);

        string Words(string pdf) => string.Join("\n", ExternalTool.Run("pdftotext", ["-bbox", pdf, "-"]).Output.Split('\n').Where(l => l.Contains("<word")));
        var withMarks = Words(Path.ChangeExtension(marked, ".pdf"));
        Assert.Contains("Vy</word>", withMarks);
        Assert.Equal(Words(Path.ChangeExtension(plain, ".pdf")), withMarks);
    }

    [GeneratedRegex(@"<w:bookmark(Start|End)\b[^>]*/>")]
    private static partial Regex Bookmark();

    [GeneratedRegex(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$")]
    private static partial Regex IsoTime();
}

using System.Security.Cryptography.X509Certificates;
using System.Text;
using VanKien.Tests.Support;

namespace VanKien.Tests.Signing;

/// <summary>
/// <c>vankien ky</c> and <c>vankien xac-minh</c>, read back by poppler's <c>pdfsig</c> as a receiving
/// office's software would: valid signatures, two in turn, and every way the file can change after.
/// </summary>
public class SigningTests
{
    static SigningTests() => Environment.SetEnvironmentVariable("VANKIEN_MAT_KHAU", TestCertificates.Password);

    private static (string Folder, string Pdf) NewPdf(byte[]? bytes = null)
    {
        var folder = Repo.NewTempFolder();
        var pdf = Path.Combine(folder, "van-ban.pdf");
        File.WriteAllBytes(pdf, bytes ?? MinimalPdf.Create());
        return (folder, pdf);
    }

    private static string Pdfsig(string pdf) => ExternalTool.Run("pdfsig", [pdf]).Output;

    [ExternalToolFact("pdfsig")]
    public void A_signed_pdf_is_a_whole_valid_PAdES_signature_for_pdfsig_and_for_xac_minh()
    {
        var (folder, pdf) = NewPdf();
        var key = TestCertificates.Issue(folder, "Nguyễn Thị Lan");
        var sign = CliRun.Run("ky", pdf, "--chung-thu", key, "--dia-diem", "Hùng An");
        Assert.True(sign.ExitCode == 0, sign.Error);

        var report = Pdfsig(pdf);
        Assert.Contains("Signer Certificate Common Name: Nguyễn Thị Lan", report);
        Assert.Contains("Signature Type: ETSI.CAdES.detached", report);
        Assert.Contains("Signature Validation: Signature is Valid.", report);
        Assert.Contains("Total document signed", report);

        var verify = CliRun.Run("xac-minh", pdf);
        Assert.True(verify.ExitCode == 0, verify.Error);
        Assert.Contains("Chữ ký 1: Nguyễn Thị Lan", verify.Output);
        Assert.Contains("phạm vi: toàn bộ tệp", verify.Output);
        Assert.Contains("kết quả: hợp lệ", verify.Output);
    }

    [ExternalToolFact("pdfsig")]
    public void The_organisation_signs_after_the_signer_and_both_signatures_stay_valid()
    {
        var (folder, pdf) = NewPdf();
        Assert.Equal(0, CliRun.Run("ky", pdf, "--chung-thu", TestCertificates.Issue(folder, "Nguyễn Thị Lan")).ExitCode);
        var afterFirst = File.ReadAllBytes(pdf);
        Assert.Equal(0, CliRun.Run("ky", pdf, "--chung-thu", TestCertificates.Issue(folder, "Chi bộ Trường Mầm non Hoa Sen")).ExitCode);
        // An incremental update: the first signed file is the start of the second, byte for byte.
        Assert.Equal(afterFirst, File.ReadAllBytes(pdf)[..afterFirst.Length]);

        var report = Pdfsig(pdf);
        Assert.Equal(2, CountOf(report, "Signature Validation: Signature is Valid."));
        Assert.Contains("Signer Certificate Common Name: Chi bộ Trường Mầm non Hoa Sen", report);
        var verify = CliRun.Run("xac-minh", pdf);
        Assert.Equal(0, verify.ExitCode);
        Assert.Contains("Chữ ký 2: Chi bộ Trường Mầm non Hoa Sen", verify.Output);
    }

    /// <summary>Each byte class of the signed range: the header, an object's text, a string's inside, the trailer.</summary>
    [ExternalToolTheory("pdfsig")]
    [InlineData("%PDF-1.6", 5)]
    [InlineData("/Lang(vi-VN)", 7)]
    [InlineData("(a >> b", 1)]
    [InlineData("/Root 1 0 R", 6)]
    public void One_byte_changed_in_the_signed_range_breaks_the_signature_for_both_readers(string near, int offset)
    {
        var (folder, pdf) = NewPdf();
        Assert.Equal(0, CliRun.Run("ky", pdf, "--chung-thu", TestCertificates.Issue(folder, "Nguyễn Thị Lan")).ExitCode);
        var bytes = File.ReadAllBytes(pdf);
        var at = Encoding.Latin1.GetString(bytes).IndexOf(near, StringComparison.Ordinal) + offset;
        bytes[at] ^= 0x01;
        File.WriteAllBytes(pdf, bytes);

        Assert.DoesNotContain("Signature is Valid.", Pdfsig(pdf));
        var verify = CliRun.Run("xac-minh", pdf);
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("VK1005", verify.Error);
    }

    [ExternalToolFact("pdfsig")]
    public void An_update_appended_after_signing_that_changes_a_page_is_reported_by_both_readers()
    {
        var (folder, pdf) = NewPdf();
        Assert.Equal(0, CliRun.Run("ky", pdf, "--chung-thu", TestCertificates.Issue(folder, "Nguyễn Thị Lan")).ExitCode);
        var signed = File.ReadAllBytes(pdf);
        var text = Encoding.Latin1.GetString(signed);
        var previous = text[(text.LastIndexOf("startxref", StringComparison.Ordinal) + 9)..].Trim().Split('\n')[0].Trim();
        var size = System.Text.RegularExpressions.Regex.Matches(text, @"/Size (\d+)")[^1].Groups[1].Value;
        var page = "3 0 obj\n<</Type/Page/Parent 2 0 R/MediaBox[0 0 300 300]/Contents 4 0 R/Resources<<>>>>\nendobj\n";
        var xref = signed.Length + page.Length;
        var update = page + $"xref\n3 1\n{signed.Length:D10} 00000 n\r\ntrailer\n<</Size {size}/Root 1 0 R/Prev {previous}>>\nstartxref\n{xref}\n%%EOF\n";
        File.WriteAllBytes(pdf, [.. signed, .. Encoding.Latin1.GetBytes(update)]);

        Assert.Contains("Not total document signed", Pdfsig(pdf));
        var verify = CliRun.Run("xac-minh", pdf);
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("VK1006", verify.Error);
    }

    public static TheoryData<string, string> BadInputs => new()
    {
        { "expired", "VK1002" },
        { "not-yet-valid", "VK1002" },
        { "wrong-usage", "VK1002" },
        { "wrong-password", "VK1001" },
        { "missing-certificate", "VK1001" },
        { "not-a-pdf", "VK1003" },
        { "cross-reference-stream", "VK1003" },
        { "already-signed-by-this-certificate", "VK1004" },
        { "not-built-by-vankien", "VK1008" },
        { "missing-signature-image", "VK1007" },
        { "signature-image-not-png", "VK1007" },
        { "seal-image-truncated", "VK1007" },
        { "seal-without-real-size", "VK1007" },
    };

    /// <summary>Each refusal is located at the file it is about, and the PDF is left byte for byte as it was.</summary>
    [Theory]
    [MemberData(nameof(BadInputs))]
    public void A_bad_input_is_a_located_diagnostic_and_nothing_is_written_over(string kind, string rule)
    {
        var (folder, pdf) = NewPdf();
        var key = kind switch
        {
            "expired" => TestCertificates.Issue(folder, "Hết hạn", DateTimeOffset.UtcNow.AddYears(-2), DateTimeOffset.UtcNow.AddDays(-1)),
            "not-yet-valid" => TestCertificates.Issue(folder, "Chưa hiệu lực", DateTimeOffset.UtcNow.AddDays(2), DateTimeOffset.UtcNow.AddYears(1)),
            "wrong-usage" => TestCertificates.Issue(folder, "Chỉ mã hóa", usage: X509KeyUsageFlags.KeyEncipherment),
            "wrong-password" => TestCertificates.Issue(folder, "Mật khẩu khác", password: "mat-khau-khac"),
            "missing-certificate" => Path.Combine(folder, "khong-co.p12"),
            _ => TestCertificates.Issue(folder, "Nguyễn Thị Lan"),
        };
        if (kind == "not-a-pdf") File.WriteAllText(pdf, "Đây là một tệp văn bản, không phải PDF.\n");
        if (kind == "cross-reference-stream")
            File.WriteAllBytes(pdf, Encoding.Latin1.GetBytes("%PDF-1.7\n1 0 obj\n<</Type/XRef/Size 2/W[1 2 1]>>\nstream\n\nendstream\nendobj\nstartxref\n9\n%%EOF\n"));
        if (kind == "already-signed-by-this-certificate") Assert.Equal(0, CliRun.Run("ky", pdf, "--chung-thu", key).ExitCode);
        // A PDF from elsewhere: a valid one-page PDF, without the places VanKien's own carry.
        if (kind == "not-built-by-vankien") File.WriteAllBytes(pdf, MinimalPdf.Create(vanKienPlaces: false));
        string? image = kind switch
        {
            "missing-signature-image" => Path.Combine(folder, "khong-co.png"),
            "signature-image-not-png" => WriteText(Path.Combine(folder, "chu-ky.png"), "GIF89a — không phải PNG"),
            "seal-image-truncated" => Truncated(TestImages.Seal(folder)),
            "seal-without-real-size" => TestImages.Seal(folder, physicalSize: false),
            _ => null,
        };
        string[] imageOption = image is null ? [] : [kind.StartsWith("seal", StringComparison.Ordinal) ? "--hinh-dau" : "--hinh-chu-ky", image];
        var before = File.ReadAllBytes(pdf);

        var result = CliRun.Run(["ky", pdf, "--chung-thu", key, .. imageOption]);
        Assert.Equal(1, result.ExitCode);
        var diagnostic = Assert.Single(result.DiagnosticLines);
        Assert.Contains($"lỗi {rule}:", diagnostic);
        var file = rule is "VK1001" or "VK1002" ? key : rule is "VK1007" ? image : pdf;
        Assert.StartsWith($"{file}:1:1:", diagnostic);
        Assert.Equal(before, File.ReadAllBytes(pdf));
        Assert.Equal([Path.GetFileName(pdf)], Directory.GetFiles(folder, "*.pdf").Select(Path.GetFileName));
    }

    private static string WriteText(string path, string text)
    {
        File.WriteAllText(path, text);
        return path;
    }

    private static string Truncated(string path)
    {
        var bytes = File.ReadAllBytes(path);
        File.WriteAllBytes(path, bytes[..(bytes.Length / 2)]);
        return path;
    }

    [Fact]
    public void A_pdf_without_signatures_does_not_verify()
    {
        var (_, pdf) = NewPdf();
        var verify = CliRun.Run("xac-minh", pdf);
        Assert.Equal(1, verify.ExitCode);
        Assert.Contains("VK1005", verify.Error);
    }

    private static int CountOf(string text, string part)
    {
        var count = 0;
        for (var at = text.IndexOf(part, StringComparison.Ordinal); at >= 0; at = text.IndexOf(part, at + 1, StringComparison.Ordinal)) count++;
        return count;
    }
}

/// <summary>A PDF as LibreOffice prints a sample: signed twice, read back valid by pdfsig.</summary>
[Trait("Speed", "Slow")]
public class SignedBuiltPdfTests
{
    static SignedBuiltPdfTests() => Environment.SetEnvironmentVariable("VANKIEN_MAT_KHAU", TestCertificates.Password);

    [ExternalToolFact("soffice", "pdfsig", "pdfinfo", "pdffonts")]
    public void A_sample_built_to_pdf_is_PDF_A_2b_and_signs_twice_with_both_signatures_valid()
    {
        var folder = Repo.NewTempFolder();
        var output = Path.Combine(folder, "out");
        var build = CliRun.Run("build", Path.Combine(Repo.Root, "samples", "chi-bo-mam-non-viet-hong", "bao-cao-2025.md"), "-o", output, "--format", "pdf");
        Assert.True(build.ExitCode == 0, build.Error);
        var pdf = Path.Combine(output, "bao-cao-2025.pdf");
        AssertArchival(pdf);
        Assert.Equal(0, CliRun.Run("ky", pdf, "--chung-thu", TestCertificates.Issue(folder, "Nguyễn Thị Lan")).ExitCode);
        Assert.Equal(0, CliRun.Run("ky", pdf, "--chung-thu", TestCertificates.Issue(folder, "Chi bộ Trường Mầm non Việt Hồng")).ExitCode);

        var report = ExternalTool.Run("pdfsig", [pdf]).Output;
        Assert.Equal(2, report.Split("Signature Validation: Signature is Valid.").Length - 1);
        Assert.Contains("Total document signed", report);
        Assert.Equal(0, CliRun.Run("xac-minh", pdf).ExitCode);
        AssertArchival(pdf);
    }

    /// <summary>PDF/A-2b claimed in the XMP metadata, and every font embedded.</summary>
    private static void AssertArchival(string pdf)
    {
        var metadata = ExternalTool.Run("pdfinfo", ["-meta", pdf]).Output;
        Assert.Contains("<pdfaid:part>2</pdfaid:part>", metadata);
        Assert.Contains("<pdfaid:conformance>B</pdfaid:conformance>", metadata);
        var fonts = ExternalTool.Run("pdffonts", [pdf]).Output.Split('\n', StringSplitOptions.RemoveEmptyEntries)[2..];
        Assert.NotEmpty(fonts);
        // Columns: name, type, encoding, emb, sub, uni, object, generation; "emb" is the fourth from the end.
        Assert.All(fonts, line => Assert.Equal("yes", line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[^5]));
    }
}

using VanKien.Tests.Support;

namespace VanKien.Tests.Signing;

/// <summary>
/// <c>ky-so</c> in vankien.yaml: <c>vankien ky --vai nguoi-ky</c> takes the signer's certificate and
/// signature image from it, paths from the project's folder; a password or PIN written there is refused.
/// </summary>
public class SigningConfigurationTests
{
    static SigningConfigurationTests() => Environment.SetEnvironmentVariable("VANKIEN_MAT_KHAU", TestCertificates.Password);

    [ExternalToolFact("pdfsig", "pdftoppm")]
    public void The_signer_signs_with_the_certificate_and_image_the_project_file_names()
    {
        var project = Repo.NewTempFolder();
        var keys = Directory.CreateDirectory(Path.Combine(project, "khoa")).FullName;
        var key = TestCertificates.Issue(keys, "Nguyễn Thị Lan");
        TestImages.Signature(Directory.CreateDirectory(Path.Combine(project, "anh")).FullName);
        File.WriteAllText(Path.Combine(project, "vankien.yaml"),
            $"ky-so:\n  nguoi-ky:\n    chung-thu: khoa/{Path.GetFileName(key)}\n    hinh-chu-ky: anh/chu-ky.png\n");
        var pdf = Path.Combine(Directory.CreateDirectory(Path.Combine(project, "out")).FullName, "van-ban.pdf");
        File.WriteAllBytes(pdf, MinimalPdf.Create());

        var sign = CliRun.Run("ky", pdf, "--vai", "nguoi-ky");
        Assert.True(sign.ExitCode == 0, sign.Error);

        var report = ExternalTool.Run("pdfsig", [pdf]).Output;
        Assert.Contains("Signer Certificate Common Name: Nguyễn Thị Lan", report);
        Assert.Contains("Signature Validation: Signature is Valid.", report);
        Assert.Contains("Signature Field Name: VanKien 1 người ký", report);
        // The image is on the page, centred on the room's destination (x = 424 pt in MinimalPdf).
        var blue = ColourPage.Render(pdf, 1).Box(ColourPage.Blue) ?? throw new Xunit.Sdk.XunitException("no signature image on the page");
        Assert.InRange((blue.Left + blue.Right) / 2, 424 - 1, 424 + 1);
    }

    [Theory]
    [InlineData("pin: \"123456\"", "mã PIN")]
    [InlineData("mat-khau: bimat", "mật khẩu")]
    public void A_secret_in_the_project_file_is_refused_where_it_is_written(string line, string what)
    {
        var project = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(project, "vankien.yaml"), $"ky-so:\n  co-quan:\n    token: /usr/lib/khong-co.so\n    {line}\n");
        var pdf = Path.Combine(project, "van-ban.pdf");
        File.WriteAllBytes(pdf, MinimalPdf.Create());
        var before = File.ReadAllBytes(pdf);

        var sign = CliRun.Run("ky", pdf, "--vai", "co-quan");
        Assert.Equal(1, sign.ExitCode);
        var diagnostic = Assert.Single(sign.DiagnosticLines);
        Assert.StartsWith($"{Path.Combine(project, "vankien.yaml")}:4:", diagnostic);
        Assert.Contains("lỗi VK0006:", diagnostic);
        Assert.Contains($"không ghi {what} vào vankien.yaml", diagnostic);
        Assert.Equal(before, File.ReadAllBytes(pdf));
    }

    [Fact]
    public void A_role_the_project_file_does_not_describe_is_a_usage_error()
    {
        var project = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(project, "vankien.yaml"), "dau-ra: out\n");
        var pdf = Path.Combine(project, "van-ban.pdf");
        File.WriteAllBytes(pdf, MinimalPdf.Create());
        var sign = CliRun.Run("ky", pdf, "--vai", "co-quan");
        Assert.Equal(2, sign.ExitCode);
        Assert.Contains("ky-so.co-quan", sign.Error);
    }
}

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

/// <summary>
/// PAdES B-T: with a time-stamp server given (<c>--dau-thoi-gian</c>, or <c>ky-so.dau-thoi-gian</c>),
/// the signature carries the server's RFC 3161 token over its value; pdfsig still finds it valid and
/// <c>xac-minh</c> prints the time the token attests. A server that cannot be reached is VK1009.
/// </summary>
public class TimeStampTests
{
    static TimeStampTests() => Environment.SetEnvironmentVariable("VANKIEN_MAT_KHAU", TestCertificates.Password);

    [ExternalToolFact("pdfsig")]
    public void A_configured_time_stamp_server_makes_the_signature_B_T_and_xac_minh_shows_its_time()
    {
        using var authority = new TestTimeStampAuthority();
        var project = Repo.NewTempFolder();
        var key = TestCertificates.Issue(project, "Nguyễn Thị Lan");
        File.WriteAllText(Path.Combine(project, "vankien.yaml"),
            $"ky-so:\n  dau-thoi-gian: {authority.Address}\n  nguoi-ky:\n    chung-thu: {Path.GetFileName(key)}\n");
        var pdf = Path.Combine(project, "van-ban.pdf");
        File.WriteAllBytes(pdf, MinimalPdf.Create());

        var sign = CliRun.Run("ky", pdf, "--vai", "nguoi-ky");
        Assert.True(sign.ExitCode == 0, sign.Error);
        Assert.Equal(1, authority.Served);

        Assert.Contains("Signature Validation: Signature is Valid.", ExternalTool.Run("pdfsig", [pdf]).Output);
        var verify = CliRun.Run("xac-minh", pdf);
        Assert.True(verify.ExitCode == 0, verify.Error);
        Assert.Contains("dấu thời gian: 2026-12-08T09:00:00+07:00 (RFC 3161, PAdES B-T)", verify.Output);
    }

    [Fact]
    public void A_signature_without_a_server_has_no_time_stamp()
    {
        var folder = Repo.NewTempFolder();
        var pdf = Path.Combine(folder, "van-ban.pdf");
        File.WriteAllBytes(pdf, MinimalPdf.Create());
        Assert.Equal(0, CliRun.Run("ky", pdf, "--chung-thu", TestCertificates.Issue(folder, "Nguyễn Thị Lan")).ExitCode);
        Assert.DoesNotContain("dấu thời gian", CliRun.Run("xac-minh", pdf).Output);
    }

    [Fact]
    public void An_unreachable_time_stamp_server_is_a_located_diagnostic_and_nothing_is_written()
    {
        var folder = Repo.NewTempFolder();
        var pdf = Path.Combine(folder, "van-ban.pdf");
        File.WriteAllBytes(pdf, MinimalPdf.Create());
        var before = File.ReadAllBytes(pdf);
        // A port nothing listens on: the connection is refused at once.
        var probe = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        probe.Start();
        var port = ((System.Net.IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();

        var sign = CliRun.Run("ky", pdf, "--chung-thu", TestCertificates.Issue(folder, "Nguyễn Thị Lan"), "--dau-thoi-gian", $"http://127.0.0.1:{port}/tsa");
        Assert.Equal(1, sign.ExitCode);
        var diagnostic = Assert.Single(sign.DiagnosticLines);
        Assert.StartsWith($"{pdf}:1:1: lỗi VK1009:", diagnostic);
        Assert.Equal(before, File.ReadAllBytes(pdf));
    }
}

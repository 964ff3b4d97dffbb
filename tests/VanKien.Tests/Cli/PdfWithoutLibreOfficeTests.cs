using VanKien.Tests.Support;

namespace VanKien.Tests.Cli;

/// <summary>Without LibreOffice, PDF is refused with how to install it, and DOCX still builds.</summary>
public class PdfWithoutLibreOfficeTests
{
    [Fact]
    public void Pdf_is_refused_with_an_install_hint_and_docx_still_builds()
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "van-ban.md");
        File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), source);
        var output = Path.Combine(folder, "out");

        var result = CliRun.Run("build", source, "-o", output, "--format", "docx,pdf", "--soffice", Path.Combine(folder, "khong-co-soffice"));

        Assert.Equal(2, result.ExitCode);
        Assert.Contains("lỗi VK0902: không xuất được PDF: không tìm thấy LibreOffice", Assert.Single(result.DiagnosticLines));
        Assert.Contains("apt-get install libreoffice-writer-nogui", result.Error);
        Assert.Equal(["van-ban.docx"], Directory.EnumerateFiles(output).Select(Path.GetFileName));
    }

    [Fact]
    public void An_unknown_output_format_is_a_usage_error() =>
        Assert.Equal(2, CliRun.Run("build", Repo.Samples, "--format", "odt").ExitCode);
}

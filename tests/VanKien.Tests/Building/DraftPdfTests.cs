using VanKien.Tests.Support;

namespace VanKien.Tests.Building;

/// <summary>A draft as LibreOffice prints it: the boxed marking above the header, the number line with its blank.</summary>
[Trait("Speed", "Slow")]
public class DraftPdfTests
{
    [ExternalToolFact("soffice", "pdftotext")]
    public void LibreOffice_prints_the_marking_above_the_header_and_the_blank_in_the_number_line()
    {
        var (_, source) = DraftTests.Copy(DraftTests.Program, text => text.Replace("\nso: 05-CTr/CB", "\nso: -CTr/CB", StringComparison.Ordinal));
        var output = Path.Combine(Repo.NewTempFolder(), "out");
        var build = CliRun.Run("build", source, "-o", output, "--format", "pdf");
        Assert.True(build.ExitCode == 0, build.Error);
        var page = PdfRendering.Boxes(Path.Combine(output, "chuong-trinh-hanh-dong-2025-2030.pdf"))[0].Words;
        var draft = page.First(w => w.Text == "Dự");
        var national = page.First(w => w.Text == "ĐẢNG");
        Assert.True(draft.YMax < national.YMin && draft.XMin > national.XMin, "the marking stands above the header, at the right");
        var number = page.First(w => w.Text == "Số");
        var symbol = page.First(w => w.Text == "-CTr/CB");
        Assert.True(Math.Abs(number.YMin - symbol.YMin) < 1 && symbol.XMin - number.XMax > 12, "a blank of several spaces between 'Số' and the symbol");
    }
}

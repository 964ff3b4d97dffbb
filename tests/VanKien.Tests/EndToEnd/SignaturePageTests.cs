using VanKien.Tests.Support;

namespace VanKien.Tests.EndToEnd;

/// <summary>
/// A page a records clerk would send back: the recipients and signature alone on the last page.
/// Built to PDF through LibreOffice, every sample's signed page carries body text above the block.
/// </summary>
[Trait("Speed", "Slow")]
public class SignaturePageTests
{
    [ExternalToolFact("soffice", "pdftotext")]
    public void The_page_with_the_signature_block_carries_body_text_above_it()
    {
        var output = Path.Combine(Repo.NewTempFolder(), "out");
        var build = CliRun.Run("build", Repo.Samples, "-o", output, "--format", "pdf");
        Assert.True(build.ExitCode == 0, build.Error);
        foreach (var pdf in Directory.GetFiles(output, "*.pdf", SearchOption.AllDirectories))
        {
            var pages = PdfRendering.Boxes(pdf);
            var signed = pages.Select((page, index) => (page, index)).Last(p => p.page.Words.Any(w => w.Text == "Nơi") && p.page.Words.Any(w => w.Text == "nhận:"));
            var label = signed.page.Words.First(w => w.Text == "Nơi");
            // Above the "Nơi nhận:" line: more than the page number (a single short word at the top).
            var above = signed.page.Words.Where(w => w.YMax < label.YMin - 1).ToList();
            Assert.True(signed.index == 0 || above.Count > 1,
                $"{Path.GetFileName(pdf)}: page {signed.index + 1} holds the signature block with no body text above it");
        }
    }
}

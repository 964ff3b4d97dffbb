using VanKien.Tests.Support;

namespace VanKien.Tests.Docs;

/// <summary>
/// The README's tutorial ("Mười phút đầu tiên") runs as a reader follows it, block by block
/// (<see cref="ShellBlocks"/>): init → the resolution → the cell's program → a deliberate mistake and
/// its diagnostic → DOCX and PDF → commit → next year's program → diff → results and report. Its
/// outputs are read back here, so the tutorial cannot rot.
/// </summary>
[Trait("Speed", "Slow")]
public class TutorialTests
{
    [ExternalToolFact("soffice", "pdftotext", "git")]
    public void The_readme_tutorial_runs_from_an_empty_folder_and_its_outputs_hold()
    {
        var (root, _, log) = ShellBlocks.Run("README.md");
        var folder = Path.Combine(root, "chi-bo");

        // The deliberate mistake was caught with its rule, at the program's line.
        Assert.Contains("chuong-trinh-2026.md:", log);
        Assert.Contains("VK0220", log);
        // DOCX that validate, a PDF that carries the title.
        var outputs = Path.Combine(folder, "out");
        foreach (var name in new[] { "nghi-quyet-dai-hoi", "chuong-trinh-2026" })
            Assert.Empty(Docx.ValidationErrors(File.ReadAllBytes(Path.Combine(outputs, $"{name}.docx"))));
        Assert.Contains("CHƯƠNG TRÌNH HÀNH ĐỘNG", PdfRendering.Text(Path.Combine(outputs, "chuong-trinh-2026.pdf")));
        // The diff names the raised target, and the redline for reviewers validates.
        Assert.Contains("↑ nâng ct-01: >= 85% → >= 90%", log);
        Assert.Empty(Docx.ValidationErrors(File.ReadAllBytes(Path.Combine(outputs, "thay-doi.docx"))));
        // The report was compiled.
        Assert.Empty(Docx.ValidationErrors(File.ReadAllBytes(Path.Combine(outputs, "bao-cao", "bao-cao-so-ket-2027.docx"))));
    }
}

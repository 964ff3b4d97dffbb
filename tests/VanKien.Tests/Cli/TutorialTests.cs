using VanKien.Tests.Support;

namespace VanKien.Tests.Cli;

/// <summary>
/// The README's "Bắt đầu" runs, command by command (tests/tutorial/bat-dau.sh), from an empty
/// folder: init → new → fill in → a deliberate mistake and its diagnostic → DOCX and PDF → commit →
/// next year's program → diff → results and report. Its outputs are read back here.
/// </summary>
[Trait("Speed", "Slow")]
public class TutorialTests
{
    [ExternalToolFact("soffice", "pdftotext", "git", "python3")]
    public void The_getting_started_tutorial_runs_from_an_empty_folder_and_its_outputs_hold()
    {
        var folder = Path.Combine(Repo.NewTempFolder(), "chi-bo");
        var script = Path.Combine(Repo.Root, "tests", "tutorial", "bat-dau.sh");
        var start = new System.Diagnostics.ProcessStartInfo("bash", [script, folder]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["VANKIEN"] = VankienProcess.ShellCommand;
        using var run = System.Diagnostics.Process.Start(start)!;
        var output = run.StandardOutput.ReadToEndAsync();
        var error = run.StandardError.ReadToEndAsync();
        Assert.True(run.WaitForExit(TimeSpan.FromMinutes(10)), "the tutorial did not finish");
        Assert.True(run.ExitCode == 0, $"{output.Result}\n{error.Result}");
        Assert.EndsWith("== done", output.Result.TrimEnd());

        // The deliberate mistake was caught with its rule.
        Assert.Contains("VK0220", File.ReadAllText(Path.Combine(folder, "check.log")));
        // DOCX that validate, a PDF that carries the title.
        var outputs = Path.Combine(folder, "out");
        foreach (var name in new[] { "nghi-quyet-dai-hoi", "chuong-trinh-2026" })
            Assert.Empty(Docx.ValidationErrors(File.ReadAllBytes(Path.Combine(outputs, $"{name}.docx"))));
        Assert.Contains("CHƯƠNG TRÌNH HÀNH ĐỘNG", PdfRendering.Text(Path.Combine(outputs, "chuong-trinh-2026.pdf")));
        // The diff names the raised target.
        Assert.Contains("↑ nâng ct-01: >= 85% → >= 90%", File.ReadAllText(Path.Combine(folder, "diff.txt")));
        // The report was compiled.
        Assert.Empty(Docx.ValidationErrors(File.ReadAllBytes(Path.Combine(outputs, "bao-cao", "bao-cao-so-ket-2027.docx"))));
    }
}

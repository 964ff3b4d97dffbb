using VanKien.Diagnostics;
using VanKien.Project;
using VanKien.Tests.Support;

namespace VanKien.Tests.Building;

/// <summary>
/// <c>--format txt</c>: the readable text <c>vankien textconv</c> prints for a built DOCX, written as a
/// file beside it; a format registered as one writer, so <c>dinh-dang</c> and the messages know it too.
/// </summary>
public class TextFormatTests
{
    private static readonly string Program = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");

    [Fact]
    public void A_txt_build_writes_the_lines_textconv_prints_for_the_docx_of_the_same_source()
    {
        var folder = Repo.NewTempFolder();
        var textOnly = Path.Combine(folder, "txt");
        var docxOnly = Path.Combine(folder, "docx");

        Assert.Equal(0, CliRun.Run("build", Program, "-o", textOnly, "--format", "txt").ExitCode);
        Assert.Equal(0, CliRun.Run("build", Program, "-o", docxOnly, "--format", "docx").ExitCode);
        var textconv = CliRun.Run("textconv", Path.Combine(docxOnly, "chuong-trinh-hanh-dong-2025-2030.docx"));

        Assert.Equal(["chuong-trinh-hanh-dong-2025-2030.txt"], Directory.EnumerateFiles(textOnly).Select(Path.GetFileName));
        var lines = File.ReadAllLines(Path.Combine(textOnly, "chuong-trinh-hanh-dong-2025-2030.txt"));
        Assert.Equal(textconv.Output.Split(Environment.NewLine, StringSplitOptions.RemoveEmptyEntries), lines);
        Assert.Contains(lines, l => l.Contains("CHƯƠNG TRÌNH HÀNH ĐỘNG", StringComparison.Ordinal));
    }

    [Fact]
    public void Docx_and_txt_together_write_both_files()
    {
        var output = Path.Combine(Repo.NewTempFolder(), "out");

        Assert.Equal(0, CliRun.Run("build", Program, "-o", output, "--format", "docx,txt").ExitCode);

        Assert.Equal(["chuong-trinh-hanh-dong-2025-2030.docx", "chuong-trinh-hanh-dong-2025-2030.txt"],
            Directory.EnumerateFiles(output).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void The_project_file_accepts_txt_and_a_build_there_writes_it()
    {
        var folder = Repo.NewTempFolder();
        var project = Path.Combine(folder, "vankien.yaml");
        File.WriteAllText(project, "dinh-dang: [txt]\n");
        File.WriteAllText(Path.Combine(folder, "chuong-trinh.md"), MinimalSources.WorkProgramme);

        var diagnostics = new DiagnosticBag();
        var read = ProjectFileReader.Read(project, diagnostics);
        var build = VankienProcess.RunIn(folder, ["build"], TimeSpan.FromMinutes(5));

        Assert.Empty(diagnostics.Items);
        Assert.Equal(["txt"], read.Formats);
        Assert.Equal(0, build.ExitCode);
        Assert.Contains("Chương trình công tác", File.ReadAllText(Path.Combine(folder, "out", "chuong-trinh.txt")), StringComparison.OrdinalIgnoreCase);
        Assert.False(File.Exists(Path.Combine(folder, "out", "chuong-trinh.docx")));
    }

    [Fact]
    public void An_unknown_format_names_every_format_of_the_table()
    {
        var folder = Repo.NewTempFolder();
        var project = Path.Combine(folder, "vankien.yaml");
        File.WriteAllText(project, "dau-ra: out\ndinh-dang: [docx, odt]\n");

        var diagnostics = new DiagnosticBag();
        ProjectFileReader.Read(project, diagnostics);
        var option = CliRun.Run("build", Program, "-o", Path.Combine(folder, "out"), "--format", "odt");

        var refused = Assert.Single(diagnostics.Items);
        Assert.Equal(("VK0006", 2, 19), (refused.Rule.Id, refused.Location.Line, refused.Location.Column));
        Assert.Equal("định dạng 'odt' không có", refused.Message);
        Assert.Equal("các định dạng: docx, pdf, txt", refused.Hint);
        Assert.Equal(2, option.ExitCode);
        Assert.Contains("--format nhận một hay nhiều định dạng cách nhau dấu phẩy: docx, pdf, txt", option.Error);
    }
}

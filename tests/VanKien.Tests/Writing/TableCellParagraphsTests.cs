using System.Xml.Linq;
using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Writing;

/// <summary>
/// A table cell of two paragraphs, in a pipe table ("&lt;br&gt;" parts them) or a grid table (a blank
/// line does): two paragraphs in the DOCX cell, never words glued, never a paragraph of pipes; and
/// the source writer writes the cell back as it reads.
/// </summary>
public class TableCellParagraphsTests
{
    private static (XDocument Document, string Error, string Source) Build(string table)
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "bang.md");
        File.WriteAllText(source, File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md")) + "\n" + table);
        var output = Path.Combine(folder, "out");
        var result = CliRun.Run("build", source, "-o", output);
        Assert.True(result.ExitCode == 0, result.Error);
        return (MainDocument(File.ReadAllBytes(Path.Combine(output, "bang.docx"))), result.Error, source);
    }

    private static List<string> CellParagraphs(XDocument document, string holding) =>
        document.Descendants(W + "tc").Single(c => string.Concat(c.Descendants(W + "t").Select(t => t.Value)).Contains(holding, StringComparison.Ordinal))
            .Elements(W + "p").Select(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value))).ToList();

    [Fact]
    public void A_pipe_table_cell_parted_by_br_holds_two_paragraphs()
    {
        var (document, error, source) = Build("| Việc | Thời gian |\n|---|---|\n| Học tập nghị quyết<br>Thảo luận ở tổ | Quý I |\n");
        Assert.Equal(["Học tập nghị quyết", "Thảo luận ở tổ"], CellParagraphs(document, "Học tập"));
        Assert.DoesNotContain("VK0102", error);

        // Written back from the model, the cell keeps its break.
        var model = VanKien.Building.Compiler.Check(source).Document!;
        Assert.Contains("| Học tập nghị quyết<br>Thảo luận ở tổ | Quý I |", VanKien.Writing.Source.SourceWriter.Write(VanKien.Writing.Source.SourceDocument.From(model)));
    }

    [Fact]
    public void A_grid_table_is_a_table_and_its_cells_keep_their_paragraphs()
    {
        var (document, error, _) = Build(
            "+--------------------+-----------+\n" +
            "| Việc               | Thời gian |\n" +
            "+====================+===========+\n" +
            "| Học tập nghị quyết | Quý I     |\n" +
            "|                    |           |\n" +
            "| Thảo luận ở tổ     |           |\n" +
            "+--------------------+-----------+\n");
        Assert.Equal(["Học tập nghị quyết", "Thảo luận ở tổ"], CellParagraphs(document, "Học tập"));
        Assert.Equal(["Việc"], CellParagraphs(document, "Việc"));
        Assert.DoesNotContain(document.Descendants(W + "t"), t => t.Value.Contains("+---", StringComparison.Ordinal) || t.Value.Contains("| Việc", StringComparison.Ordinal));
        Assert.DoesNotContain("VK0102", error);
    }
}

using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Writing;

/// <summary>A pipe table's ":-:" and "-:" columns print centred and right-aligned, as Markdown says.</summary>
public class TableAlignmentTests
{
    [Fact]
    public void Centred_and_right_aligned_columns_keep_their_alignment_in_the_docx()
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "bang.md");
        File.WriteAllText(source, File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md")) +
            "\n| STT | Nội dung | Số lượng |\n|:-:|---|--:|\n| 1 | Sinh hoạt chi bộ | 12 |\n");
        var output = Path.Combine(folder, "out");
        var result = CliRun.Run("build", source, "-o", output);
        Assert.True(result.ExitCode == 0, result.Error);
        var document = MainDocument(File.ReadAllBytes(Path.Combine(output, "bang.docx")));
        var row = document.Descendants(W + "tr").Single(r => string.Concat(r.Descendants(W + "t").Select(t => t.Value)).Contains("Sinh hoạt chi bộ"));
        string? Alignment(int cell) => row.Elements(W + "tc").ElementAt(cell).Descendants(W + "jc").FirstOrDefault()?.Attribute(W + "val")?.Value;
        Assert.Equal("center", Alignment(0));
        Assert.Null(Alignment(1));
        Assert.Equal("right", Alignment(2));
    }
}

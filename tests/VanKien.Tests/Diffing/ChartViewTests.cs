using VanKien.Building;
using VanKien.Diffing;
using VanKien.Tests.Support;

namespace VanKien.Tests.Diffing;

/// <summary>Every view of the body walks every kind of block: a chart shows in textconv and in the prose diff.</summary>
public class ChartViewTests
{
    private static Model.Document WithChart(string result)
    {
        var path = Path.Combine(Repo.Samples, "chi-bo-tieu-hoc-hung-an", "chuong-trinh-hanh-dong-2025-2030.md");
        var text = File.ReadAllText(path) + $"\n::: bieu-do Kết nạp đảng viên\n| Năm | Giá trị đề ra | Kết quả |\n|---|---|---|\n| 2026 | 1 | {result} |\n:::\n";
        var compiled = Compiler.CheckSource(path, System.Text.Encoding.UTF8.GetBytes(text));
        return compiled.Document ?? throw new InvalidOperationException(string.Join("\n", compiled.Diagnostics));
    }

    [Fact]
    public void Textconv_prints_a_chart_with_its_values()
    {
        var text = ReadableText.FromDocument(WithChart("2,5"));
        Assert.Contains("Biểu đồ: Kết nạp đảng viên", text);
        Assert.Contains("2026: Giá trị đề ra 1 | Kết quả 2,5", text);
    }

    [Fact]
    public void The_prose_diff_shows_a_changed_chart_value()
    {
        var changes = ProseDiff.Between(WithChart("2"), WithChart("3"));
        var change = Assert.Single(changes);
        Assert.Equal("2026: Giá trị đề ra 1 | Kết quả 2", change.Old);
        Assert.Equal("2026: Giá trị đề ra 1 | Kết quả 3", change.New);
    }
}

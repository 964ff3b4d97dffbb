using VanKien.Diagnostics;

namespace VanKien.Model;

/// <summary>One series of a chart: a name ("Giá trị đề ra", "Kết quả") and a value per category (none where blank).</summary>
public sealed record ChartSeries(string Name, IReadOnlyList<decimal?> Values);

/// <summary>
/// A column chart from <c>::: bieu-do Title</c> around a table whose first column names the
/// categories and whose other columns are the series; written as a native Word chart.
/// </summary>
public sealed record Chart(string Title, string CategoryTitle, string Unit, IReadOnlyList<string> Categories, IReadOnlyList<ChartSeries> Series, SourceLocation Location)
    : Block(Location)
{
    public override T Accept<T>(IBlockVisitor<T> visitor) => visitor.Chart(this);
}

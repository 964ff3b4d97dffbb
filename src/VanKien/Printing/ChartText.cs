using VanKien.Model;

namespace VanKien.Printing;

/// <summary>
/// A chart as lines of text — what its description (alt text) says in the DOCX, what textconv and the diff show: its title, then one line per category with
/// each series' value ("Kết nạp đảng viên: Giá trị đề ra 3 | Kết quả 4"), blank values as "–".
/// </summary>
public static class ChartText
{
    public static IEnumerable<string> Lines(Chart chart)
    {
        yield return $"Biểu đồ: {chart.Title}";
        for (var i = 0; i < chart.Categories.Count; i++)
        {
            var index = i;
            var values = chart.Series.Select(s => $"{s.Name} {(index < s.Values.Count && s.Values[index] is { } v ? Values.VietnameseNumber.Format(v) : "–")}");
            yield return $"{chart.Categories[i]}: {string.Join(" | ", values)}";
        }
    }
}

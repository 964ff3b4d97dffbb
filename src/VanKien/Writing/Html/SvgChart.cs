using System.Globalization;
using System.Text;
using VanKien.Model;
using VanKien.Values;
using static VanKien.Writing.Html.Html;

namespace VanKien.Writing.Html;

/// <summary>
/// A column chart as inline SVG, written by the program (no charting library): a group of columns
/// per category, one colour per series with its legend, each column labelled with its value in
/// the Vietnamese number form. The figure carries a text alternative listing every value.
/// </summary>
public static class SvgChart
{
    private static readonly string[] Colours = ["#1f4e79", "#c55a11", "#548235", "#7f6000"];

    public static string Write(Chart chart) => Write(chart.Title, chart.Categories, chart.Series.Select(s => (s.Name, s.Values)).ToList(), chart.Unit);

    public static string Write(string title, IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<decimal?> Values)> series, string unit)
    {
        const int height = 220, top = 20, bottom = 40, left = 10, groupGap = 16, column = 22;
        var max = series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => Math.Abs(v!.Value)).DefaultIfEmpty(1).Max();
        if (max == 0) max = 1;
        var groupWidth = series.Count * column + groupGap;
        var width = left * 2 + Math.Max(1, categories.Count) * groupWidth;
        var plot = height - top - bottom;
        var alternative = string.Join("; ", categories.Select((c, i) => $"{c}: " + string.Join(", ",
            series.Select(s => $"{s.Name} {(i < s.Values.Count && s.Values[i] is { } v ? VietnameseNumber.Format(v) + unit : "—")}"))));
        var svg = new StringBuilder();
        svg.Append("<figure class=\"bieu-do\"><figcaption>").Append(Encode(title)).Append("</figcaption>\n");
        svg.Append(CultureInfo.InvariantCulture, $"<svg role=\"img\" aria-label={Attribute(title + ". " + alternative)} viewBox=\"0 0 {width} {height}\" width=\"{width}\" height=\"{height}\">\n");
        svg.Append(CultureInfo.InvariantCulture, $"<line x1=\"{left}\" y1=\"{top + plot}\" x2=\"{width - left}\" y2=\"{top + plot}\" stroke=\"#333\"/>\n");
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = left + c * groupWidth + groupGap / 2;
            for (var s = 0; s < series.Count; s++)
            {
                if (c >= series[s].Values.Count || series[s].Values[c] is not { } value) continue;
                var h = (int)Math.Round(plot * Math.Abs(value) / max);
                var x = x0 + s * column;
                svg.Append(CultureInfo.InvariantCulture, $"<rect x=\"{x}\" y=\"{top + plot - h}\" width=\"{column - 4}\" height=\"{h}\" fill=\"{Colours[s % Colours.Length]}\"/>");
                svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x + (column - 4) / 2}\" y=\"{top + plot - h - 4}\" font-size=\"9\" text-anchor=\"middle\">{Encode(VietnameseNumber.Format(value) + unit)}</text>\n");
            }
            svg.Append(CultureInfo.InvariantCulture, $"<text x=\"{x0 + series.Count * column / 2}\" y=\"{top + plot + 14}\" font-size=\"11\" text-anchor=\"middle\">{Encode(categories[c])}</text>\n");
        }
        svg.Append("</svg>\n<ul class=\"chu-giai\">");
        for (var s = 0; s < series.Count; s++)
            svg.Append("<li><span class=\"mau\" style=\"background:").Append(Colours[s % Colours.Length]).Append("\"></span>").Append(Encode(series[s].Name)).Append("</li>");
        return svg.Append("</ul></figure>").ToString();
    }
}

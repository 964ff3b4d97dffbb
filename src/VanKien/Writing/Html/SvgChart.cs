using System.Globalization;
using VanKien.Model;
using VanKien.Values;

namespace VanKien.Writing.Html;

/// <summary>
/// A column chart as inline SVG, written by the program (no charting library): a group of columns
/// per category, one colour per series with its legend, each column labelled with its value in
/// the Vietnamese number form. The figure carries a text alternative listing every value. Every
/// element goes through <see cref="HtmlWriter"/>, so a category, series name or unit stays text.
/// </summary>
public static class SvgChart
{
    private static readonly string[] Colours = ["#1f4e79", "#c55a11", "#548235", "#7f6000"];

    public static HtmlWriter Write(HtmlWriter w, Chart chart) => Write(w, chart.Title, chart.Categories, chart.Series.Select(s => (s.Name, s.Values)).ToList(), chart.Unit);

    public static HtmlWriter Write(HtmlWriter w, string title, IReadOnlyList<string> categories, IReadOnlyList<(string Name, IReadOnlyList<decimal?> Values)> series, string unit)
    {
        const int height = 220, top = 20, bottom = 40, left = 10, groupGap = 16, column = 22;
        var max = series.SelectMany(s => s.Values).Where(v => v is not null).Select(v => Math.Abs(v!.Value)).DefaultIfEmpty(1).Max();
        if (max == 0) max = 1;
        var groupWidth = series.Count * column + groupGap;
        var width = left * 2 + Math.Max(1, categories.Count) * groupWidth;
        var plot = height - top - bottom;
        var alternative = string.Join("; ", categories.Select((c, i) => $"{c}: " + string.Join(", ",
            series.Select(s => $"{s.Name} {(i < s.Values.Count && s.Values[i] is { } v ? VietnameseNumber.Format(v) + unit : "—")}"))));

        w.Open("figure", ("class", "bieu-do")).Element("figcaption", title).Line();
        w.Open("svg", ("role", "img"), ("aria-label", title + ". " + alternative), ("viewBox", $"0 0 {N(width)} {N(height)}"), ("width", N(width)), ("height", N(height))).Line();
        w.SelfClosing("line", ("x1", N(left)), ("y1", N(top + plot)), ("x2", N(width - left)), ("y2", N(top + plot)), ("stroke", "#333")).Line();
        for (var c = 0; c < categories.Count; c++)
        {
            var x0 = left + c * groupWidth + groupGap / 2;
            for (var s = 0; s < series.Count; s++)
            {
                if (c >= series[s].Values.Count || series[s].Values[c] is not { } value) continue;
                var h = (int)Math.Round(plot * Math.Abs(value) / max);
                var x = x0 + s * column;
                w.SelfClosing("rect", ("x", N(x)), ("y", N(top + plot - h)), ("width", N(column - 4)), ("height", N(h)), ("fill", Colours[s % Colours.Length]));
                w.Element("text", VietnameseNumber.Format(value) + unit,
                    ("x", N(x + (column - 4) / 2)), ("y", N(top + plot - h - 4)), ("font-size", "9"), ("text-anchor", "middle")).Line();
            }
            w.Element("text", categories[c], ("x", N(x0 + series.Count * column / 2)), ("y", N(top + plot + 14)), ("font-size", "11"), ("text-anchor", "middle")).Line();
        }
        w.Close("svg").Line().Open("ul", ("class", "chu-giai"));
        for (var s = 0; s < series.Count; s++)
            w.Open("li").Element("span", "", ("class", "mau"), ("style", "background:" + Colours[s % Colours.Length])).Text(series[s].Name).Close("li");
        return w.Close("ul").Close("figure");
    }

    /// <summary>A coordinate as SVG reads it, whatever the machine's culture.</summary>
    private static string N(int value) => value.ToString(CultureInfo.InvariantCulture);
}

namespace VanKien.Writing.Docx;

/// <summary>
/// Where a chart's parts go, decided from its text before any renderer sees it: the title's lines
/// at the top, room above the bars for their value labels, the axis labels, axis title and legend
/// below, and the labels' size — upright where they fit over their bar, turned a quarter where
/// the bars are too narrow. Widths are estimated from Times New Roman's advance widths, so the
/// estimate errs wide and the parts keep clear of each other in Word and in LibreOffice alike.
/// </summary>
internal sealed record ChartLayout(double WidthPoints, double HeightPoints, double PlotLeft, double PlotTop, double PlotWidth, double PlotHeight,
    int LabelSize, bool LabelsTurned)
{
    private const double TitleSize = 12;
    private const double Gap = 0.8;
    private const double Overlap = -0.1;

    /// <summary>The text of a value label, the Vietnamese way ("96,5%").</summary>
    public static string Label(decimal value, string unit) => Values.VietnameseNumber.Format(value, 1) + (unit == "%" ? "%" : "");

    public static ChartLayout For(Model.Chart chart, int widthTwips)
    {
        var width = widthTwips / 20.0;
        var titleLines = Math.Max(1, (int)Math.Ceiling(PrintedWidth.Points(chart.Title, TitleSize) * 1.08 / (width - 24)));
        var top = 8 + titleLines * TitleSize * 1.25;

        var labels = chart.Series.SelectMany(s => s.Values).OfType<decimal>().Select(v => Label(v, chart.Unit)).DefaultIfEmpty("0").ToList();
        var left = 18 + PrintedWidth.Points("100", 11) + 14;
        var plotWidth = width - left - 12;
        var slot = plotWidth / Math.Max(1, chart.Categories.Count);
        var bars = Math.Max(1, chart.Series.Count);
        var bar = slot / (bars + Gap);
        // Two labels of one category sit a bar's width (and the overlap) apart; they fit if neither reaches the other.
        var room = bar * (1 - Overlap) - 2;
        var size = new[] { 11, 10, 9, 8 }.FirstOrDefault(s => labels.Max(l => PrintedWidth.Points(l, s)) <= room);
        var turned = size == 0;
        if (turned) size = 9;
        var headroom = turned ? labels.Max(l => PrintedWidth.Points(l, size)) + 6 : size * 1.3 + 4;

        var categoryLabels = chart.Categories.Select(c => PrintedWidth.Points(c, 11)).DefaultIfEmpty(0).Max() > slot - 4 ? 2 : 1;
        var bottom = categoryLabels * 11 * 1.25 + 10 * 1.3 + 11 * 1.4 + 22;
        var height = Math.Max(width * 9 / 16, top + headroom + bottom + width * 0.3);
        return new ChartLayout(width, height, left / width, (top + headroom) / height, plotWidth / width, (height - top - headroom - bottom) / height, size * 100, turned);
    }
}

using VanKien.Reporting;
using VanKien.Results;
using VanKien.Writing.Html;
using static VanKien.Writing.Html.Html;

namespace VanKien.Publishing;

/// <summary>
/// The dashboard's chart: a row per cell — its name, one bar of its targets by verdict, the counts
/// in words and the targets it missed. HTML rather than an SVG drawing: a name of any length wraps on
/// its own line and never runs into another, a bar's length is a share of the page's width, so the
/// chart fits 390 px as it fits 1280, and every figure a colour shows is also written.
/// </summary>
internal static class VerdictBars
{
    private sealed record Kind(string Class, string Words, Func<Verdict, bool> Has);

    // Worst news first, as a committee reads the board.
    private static readonly Kind[] Kinds =
    [
        new("khong-dat", "không đạt", v => v is Verdict.Missed),
        new("dat", "đạt, vượt", v => v is Verdict.Met or Verdict.Exceeded),
        new("chua-den-han", "chưa đến hạn", v => v is Verdict.NotDue),
        new("chua-danh-gia", "chưa đánh giá được", v => v is Verdict.NoResult or Verdict.NotAssessable),
    ];

    /// <param name="cellPage">The page of a column's cell results, or null.</param>
    public static HtmlWriter Write(HtmlWriter w, string page, RollUp.Table table, Func<RollUp.Column, string?> cellPage)
    {
        var counts = table.Columns.Select((_, c) => Kinds.Select(k => table.Rows.Count(r => r.Cells[c].Verdict is { } v && k.Has(v))).ToArray()).ToList();
        var most = Math.Max(1, counts.Select(c => c.Sum()).DefaultIfEmpty(0).Max());
        w.Open("figure", ("class", "bd-danh-gia")).Open("figcaption").Text("Chỉ tiêu cấp trên theo đánh giá, năm ").Number(table.Year)
            .Text(" (không tính chỉ tiêu được miễn hay đơn vị không có)").Close("figcaption").Line();
        w.Open("ul", ("class", "chu-giai"));
        foreach (var kind in Kinds) w.Open("li").Element("span", "", ("class", "mau " + kind.Class)).Text(kind.Words).Close("li");
        w.Close("ul").Line();
        for (var c = 0; c < table.Columns.Count; c++)
        {
            var column = table.Columns[c];
            w.Open("div", ("class", "hang-bd")).Open("p", ("class", "ten-bd"));
            if (cellPage(column) is { } target) w.Anchor(Link(page, target), column.Name); else w.Text(column.Name);
            w.Close("p").Open("div", ("class", "thanh-bd"), ("aria-hidden", "true"));
            for (var k = 0; k < Kinds.Length; k++)
                if (counts[c][k] > 0)
                    w.Element("span", "", ("class", "doan " + Kinds[k].Class), ("style", $"width:{Percent(counts[c][k], most)}%"));
            w.Close("div").Open("p", ("class", "so-bd"));
            var said = Enumerable.Range(0, Kinds.Length).Where(k => counts[c][k] > 0).ToList();
            if (said.Count == 0) w.Text("chưa có chỉ tiêu nào để đánh giá");
            foreach (var (k, i) in said.Select((k, i) => (k, i)))
            {
                if (i > 0) w.Text(" · ");
                w.Open("span", ("class", "so " + Kinds[k].Class)).Number(counts[c][k]).Text(" " + Kinds[k].Words).Close("span");
            }
            var missed = table.Rows.Where(r => r.Cells[c].Verdict is Verdict.Missed).Select(r => r.Parent.Id?.Value ?? "").ToList();
            if (missed.Count > 0) w.Text(". Không đạt: ").Element("b", string.Join(", ", missed));
            w.Close("p").Close("div").Line();
        }
        return w.Close("figure");
    }

    /// <summary>A share of the widest bar, to a tenth of a percent, as CSS reads it whatever the machine's culture.</summary>
    private static string Percent(int count, int most) =>
        Math.Round(100m * count / most, 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
}

using System.Globalization;
using VanKien.Diagnostics;
using VanKien.Writing.Html;
using static VanKien.Publishing.SiteDocument;
using static VanKien.Writing.Html.Html;

namespace VanKien.Publishing;

/// <summary>The site's home page: every document, newest first.</summary>
internal static class HomePage
{
    /// <summary>
    /// Every document, newest first, under the year it was issued: its date, kind and number, issuer and
    /// trích yếu — what a committee member looks a document up by — and how many problems it has.
    /// </summary>
    internal static string Index(IReadOnlyList<SiteDocument> documents, IReadOnlyList<Diagnostic> diagnostics)
    {
        var main = new HtmlWriter().Element("h1", "Văn kiện").Line();
        main.Open("p").Number(documents.Count).Text(" văn bản; ")
            .Number(diagnostics.Count(d => d.Severity == Severity.Error)).Text(" lỗi, ")
            .Number(diagnostics.Count(d => d.Severity == Severity.Warning)).Text(" cảnh báo. ")
            .Anchor("chi-tieu.html", "Cây chỉ tiêu").Text("; ").Anchor("ket-qua/index.html", "kết quả các đơn vị").Text(".").Close("p").Line();
        var newestFirst = documents
            .OrderByDescending(d => d.Document.Frame.Date.Value)
            .ThenBy(d => d.Document.Frame.Bodies.Issuer.Value, StringComparer.Ordinal)
            .ThenBy(d => d.Page, StringComparer.Ordinal);
        foreach (var year in newestFirst.GroupBy(d => d.Document.Frame.Date.Value.Year))
        {
            main.Open("section").Line().Open("h2").Text("Năm ").Number(year.Key).Close("h2").Line().Open("ul", ("class", "danh-muc")).Line();
            foreach (var entry in year)
            {
                var frame = entry.Document.Frame;
                var count = diagnostics.Count(d => d.Location.File.Length > 0 && Path.GetFullPath(d.Location.File) == Path.GetFullPath(entry.Source.Path) && d.Severity != Severity.Info);
                main.Open("li").Open("p", ("class", "dong-dau")).Element("time", Text.VietnameseDate.Short(frame.Date.Value), ("datetime", frame.Date.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)))
                    .Text(" · ").Anchor(Link("index.html", entry.Page), Describe(entry)).Text(" · " + frame.Bodies.Issuer.Value);
                if (count > 0) main.Text(" ").Open("span", ("class", "chan-doan canh-bao")).Number(count).Text(" chẩn đoán").Close("span");
                main.Close("p");
                if (frame.Summary?.Value is { Length: > 0 } summary) main.Element("p", summary, ("class", "tom-tat"));
                main.Close("li").Line();
            }
            main.Close("ul").Line().Close("section").Line();
        }
        return SitePage.Write("index.html", "Trang chủ", main.ToMarkup(), []);
    }
}

using System.Globalization;
using VanKien.Checking;
using VanKien.Coverage;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;
using VanKien.Reporting;
using VanKien.Results;
using VanKien.Writing.Html;
using static VanKien.Publishing.SiteDocument;
using static VanKien.Writing.Html.Html;

namespace VanKien.Publishing;

/// <summary>The site's home page: every document, newest first.</summary>
internal static class HomePage
{
    internal static string Index(IReadOnlyList<SiteDocument> documents, IReadOnlyList<Diagnostic> diagnostics)
    {
        var main = new HtmlWriter().Element("h1", "Văn kiện của dự án").Line();
        main.Open("p").Number(documents.Count).Text(" văn bản; ")
            .Number(diagnostics.Count(d => d.Severity == Severity.Error)).Text(" lỗi, ")
            .Number(diagnostics.Count(d => d.Severity == Severity.Warning)).Text(" cảnh báo. ")
            .Anchor("chi-tieu.html", "Cây chỉ tiêu").Text("; ").Anchor("ket-qua/index.html", "kết quả các đơn vị").Text(".").Close("p").Line();
        foreach (var group in documents.GroupBy(d => d.Document.Frame.Bodies.Issuer.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            main.Open("section").Line().Element("h2", group.Key).Line().Open("ul").Line();
            foreach (var entry in group.OrderBy(e => e.Page, StringComparer.Ordinal))
            {
                var count = diagnostics.Count(d => d.Location.File.Length > 0 && Path.GetFullPath(d.Location.File) == Path.GetFullPath(entry.Source.Path) && d.Severity != Severity.Info);
                DocumentLink(main.Open("li"), "index.html", entry).Text(", " + Text.VietnameseDate.Short(entry.Document.Frame.Date.Value));
                if (count > 0) main.Text(" ").Open("span", ("class", "chan-doan canh-bao")).Number(count).Text(" chẩn đoán").Close("span");
                main.Close("li").Line();
            }
            main.Close("ul").Line().Close("section").Line();
        }
        return SitePage.Write("index.html", "Trang chủ", main.ToMarkup(), []);
    }
}

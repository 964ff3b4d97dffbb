using VanKien.Writing.Html;
using static VanKien.Writing.Html.Html;

namespace VanKien.Publishing;

/// <summary>
/// The frame of every page of the site: Vietnamese, a viewport for phones, the site's own style
/// sheet and script (nothing fetched from elsewhere), a skip link, navigation, main and footer
/// landmarks. Paths are relative to the site's root, with '/'.
/// </summary>
internal static class SitePage
{
    public static string Write(string path, string title, Markup main, IReadOnlyList<(string Text, string? Path)> trail)
    {
        var h = new HtmlWriter().Doctype();
        h.Open("html", ("lang", "vi")).Line().Open("head").Line().Open("meta", ("charset", "utf-8")).Line();
        h.Open("meta", ("name", "viewport"), ("content", "width=device-width, initial-scale=1")).Line();
        h.Element("title", title + " — VanKien").Line();
        h.Open("link", ("rel", "stylesheet"), ("href", Link(path, SiteAssets.StylePath))).Line();
        h.Open("script", ("src", Link(path, SiteAssets.ScriptPath)), ("defer", "")).Close("script").Line();
        h.Close("head").Line().Open("body").Line();
        h.Element("a", "Bỏ qua, tới nội dung", ("class", "bo-qua"), ("href", "#noi-dung")).Line();
        h.Open("header", ("class", "dau-trang")).Line().Open("nav", ("aria-label", "Điều hướng chính")).Open("ul");
        foreach (var (text, target) in new (string, string)[] { ("Trang chủ", "index.html"), ("Chỉ tiêu", "chi-tieu.html"), ("Kết quả", "ket-qua/index.html") })
            h.Open("li").Anchor(Link(path, target), text).Close("li");
        h.Close("ul").Close("nav").Line();
        // Where the page is, below home (the navigation above links home: one "Trang chủ" per page).
        if (trail.Count > 0)
        {
            h.Open("nav", ("aria-label", "Vị trí"), ("class", "vi-tri")).Open("ol");
            foreach (var (text, target) in trail)
            {
                h.Open("li");
                if (target is null) h.Text(text); else h.Anchor(Link(path, target), text);
                h.Close("li");
            }
            h.Close("ol").Close("nav").Line();
        }
        h.Close("header").Line().Open("main", ("id", "noi-dung")).Line().Append(main).Close("main").Line();
        h.Open("footer", ("class", "chan-trang")).Open("p").Text("Trang do ").Element("code", "vankien site").Text(" dựng từ kho văn bản.").Close("p").Close("footer").Line();
        h.Close("body").Line().Close("html").Line();
        return h.ToString();
    }
}

using System.Text;
using static VanKien.Writing.Html.Html;

namespace VanKien.Publishing;

/// <summary>
/// The frame of every page of the site: Vietnamese, a viewport for phones, the site's own style
/// sheet and script (nothing fetched from elsewhere), a skip link, navigation, main and footer
/// landmarks. Paths are relative to the site's root, with '/'.
/// </summary>
internal static class SitePage
{
    public static string Write(string path, string title, string main, IReadOnlyList<(string Text, string? Path)> trail)
    {
        var s = new StringBuilder();
        s.Append("<!DOCTYPE html>\n<html lang=\"vi\">\n<head>\n<meta charset=\"utf-8\">\n");
        s.Append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        s.Append("<title>").Append(Encode(title)).Append(" — VanKien</title>\n");
        s.Append("<link rel=\"stylesheet\" href=").Append(Attribute(Link(path, SiteAssets.StylePath))).Append(">\n");
        s.Append("<script src=").Append(Attribute(Link(path, SiteAssets.ScriptPath))).Append(" defer></script>\n");
        s.Append("</head>\n<body>\n<a class=\"bo-qua\" href=\"#noi-dung\">Bỏ qua, tới nội dung</a>\n");
        s.Append("<header class=\"dau-trang\">\n<nav aria-label=\"Điều hướng chính\"><ul>");
        foreach (var (text, target) in new (string, string)[] { ("Trang chủ", "index.html"), ("Chỉ tiêu", "chi-tieu.html"), ("Kết quả", "ket-qua/index.html") })
            s.Append("<li><a href=").Append(Attribute(Link(path, target))).Append('>').Append(Encode(text)).Append("</a></li>");
        s.Append("</ul></nav>\n");
        if (trail.Count > 0)
        {
            s.Append("<nav aria-label=\"Vị trí\" class=\"vi-tri\"><ol>");
            foreach (var (text, target) in trail)
                s.Append("<li>").Append(target is null ? Encode(text) : $"<a href={Attribute(Link(path, target))}>{Encode(text)}</a>").Append("</li>");
            s.Append("</ol></nav>\n");
        }
        s.Append("</header>\n<main id=\"noi-dung\">\n").Append(main).Append("</main>\n");
        s.Append("<footer class=\"chan-trang\"><p>Trang do <code>vankien site</code> dựng từ kho văn bản.</p></footer>\n</body>\n</html>\n");
        return s.ToString();
    }
}

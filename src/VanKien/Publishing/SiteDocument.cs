using VanKien.Model;
using VanKien.Reading;
using VanKien.Writing.Html;
using static VanKien.Writing.Html.Html;

namespace VanKien.Publishing;

/// <summary>A document of the site: its source, its checked model, the path of its page and the title it prints (its template's).</summary>
internal sealed record SiteDocument(SourceItem Source, Document Document, string Page, string Title)
{
    /// <summary>"van-ban/chi-bo-…/chuong-trinh-….html": the source's place in the project.</summary>
    public static string PagePath(SourceItem source) => "van-ban/" + (source.OutputName + ".html").Replace('\\', '/');

    public static string Describe(SiteDocument entry) => $"{entry.Title} số {entry.Document.Frame.Number.Value}";

    public static HtmlWriter DocumentLink(HtmlWriter h, string from, SiteDocument to) =>
        h.Anchor(Link(from, to.Page), Describe(to)).Text(" — " + to.Document.Frame.Bodies.Issuer.Value);
}

using VanKien.Model;
using VanKien.Reading;
using VanKien.Writing.Html;
using static VanKien.Writing.Html.Html;

namespace VanKien.Publishing;

/// <summary>A document of the site: its source, its checked model and the path of its page.</summary>
internal sealed record SiteDocument(SourceItem Source, Document Document, string Page)
{
    /// <summary>"van-ban/chi-bo-…/chuong-trinh-….html": the source's place in the project.</summary>
    public static string PagePath(SourceItem source) => "van-ban/" + (source.OutputName + ".html").Replace('\\', '/');

    public static string Describe(Document document) => $"{document.Frame.Title?.Value ?? document.Kind.Title} số {document.Frame.Number.Value}";

    public static HtmlWriter DocumentLink(HtmlWriter h, string from, SiteDocument to) =>
        h.Anchor(Link(from, to.Page), Describe(to.Document)).Text(" — " + to.Document.Frame.Bodies.Issuer.Value);
}

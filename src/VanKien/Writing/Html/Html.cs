using System.Text;

namespace VanKien.Writing.Html;

/// <summary>HTML text: every string from a source is encoded before it reaches a page.</summary>
public static class Html
{
    /// <summary>Text with the characters HTML reads as markup escaped; Vietnamese letters stay as they are (the pages are UTF-8).</summary>
    public static string Encode(string text) =>
        text.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal)
            .Replace(">", "&gt;", StringComparison.Ordinal).Replace("\"", "&quot;", StringComparison.Ordinal);

    /// <summary>An attribute value, quoted.</summary>
    public static string Attribute(string text) => "\"" + Encode(text) + "\"";

    /// <summary>A link from one page of a site to another, both given relative to the site's root with '/'.</summary>
    public static string Link(string fromPage, string toPage)
    {
        var depth = fromPage.Count(c => c == '/');
        var s = new StringBuilder();
        for (var i = 0; i < depth; i++) s.Append("../");
        return s.Append(toPage).ToString();
    }
}

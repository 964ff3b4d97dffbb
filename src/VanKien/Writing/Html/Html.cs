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

    /// <summary>
    /// A link from one page of a site to another, both given relative to the site's root with '/':
    /// each segment of the target percent-encoded, so that a file name holding '#', '?', '%', a quote
    /// or a space still names its page. The fragment (an element's id) is encoded too.
    /// </summary>
    public static string Link(string fromPage, string toPage, string? fragment = null)
    {
        var depth = fromPage.Count(c => c == '/');
        var s = new StringBuilder();
        for (var i = 0; i < depth; i++) s.Append("../");
        s.Append(string.Join('/', toPage.Split('/').Select(Uri.EscapeDataString)));
        if (fragment is not null) s.Append('#').Append(Uri.EscapeDataString(fragment));
        return s.ToString();
    }
}

using System.Globalization;
using System.Text;

namespace VanKien.Writing.Html;

/// <summary>
/// The one way the site writes markup: elements by name, with text and attribute values escaped by
/// the writer itself, so that no string from a source (a file name, a field) can become markup. A
/// tag or attribute name is a constant of the program, checked here; markup written by another
/// HtmlWriter enters only as <see cref="Markup"/>.
/// </summary>
public sealed class HtmlWriter
{
    private readonly StringBuilder _s = new();

    /// <summary>The HTML5 document type, first on a page.</summary>
    public HtmlWriter Doctype()
    {
        _s.Append("<!DOCTYPE html>\n");
        return this;
    }

    /// <summary><c>&lt;tag a="…"&gt;</c>; an attribute whose value is null is left out.</summary>
    public HtmlWriter Open(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        _s.Append('>');
        return this;
    }

    /// <summary>An HTML void element (<c>&lt;br&gt;</c>): it has no content and no end tag.</summary>
    public HtmlWriter Void(string tag, params (string Name, string? Value)[] attributes) => Open(tag, attributes);

    /// <summary>An SVG element with no content, closed in its start tag (<c>&lt;rect …/&gt;</c>).</summary>
    public HtmlWriter SelfClosing(string tag, params (string Name, string? Value)[] attributes)
    {
        StartTag(tag, attributes);
        _s.Append("/>");
        return this;
    }

    private void StartTag(string tag, (string Name, string? Value)[] attributes)
    {
        _s.Append('<').Append(Name(tag));
        foreach (var (name, value) in attributes)
            if (value is not null) _s.Append(' ').Append(Name(name)).Append("=\"").Append(Html.Encode(value)).Append('"');
    }

    public HtmlWriter Close(string tag)
    {
        _s.Append("</").Append(Name(tag)).Append('>');
        return this;
    }

    /// <summary>An element holding only text.</summary>
    public HtmlWriter Element(string tag, string text, params (string Name, string? Value)[] attributes) =>
        Open(tag, attributes).Text(text).Close(tag);

    /// <summary>A link to a URL made by <see cref="Html.Link"/> (its path segments percent-encoded).</summary>
    public HtmlWriter Anchor(string href, string text) => Element("a", text, ("href", href));

    public HtmlWriter Text(string text)
    {
        _s.Append(Html.Encode(text));
        return this;
    }

    public HtmlWriter Number(int value) => Text(value.ToString(CultureInfo.InvariantCulture));

    public HtmlWriter Line()
    {
        _s.Append('\n');
        return this;
    }

    /// <summary>Markup another <see cref="HtmlWriter"/> made (a document's article).</summary>
    public HtmlWriter Append(Markup markup)
    {
        _s.Append(markup.Html);
        return this;
    }

    public Markup ToMarkup() => new(_s.ToString());

    public override string ToString() => _s.ToString();

    /// <summary>
    /// Tag and attribute names are the program's, never data: anything but ASCII letters, digits and
    /// '-' is a bug. Capitals are for SVG's camel-case names (<c>viewBox</c>).
    /// </summary>
    private static string Name(string name)
    {
        if (name.Length == 0 || !name.All(c => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '-'))
            throw new ArgumentException($"not an HTML name: '{name}'", nameof(name));
        return name;
    }
}

/// <summary>HTML written by an <see cref="HtmlWriter"/>, which alone makes one.</summary>
public readonly struct Markup
{
    internal Markup(string html) => Html = html;

    public string Html { get; }
}

using System.Security;
using System.Text;
using System.Xml.Linq;

namespace VanKien.Writing.Docx;

/// <summary>
/// The font table and the theme of a DOCX, made from the fonts its styles name. Word resolves a
/// built-in style an editor applies (Title, Heading 1 of its own gallery) through the theme's fonts:
/// with the styles' font as the theme's major and minor font, such a paragraph stays in the
/// document's face instead of falling back to Calibri or Cambria. Both parts are constant for a set
/// of styles, so builds stay byte-identical.
/// </summary>
internal static class FontParts
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The fonts a styles part names, the default first (the theme takes it).</summary>
    public static IReadOnlyList<string> Named(byte[] stylesXml)
    {
        using var stream = new MemoryStream(stylesXml, writable: false);
        var root = XDocument.Load(stream).Root!;
        var fonts = root.Descendants(W + "rFonts")
            .SelectMany(f => new[] { (string?)f.Attribute(W + "ascii"), (string?)f.Attribute(W + "hAnsi"), (string?)f.Attribute(W + "cs") })
            .OfType<string>().Where(f => f.Length > 0).Distinct(StringComparer.Ordinal).ToList();
        return fonts.Count > 0 ? fonts : ["Times New Roman"];
    }

    public static byte[] FontTable(IReadOnlyList<string> fonts)
    {
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:fonts xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\">");
        foreach (var font in fonts)
        {
            xml.Append("<w:font w:name=\"").Append(SecurityElement.Escape(font)).Append("\">");
            // Times New Roman's classification, so that Word substitutes a like face where it is missing.
            if (font == "Times New Roman") xml.Append("<w:panose1 w:val=\"02020603050405020304\"/>");
            xml.Append("<w:charset w:val=\"00\"/><w:family w:val=\"").Append(font == "Times New Roman" ? "roman" : "auto").Append("\"/><w:pitch w:val=\"variable\"/></w:font>");
        }
        return Encoding.UTF8.GetBytes(xml.Append("</w:fonts>").ToString());
    }

    public static byte[] Theme(string font)
    {
        var face = SecurityElement.Escape(font);
        static string Colour(string name, string rgb) => $"<a:{name}><a:srgbClr val=\"{rgb}\"/></a:{name}>";
        const string fill = "<a:solidFill><a:schemeClr val=\"phClr\"/></a:solidFill>";
        var xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>")
            .Append("<a:theme xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\" name=\"VanKien\"><a:themeElements>")
            .Append("<a:clrScheme name=\"VanKien\"><a:dk1><a:sysClr val=\"windowText\" lastClr=\"000000\"/></a:dk1><a:lt1><a:sysClr val=\"window\" lastClr=\"FFFFFF\"/></a:lt1>")
            .Append(Colour("dk2", "1F2A44")).Append(Colour("lt2", "E7E6E6"))
            .Append(Colour("accent1", "1F3864")).Append(Colour("accent2", "ED7D31")).Append(Colour("accent3", "A5A5A5"))
            .Append(Colour("accent4", "FFC000")).Append(Colour("accent5", "5B9BD5")).Append(Colour("accent6", "70AD47"))
            .Append(Colour("hlink", "0563C1")).Append(Colour("folHlink", "954F72")).Append("</a:clrScheme>")
            .Append("<a:fontScheme name=\"VanKien\">")
            .Append($"<a:majorFont><a:latin typeface=\"{face}\"/><a:ea typeface=\"\"/><a:cs typeface=\"{face}\"/></a:majorFont>")
            .Append($"<a:minorFont><a:latin typeface=\"{face}\"/><a:ea typeface=\"\"/><a:cs typeface=\"{face}\"/></a:minorFont>")
            .Append("</a:fontScheme><a:fmtScheme name=\"VanKien\">")
            .Append("<a:fillStyleLst>").Append(fill).Append(fill).Append(fill).Append("</a:fillStyleLst>")
            .Append("<a:lnStyleLst>");
        foreach (var width in new[] { 6350, 12700, 19050 }) xml.Append($"<a:ln w=\"{width}\">{fill}</a:ln>");
        xml.Append("</a:lnStyleLst><a:effectStyleLst>")
            .Append("<a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle><a:effectStyle><a:effectLst/></a:effectStyle>")
            .Append("</a:effectStyleLst><a:bgFillStyleLst>").Append(fill).Append(fill).Append(fill).Append("</a:bgFillStyleLst>")
            .Append("</a:fmtScheme></a:themeElements></a:theme>");
        return Encoding.UTF8.GetBytes(xml.ToString());
    }
}

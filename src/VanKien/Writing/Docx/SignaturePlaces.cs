using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace VanKien.Writing.Docx;

/// <summary>
/// Bookmarks at the places a signature is shown: the position line, the 30 mm room under it, the
/// signer's name, and an appendix's first line. They print nothing; LibreOffice exports each as a
/// named destination (ExportBookmarksToPDFDestination) holding its page and the top left of its
/// line, which is where <c>vankien ky</c> reads the printed document's positions from. Names are
/// letters and digits only: LibreOffice rewrites '_' in a destination's name. The appendix's name
/// carries its page's right margin in twips, the one measure of the text area no printed line gives.
/// </summary>
public static class SignaturePlaces
{
    public const string Position = "VanKienChucVu";
    public const string Room = "VanKienChuKy";
    public const string Name = "VanKienHoTen";

    /// <summary>"VanKienPhuLucLePhai1134": the appendix's first line, and its page's right margin (twips).</summary>
    public const string AppendixPrefix = "VanKienPhuLucLePhai";

    /// <summary>Ids of their own, far from any other bookmark's.</summary>
    private static int IdOf(string name) => name switch
    {
        Position => 9001,
        Room => 9002,
        Name => 9003,
        _ => 9004,
    };

    /// <summary>The runs of a paragraph inside a bookmark of that name (an empty paragraph: the bookmark alone).</summary>
    public static IEnumerable<OpenXmlElement> Marked(string name, params OpenXmlElement[] runs)
    {
        var id = IdOf(name).ToString(System.Globalization.CultureInfo.InvariantCulture);
        yield return new BookmarkStart { Id = id, Name = name };
        foreach (var run in runs) yield return run;
        yield return new BookmarkEnd { Id = id };
    }
}

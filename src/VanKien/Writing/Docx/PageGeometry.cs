using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Standard;

namespace VanKien.Writing.Docx;

/// <summary>Text widths and the section properties made from the reference's page setup.</summary>
internal sealed class PageGeometry(PageSetup page, FormatProfile profile)
{
    public const string DefaultHeaderId = "rIdHeaderDefault";
    public const string FirstHeaderId = "rIdHeaderFirst";

    public int PortraitTextWidth => page.PortraitWidth - page.Left - page.Right;

    public int LandscapeTextWidth => page.PortraitHeight - page.Top - page.Bottom;

    /// <summary>A landscape page's right margin: the portrait foot margin (see <see cref="Landscape"/>).</summary>
    public int LandscapeRightMargin => page.Bottom;

    /// <summary>
    /// The widths of the two side-by-side columns of the header and closing blocks: the left
    /// one (issuing body; recipients) takes the profile's share of the text width.
    /// </summary>
    public (int Left, int Right) TwoColumns()
    {
        var left = (int)Math.Round(PortraitTextWidth * profile.LeftColumnShare);
        return (left, PortraitTextWidth - left);
    }

    /// <summary>Portrait; an empty first-page header, so page numbers start on page 2.</summary>
    public SectionProperties Portrait() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = DefaultHeaderId },
        new HeaderReference { Type = HeaderFooterValues.First, Id = FirstHeaderId },
        new PageSize { Width = (uint)page.PortraitWidth, Height = (uint)page.PortraitHeight },
        Margins(),
        new TitlePage());

    /// <summary>
    /// Landscape for a wide appendix table; page numbers continue on every page. Bound with the
    /// portrait pages, a landscape page turns so that its top edge lies along the binding: it takes
    /// the portrait left margin at the top, the right one at the foot, and the top and foot ones at its sides.
    /// </summary>
    public SectionProperties Landscape() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = DefaultHeaderId },
        new PageSize { Width = (uint)page.PortraitHeight, Height = (uint)page.PortraitWidth, Orient = PageOrientationValues.Landscape },
        Margins(top: page.Left, bottom: page.Right, left: page.Top, right: page.Bottom));

    private PageMargin Margins() => Margins(page.Top, page.Bottom, page.Left, page.Right);

    private PageMargin Margins(int top, int bottom, int left, int right) => new()
    {
        Top = top,
        Bottom = bottom,
        Left = (uint)left,
        Right = (uint)right,
        Header = (uint)page.Header,
        Footer = (uint)page.Footer,
        Gutter = 0U,
    };
}

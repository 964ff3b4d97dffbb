using DocumentFormat.OpenXml.Wordprocessing;
using static VanKien.Writing.Docx.Units;

namespace VanKien.Writing.Docx;

/// <summary>Page sizes and margins in twips, and the section properties made from them.</summary>
internal sealed class PageGeometry(FormatProfile profile)
{
    public const string DefaultHeaderId = "rIdHeaderDefault";
    public const string FirstHeaderId = "rIdHeaderFirst";

    public int PortraitTextWidth => Twips(profile.PageWidthMm) - Twips(profile.MarginLeftMm) - Twips(profile.MarginRightMm);

    public int LandscapeTextWidth => Twips(profile.PageHeightMm) - Twips(profile.MarginLeftMm) - Twips(profile.MarginRightMm);

    /// <summary>
    /// The widths of the two side-by-side columns of the header and closing blocks: the left
    /// one (issuing body; recipients) takes the profile's share of the text width.
    /// </summary>
    public (int Left, int Right) TwoColumns()
    {
        var left = (int)Math.Round(PortraitTextWidth * profile.LeftColumnShare);
        return (left, PortraitTextWidth - left);
    }

    /// <summary>A4 portrait; an empty first-page header, so page numbers start on page 2.</summary>
    public SectionProperties Portrait() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = DefaultHeaderId },
        new HeaderReference { Type = HeaderFooterValues.First, Id = FirstHeaderId },
        new PageSize { Width = (uint)Twips(profile.PageWidthMm), Height = (uint)Twips(profile.PageHeightMm) },
        Margins(),
        new TitlePage());

    /// <summary>A4 landscape for a wide appendix table; page numbers continue on every page.</summary>
    public SectionProperties Landscape() => new(
        new HeaderReference { Type = HeaderFooterValues.Default, Id = DefaultHeaderId },
        new PageSize { Width = (uint)Twips(profile.PageHeightMm), Height = (uint)Twips(profile.PageWidthMm), Orient = PageOrientationValues.Landscape },
        Margins());

    private PageMargin Margins() => new()
    {
        Top = Twips(profile.MarginTopMm),
        Bottom = Twips(profile.MarginBottomMm),
        Left = (uint)Twips(profile.MarginLeftMm),
        Right = (uint)Twips(profile.MarginRightMm),
        Header = (uint)Twips(profile.HeaderDistanceMm),
        Footer = (uint)Twips(profile.HeaderDistanceMm),
        Gutter = 0U,
    };
}

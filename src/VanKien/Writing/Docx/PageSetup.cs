namespace VanKien.Writing.Docx;

/// <summary>Page size and margins in twips, as a reference DOCX's section sets them.</summary>
public sealed record PageSetup(int Width, int Height, int Top, int Bottom, int Left, int Right, int Header, int Footer)
{
    public static PageSetup FromProfile(FormatProfile profile) => new(
        Units.Twips(profile.PageWidthMm), Units.Twips(profile.PageHeightMm),
        Units.Twips(profile.MarginTopMm), Units.Twips(profile.MarginBottomMm),
        Units.Twips(profile.MarginLeftMm), Units.Twips(profile.MarginRightMm),
        Units.Twips(profile.HeaderDistanceMm), Units.Twips(profile.HeaderDistanceMm));

    /// <summary>The page is portrait in the reference; a landscape appendix swaps width and height.</summary>
    public int PortraitWidth => Math.Min(Width, Height);

    public int PortraitHeight => Math.Max(Width, Height);
}

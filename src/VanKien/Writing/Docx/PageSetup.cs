using VanKien.Standard;

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

    /// <summary>Why this page cannot carry a document (a size of 0 or -5, margins wider than the page), or null.</summary>
    public string? Problem()
    {
        // Word's own bounds for a page: 0.1 inch to 22 inches a side, in twips.
        const int MinSide = 144, MaxSide = 31680;
        if (Width is < MinSide or > MaxSide || Height is < MinSide or > MaxSide)
            return $"khổ giấy {Width} × {Height} twip không hợp lệ (mỗi cạnh từ {MinSide} đến {MaxSide})";
        if (Top < 0 || Bottom < 0 || Left < 0 || Right < 0 || Header < 0 || Footer < 0)
            return "lề trang không được âm";
        if (Top + Bottom >= Height || Left + Right >= Width)
            return "lề trang rộng hơn khổ giấy";
        return null;
    }
}

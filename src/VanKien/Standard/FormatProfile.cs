namespace VanKien.Standard;

/// <summary>Whose standard frames the document: a Party body's, or a state body's (UBND).</summary>
public enum FrameVariant
{
    Party,
    State,
}

/// <summary>
/// The numbers and fixed wording of a presentation standard (FORMAT.md), kept as data so that a
/// new regulation is a new profile. The sizes here make the built-in reference DOCX; at build
/// time every size and the page setup come from the reference DOCX (which an office may restyle),
/// while the wording and the layout of the frame come from the profile.
/// </summary>
public sealed record FormatProfile
{
    public required string Name { get; init; }
    public required FrameVariant Variant { get; init; }
    public required string FontFamily { get; init; }

    // Page (A4), for the built-in reference.
    public double PageWidthMm { get; init; } = 210;
    public double PageHeightMm { get; init; } = 297;
    public required double MarginTopMm { get; init; }
    public required double MarginBottomMm { get; init; }
    public required double MarginLeftMm { get; init; }
    public required double MarginRightMm { get; init; }
    public double HeaderDistanceMm { get; init; } = 10;

    // Header block: wording and layout.
    public required string NationalLine { get; init; }
    /// <summary>The state motto under the national line ("Độc lập - Tự do - Hạnh phúc"); none for Party documents.</summary>
    public string? Motto { get; init; }
    /// <summary>"*" under a Party issuer; null draws a short rule instead (state documents).</summary>
    public string? IssuerSeparator { get; init; }
    /// <summary>"Số " for Party documents (no colon), "Số: " for state documents.</summary>
    public required string NumberPrefix { get; init; }
    /// <summary>Share of the text width given to the left column of the header and closing blocks.</summary>
    public double LeftColumnShare { get; init; } = 0.45;
    /// <summary>The room between the position and the signer's name, for the signature and the seal: offices leave about 30 mm.</summary>
    public double SignatureRoomMm { get; init; } = 30;

    // Sizes (pt) and weights of the built-in styles.
    public required double NationalLineSize { get; init; }
    public double MottoSize { get; init; } = 13;
    public required double SuperiorBodySize { get; init; }
    public required double IssuingBodySize { get; init; }
    public required double NumberSize { get; init; }
    public required double PlaceDateSize { get; init; }
    public required double KindTitleSize { get; init; }
    public required double SummarySize { get; init; }
    public required double BodySize { get; init; }
    public required double TableSize { get; init; }
    public required double FirstLineIndentMm { get; init; }
    public required double ParagraphSpacingAfterPt { get; init; }
    public required double LineSpacing { get; init; }
    public required double RecipientsLabelSize { get; init; }
    public required bool RecipientsLabelUnderlined { get; init; }
    public required bool RecipientsLabelBoldItalic { get; init; }
    public required double RecipientsItemSize { get; init; }
    public required double SignatureSize { get; init; }
    public required bool PositionBold { get; init; }

    /// <summary>Party documents: Hướng dẫn 36-HD/VPTW (2018); sizes marked [S] in FORMAT.md are defaults.</summary>
    public static FormatProfile Dang36_2018 { get; } = new()
    {
        Name = "dang-36-2018",
        Variant = FrameVariant.Party,
        FontFamily = "Times New Roman",
        MarginTopMm = 20,
        MarginBottomMm = 20,
        MarginLeftMm = 30,
        MarginRightMm = 15,
        NationalLine = "ĐẢNG CỘNG SẢN VIỆT NAM",
        IssuerSeparator = "*",
        NumberPrefix = "Số ",
        NationalLineSize = 15,
        SuperiorBodySize = 14,
        IssuingBodySize = 14,
        NumberSize = 14,
        PlaceDateSize = 14,
        KindTitleSize = 16,
        SummarySize = 14,
        BodySize = 14,
        TableSize = 13,
        FirstLineIndentMm = 10,
        ParagraphSpacingAfterPt = 6,
        LineSpacing = 1.2,
        RecipientsLabelSize = 14,
        RecipientsLabelUnderlined = true,
        RecipientsLabelBoldItalic = false,
        RecipientsItemSize = 12,
        SignatureSize = 14,
        PositionBold = false,
    };

    /// <summary>State documents (UBND, schools as state units): Nghị định 30/2020/NĐ-CP, Phụ lục I.</summary>
    public static FormatProfile Nd30_2020 { get; } = new()
    {
        Name = "nd30-2020",
        Variant = FrameVariant.State,
        FontFamily = "Times New Roman",
        MarginTopMm = 20,
        MarginBottomMm = 20,
        MarginLeftMm = 30,
        MarginRightMm = 15,
        NationalLine = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        Motto = "Độc lập - Tự do - Hạnh phúc",
        IssuerSeparator = null,
        NumberPrefix = "Số: ",
        LeftColumnShare = 0.40,
        NationalLineSize = 12,
        MottoSize = 13,
        SuperiorBodySize = 12,
        IssuingBodySize = 12,
        NumberSize = 13,
        // NĐ 30 gives ranges (national line 12–13, motto 13–14, place and date 13–14): one step, 12/13,
        // so that the number and the date, which stand on one line, are one size.
        PlaceDateSize = 13,
        KindTitleSize = 14,
        SummarySize = 14,
        BodySize = 14,
        TableSize = 13,
        FirstLineIndentMm = 10,
        ParagraphSpacingAfterPt = 6,
        LineSpacing = 1.2,
        RecipientsLabelSize = 12,
        RecipientsLabelUnderlined = false,
        RecipientsLabelBoldItalic = true,
        RecipientsItemSize = 11,
        SignatureSize = 14,
        PositionBold = true,
    };

    public static IReadOnlyList<FormatProfile> All { get; } = [Dang36_2018, Nd30_2020];

    public static FormatProfile? ByName(string name) => All.FirstOrDefault(p => p.Name == name);
}

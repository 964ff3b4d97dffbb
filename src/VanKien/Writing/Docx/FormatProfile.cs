namespace VanKien.Writing.Docx;

/// <summary>
/// The numbers of a presentation standard (FORMAT.md), kept as data so that a new regulation is a
/// new profile, not edits scattered through the writer. Sizes are in points, lengths in millimetres.
/// </summary>
public sealed record FormatProfile
{
    public required string Name { get; init; }
    public required string FontFamily { get; init; }

    // Page (A4).
    public double PageWidthMm { get; init; } = 210;
    public double PageHeightMm { get; init; } = 297;
    public required double MarginTopMm { get; init; }
    public required double MarginBottomMm { get; init; }
    public required double MarginLeftMm { get; init; }
    public required double MarginRightMm { get; init; }
    public double HeaderDistanceMm { get; init; } = 10;

    // Header block.
    public required string NationalLine { get; init; }
    public required double NationalLineSize { get; init; }
    public required double BodyNameSize { get; init; }
    public required string IssuerSeparator { get; init; }
    /// <summary>"Số " for Party documents (no colon), "Số: " for state documents.</summary>
    public required string NumberPrefix { get; init; }
    public required double NumberSize { get; init; }
    public required double PlaceDateSize { get; init; }
    /// <summary>Share of the text width given to the left column of the header and closing blocks.</summary>
    public double LeftColumnShare { get; init; } = 0.45;

    // Title and body.
    public required double KindTitleSize { get; init; }
    public required double SummarySize { get; init; }
    public required double BodySize { get; init; }
    public required double TableSize { get; init; }
    public required double FirstLineIndentMm { get; init; }
    public required double ParagraphSpacingAfterPt { get; init; }
    public required double LineSpacing { get; init; }

    // Closing.
    public required double RecipientsLabelSize { get; init; }
    public required double RecipientsItemSize { get; init; }
    public required double SignatureSize { get; init; }
    public required bool PositionBold { get; init; }
    public int SignatureRoomLines { get; init; } = 3;

    /// <summary>Party documents: Hướng dẫn 36-HD/VPTW (2018); sizes marked [S] in FORMAT.md are defaults.</summary>
    public static FormatProfile Dang36_2018 { get; } = new()
    {
        Name = "dang-36-2018",
        FontFamily = "Times New Roman",
        MarginTopMm = 20,
        MarginBottomMm = 20,
        MarginLeftMm = 30,
        MarginRightMm = 15,
        NationalLine = "ĐẢNG CỘNG SẢN VIỆT NAM",
        NationalLineSize = 15,
        BodyNameSize = 14,
        IssuerSeparator = "*",
        NumberPrefix = "Số ",
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
        RecipientsItemSize = 12,
        SignatureSize = 14,
        PositionBold = false,
    };
}

using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Text;
using VanKien.Standard;
using Frame = VanKien.Model.Frame;
using Paragraph = DocumentFormat.OpenXml.Wordprocessing.Paragraph;
using Table = DocumentFormat.OpenXml.Wordprocessing.Table;
using TableRow = DocumentFormat.OpenXml.Wordprocessing.TableRow;

namespace VanKien.Writing.Docx;

/// <summary>
/// The two-column header block of page 1: superior and issuing body, then "*" (Party) or a short
/// rule (state), on the left; the national line with its rule — and the state motto — on the
/// right. Row 2 keeps the number and the place and date on one line.
/// </summary>
internal static partial class HeaderBlockWriter
{
    [System.Text.RegularExpressions.GeneratedRegex("^(?<body>ỦY BAN NHÂN DÂN|HỘI ĐỒNG NHÂN DÂN) (?<place>(XÃ|PHƯỜNG|THỊ TRẤN|HUYỆN|QUẬN|THỊ XÃ|THÀNH PHỐ|TỈNH) .+)$")]
    private static partial System.Text.RegularExpressions.Regex CouncilAndPlace();

    public static Table Write(Frame frame, FormatProfile profile, PageGeometry page)
    {
        var (left, right) = page.TwoColumns();
        var table = Wml.Table([left, right], bordered: false);

        var bodies = new List<Paragraph>();
        if (frame.Bodies.Superior is { } superior)
            bodies.Add(Wml.Paragraph(StyleIds.SuperiorBody, Wml.Run(VietnameseText.Upper(superior.Value))));
        var issuer = VietnameseText.Upper(IssuerLine(frame));
        // "ỦY BAN NHÂN DÂN / XÃ HÙNG AN": a council or committee on one line, its place on the next, as
        // NĐ 30's examples set it — never a place name broken where the column happens to end.
        var lines = profile.Variant == FrameVariant.State && CouncilAndPlace().Match(issuer) is { Success: true } split
            ? [split.Groups["body"].Value, split.Groups["place"].Value]
            : new[] { issuer };
        bodies.Add(Wml.Paragraph(StyleIds.IssuingBody, null, lines.SelectMany((line, i) => i == 0
            ? new DocumentFormat.OpenXml.OpenXmlElement[] { Wml.Run(line) }
            : [new Run(new Break()), Wml.Run(line)])));
        bodies.Add(profile.IssuerSeparator is { } separator
            ? Wml.Paragraph(StyleIds.IssuerSeparator, Wml.Run(separator))
            : Wml.Rule(StyleIds.IssuerSeparator, left / 3, left, spaceAfter: 120));

        // The rule under the national line (and the motto) is as long as the line: an underline in its style.
        var national = new List<Paragraph> { Wml.Paragraph(StyleIds.NationalLine, Wml.Run(profile.NationalLine)) };
        if (profile.Motto is { } motto) national.Add(Wml.Paragraph(StyleIds.Motto, Wml.Run(motto)));

        table.Append(new TableRow(Wml.Cell(left, bodies), Wml.Cell(right, national)));

        var number = Wml.Paragraph(StyleIds.Number, Wml.Run(NumberLine(frame, profile)));
        var placeDate = Wml.Paragraph(StyleIds.PlaceDate, Wml.Run($"{frame.Place.Value}, {frame.DateWords}"));
        table.Append(new TableRow(
            Wml.Cell(left, [number], TableVerticalAlignmentValues.Bottom),
            Wml.Cell(right, [placeDate], TableVerticalAlignmentValues.Bottom)));
        return table;
    }

    /// <summary>
    /// "Số 05-CTr/CB"; a draft without its number yet keeps a blank where the văn thư will write it,
    /// as offices print them: "Số      -CTr/CB", "Số:      /KH-UBND" (no-break spaces, so the blank holds).
    /// </summary>
    private static string NumberLine(Frame frame, FormatProfile profile) => frame.Unnumbered
        ? profile.NumberPrefix.TrimEnd() + " " + new string('\u00A0', 6) + Text.VietnameseText.WithoutWhitespace(frame.Number.Value)
        : profile.NumberPrefix + frame.Number.Value;

    /// <summary>
    /// A draft's marking above the header block, at the right of page 1: its words ("Dự thảo", "Dự
    /// thảo lần 2") bold in a box, as the drafts offices circulate are marked.
    /// </summary>
    public static IEnumerable<Paragraph> DraftMarking(Frame frame, FormatProfile profile, PageGeometry page)
    {
        if (frame.Draft is not { } draft) yield break;
        BorderType Side<TBorder>() where TBorder : BorderType, new() => new TBorder { Val = BorderValues.Single, Size = 6U, Space = 2U, Color = "auto" };
        var box = Units.EstimatedWidthTwips(draft.Value.Length, profile.NumberSize) + 2 * 120;
        yield return Wml.Paragraph(StyleIds.Block, p =>
        {
            p.ParagraphBorders = new ParagraphBorders
            {
                TopBorder = (TopBorder)Side<TopBorder>(),
                LeftBorder = (LeftBorder)Side<LeftBorder>(),
                BottomBorder = (BottomBorder)Side<BottomBorder>(),
                RightBorder = (RightBorder)Side<RightBorder>(),
            };
            p.Indentation = new Indentation { Left = Units.Str(Math.Max(0, page.PortraitTextWidth - box)), FirstLine = "0" };
            p.SpacingBetweenLines = new SpacingBetweenLines { Before = "0", After = "120" };
        }, [Wml.Run(draft.Value, bold: true, sizePoints: profile.NumberSize)]);
    }

    /// <summary>
    /// The issuing body as the header prints it. A congress issues its own documents (numbered -…/ĐH,
    /// signed T/M ĐẠI HỘI): 36-HD's examples head them with the congress, "ĐẠI HỘI ĐẠI BIỂU … LẦN
    /// THỨ …", not with the Party organisation that holds it. The source names the congress in
    /// `co-quan.ten-goi`.
    /// </summary>
    private static string IssuerLine(Frame frame)
    {
        var congress = frame.Bodies.NameInText?.Value;
        var numberedByCongress = frame.Number.Value.Replace(" ", "", StringComparison.Ordinal).EndsWith("/ĐH", StringComparison.Ordinal);
        return congress is not null && numberedByCongress && congress.StartsWith("Đại hội", StringComparison.OrdinalIgnoreCase) ? congress : frame.Bodies.Issuer.Value;
    }
}

using System.Text.RegularExpressions;

namespace VanKien.Importing;

/// <summary>The shapes of the frame's lines as people type them (FORMAT.md), loosely: spacing and case vary.</summary>
public static partial class FramePatterns
{
    /// <summary>
    /// The title lines of the kinds VanKien writes, as a document prints them (each kind's
    /// <c>nhan-dang</c>, or its title in capitals), the longest first so that a title that opens
    /// another ("KẾ HOẠCH" in "KẾ HOẠCH LIÊN TỊCH") never takes its place.
    /// </summary>
    public static readonly IReadOnlyList<(string Title, Model.DocumentKind Kind)> KindTitles =
        [.. Model.DocumentKind.All.SelectMany(k => k.RecognisedTitles.Select(t => (Title: t, Kind: k)))
            .OrderByDescending(t => t.Title.Length).ThenBy(t => t.Title, StringComparer.Ordinal)];

    /// <summary>The words of an unnumbered line opening a kind's operative part ("QUYẾT NGHỊ"), of every kind.</summary>
    public static readonly IReadOnlyList<string> EnactingWords =
        [.. Model.DocumentKind.All.SelectMany(k => k.EnactingWords).Distinct().OrderByDescending(w => w.Length).ThenBy(w => w, StringComparer.Ordinal)];

    /// <summary>A line that holds a header block's cells: its number, its date, the national line or the motto.</summary>
    [GeneratedRegex(@"\bSố\s*:|ngày\s.*tháng|CỘNG\s+H(?:ÒA|OÀ|OA)\s|ĐẢNG\s+CỘNG\s+SẢN|Độc\s+lập", RegexOptions.IgnoreCase)]
    public static partial Regex HeaderCells();

    /// <summary>
    /// The words that open a body's name in a header ("ĐẢNG ỦY XÃ …", "CHI BỘ …", "ỦY BAN NHÂN DÂN",
    /// "UBND HUYỆN …", "TRƯỜNG …", "PHÒNG GD&ĐT …"); what follows them ("TỈNH BẮC NINH") goes on the name.
    /// </summary>
    [GeneratedRegex(@"^(?:ĐẢNG\s+(?:ỦY|UỶ|BỘ|ĐOÀN)|CHI\s+BỘ|(?:ỦY|UỶ)\s+BAN|UBND|HĐND|HỘI\s+ĐỒNG|BAN\s|TRƯỜNG\b|PHÒNG\b|SỞ\s|BỘ\s|(?:TỈNH|HUYỆN|THÀNH|QUẬN|THỊ)\s+(?:ỦY|UỶ)|ĐOÀN\s|CÔNG\s+ĐOÀN|(?:TỔNG\s+)?CÔNG\s+TY|VIỆN\s|CỤC\s|VĂN\s+PHÒNG)")]
    public static partial Regex BodyName();

    [GeneratedRegex(@"^ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM$", RegexOptions.IgnoreCase)]
    public static partial Regex PartyNationalLine();

    [GeneratedRegex(@"^CỘNG\s+H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM$", RegexOptions.IgnoreCase)]
    public static partial Regex StateNationalLine();

    [GeneratedRegex(@"^Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+phúc$", RegexOptions.IgnoreCase)]
    public static partial Regex Motto();

    /// <summary>"Số 05-CTr/CB", "Số: 45/KH-UBND", "Số 16 -CTr/ĐU".</summary>
    [GeneratedRegex(@"^Số\s*:?\s*([0-9]+\s*(?:[-/]|\s(?=\p{L}+\s*[-/]))\s*[\p{L}0-9]+(?:\s*[-/]\s*[\p{L}0-9]+)*)\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex Number();

    /// <summary>A number left blank for the văn thư: "Số      -KH/CB", "Số: XX -KH/CB", "Số: …/KH-UBND".</summary>
    [GeneratedRegex(@"^Số\s*:?(?:\s|[.…_xX])*([-/]\s*[\p{L}]+\s*[-/]\s*[\p{L}0-9]+(?:-[\p{L}0-9]+)*)\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex BlankNumber();

    /// <summary>"Hùng An, ngày 01 tháng 10 năm 2025".</summary>
    [GeneratedRegex(@"^(.{1,80}?),\s*ngày\s*([0-9]{1,2})\s+tháng\s*([0-9]{1,2})\s+năm\s+([0-9]{4})\s*\.?$", RegexOptions.IgnoreCase)]
    public static partial Regex PlaceDate();

    /// <summary>The date line written with figures: "Hà Nội, ngày 30/10/2025", "Hà Nội, 30-10-2025".</summary>
    [GeneratedRegex(@"^(.{1,80}?),\s*(?:ngày\s+)?([0-9]{1,2})\s*[/-]\s*([0-9]{1,2})\s*[/-]\s*([0-9]{4})\s*\.?$", RegexOptions.IgnoreCase)]
    public static partial Regex PlaceDateInFigures();

    [GeneratedRegex(@"^Nơi\s+nhận\s*:?$", RegexOptions.IgnoreCase)]
    public static partial Regex RecipientsLabel();

    /// <summary>"T/M CHI BỘ", "TM. ỦY BAN NHÂN DÂN", "K/T BÍ THƯ", "KT. CHỦ TỊCH".</summary>
    [GeneratedRegex(@"^(T\s*/\s*M|TM\.?|K\s*/\s*T|KT\.?|T\s*/\s*L|TL\.?|TUQ\.?|Q\.)(?:(?<=\.)\s*|\s+)(\p{Lu}[\p{Lu}\s,\-]*)$")]
    public static partial Regex Authority();

    /// <summary>What a table leaves when a converter flattens it: pipes, plus signs and rules alone ("|", "|  |", "+---+---+").</summary>
    [GeneratedRegex(@"^[\s|+\-=:]*[|+][\s|+\-=:]*$")]
    public static partial Regex TableResidue();

    [GeneratedRegex(@"^(PHỤ\s+LỤC)(\s+[IVX0-9]+)?\s*$", RegexOptions.IgnoreCase)]
    public static partial Regex Appendix();

    /// <summary>"(Kèm theo Chương trình hành động số 16 -CTr/ĐU, ngày 25/03/2026 của Ban Chấp hành Đảng bộ xã)".</summary>
    [GeneratedRegex(@"^\(Kèm\s+theo\s+.*?số\s+([0-9]+\s*[-/]\s*[^\s,]+(?:\s*[-/]\s*[^\s,]+)*)\s*,?\s*ngày\s+([0-9]{1,2})/([0-9]{1,2})/([0-9]{4})(?:\s+của\s+(.+?))?\)$")]
    public static partial Regex AppendixNote();

    [GeneratedRegex(@"^\(?(Đã\s+ký|Ký(,| và)?\s.*|Chữ\s+ký.*)\)?$", RegexOptions.IgnoreCase)]
    public static partial Regex SignaturePlaceholder();

    [GeneratedRegex(@"^[-*_=~.·•]{1,}$")]
    public static partial Regex Separator();

    [GeneratedRegex(@"nhiệm\s+kỳ\s+([0-9]{4})\s*[-–]\s*([0-9]{4})", RegexOptions.IgnoreCase)]
    public static partial Regex Term();

    public static bool IsFrameLine(string text)
    {
        var t = text.Trim();
        return PartyNationalLine().IsMatch(t) || StateNationalLine().IsMatch(t) || Number().IsMatch(t) ||
               PlaceDate().IsMatch(t) || RecipientsLabel().IsMatch(t) || Authority().IsMatch(t) ||
               t.StartsWith("Nơi nhận", StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>Letters all upper case (digits and punctuation aside), and at least two of them.</summary>
    public static bool IsUpper(string text) =>
        text.Count(char.IsLetter) >= 2 && text.Where(char.IsLetter).All(char.IsUpper);
}

using System.Text.RegularExpressions;

namespace VanKien.Importing;

/// <summary>
/// Undoes the line ends a page put in (text copied from a PDF or a site at about 80 columns), from the
/// shape of the text alone: a line that stops on a word no phrase ends on ("… Nghị quyết số", "… của")
/// goes on in the next; in a hard-wrapped text (most long lines end near one width) a line that fills
/// the width and does not end a sentence goes on, whatever the next line's first letter; a numbered
/// heading in capitals goes on in a line of capitals. A line that opens an item, a heading, a căn cứ or
/// the closing never continues another.
/// </summary>
internal sealed partial class HardWraps
{
    private readonly int _width;
    private readonly bool _wrapped;

    private HardWraps(int width, bool wrapped) => (_width, _wrapped) = (width, wrapped);

    /// <summary>The width most long lines stop at, and whether the text is wrapped at it.</summary>
    public static HardWraps Of(IEnumerable<string> rawLines)
    {
        var lengths = rawLines.Select(l => l.Trim().Length).Where(n => n >= 20).Order().ToList();
        if (lengths.Count < 10) return new HardWraps(0, false);
        var width = lengths[(int)(lengths.Count * 0.9)];
        var near = lengths.Count(n => n >= width * 0.8 && n <= width + 5);
        return new HardWraps(width, width <= 160 && near * 100 >= lengths.Count * 35);
    }

    /// <summary>Whether <paramref name="line"/> goes on from <paramref name="previous"/>, the physical line above it.</summary>
    public bool Continues(string previous, string line)
    {
        if (previous.Length == 0 || line.Length == 0 || OpensBlock().IsMatch(line) || FramePatterns.IsFrameLine(line)) return false;
        // A line in capitals under one that is not is a title or a heading of its own ("Tải về" over "KẾ HOẠCH").
        if (FramePatterns.IsUpper(line) && !FramePatterns.IsUpper(previous)) return false;
        var end = previous.TrimEnd('"', '”', '’', '\'', ')', '*');
        if (end.Length == 0 || ".:;!?".Contains(end[^1], StringComparison.Ordinal)) return false;
        if (OpenEnd().IsMatch(previous)) return true;
        if (_wrapped && previous.Length >= _width * 0.8 && !FramePatterns.IsFrameLine(previous)) return true;
        // "I. MỤC" over "ĐÍCH, YÊU CẦU": a heading in capitals cut by a narrow column.
        return HeadingStart().IsMatch(previous) && FramePatterns.IsUpper(previous) && FramePatterns.IsUpper(line) && previous.Length + line.Length < 200;
    }

    public static bool OpensBlockLine(string line) => OpensBlock().IsMatch(line);

    /// <summary>A line that opens a block of its own: a list item, a numbered heading or item, a căn cứ, a part, the closing.</summary>
    [GeneratedRegex(@"^(?:[-–+•*]|\(?[0-9]{1,2}[.)]|\([0-9]{1,2}\)|[IVXL]+[.)\-]\s|[a-zđ][.)]\s|[A-ZĐ][.)]\s|[0-9]+(?:\.[0-9]+)+\.?\s|Căn\s+cứ\b|Thực\s+hiện\b|Xét\b|Nơi\s+nhận|PHẦN\b|Phần\s+thứ|Chỉ\s+tiêu\s+[0-9]|Mục\s+tiêu\s+cụ\s+thể\s+[0-9]|(?:T\s*/\s*M|TM\.|K\s*/\s*T|KT\.|T\s*/\s*L|TL\.)\s)")]
    private static partial Regex OpensBlock();

    /// <summary>
    /// A line ending on a word that needs what follows ("của", "và", "về", "các" …), or on a document's
    /// "số" before its number ("Nghị quyết số"); not on words that also end phrases ("trong", "theo", "số" of "chuyển đổi số").
    /// </summary>
    [GeneratedRegex(@"(?:\s(?:của|và|về|các|những|với|cho|tại|từ|đến|được|là|để|bằng|giữa|hoặc|nhằm|tới|mà|thì|nhưng|gồm|sẽ|đã|đang|cần|phải)|(?:Nghị\s+quyết|Quyết\s+định|Kế\s+hoạch|Chỉ\s+thị|Thông\s+tư|Nghị\s+định|Công\s+văn|Hướng\s+dẫn|Quy\s+định|Kết\s+luận|Chương\s+trình|Luật|Báo\s+cáo|Thông\s+báo|Tờ\s+trình|Đề\s+án)\s+số)$", RegexOptions.IgnoreCase)]
    private static partial Regex OpenEnd();

    [GeneratedRegex(@"^(?:PHẦN\s+(?:[IVXL]+|[0-9]{1,2}|THỨ\s+\S+)[.:]?|(?:[IVXL]+|[A-ZĐ]|[0-9]{1,2})[.)])\s+\S")]
    private static partial Regex HeadingStart();
}

using System.Text.RegularExpressions;
using VanKien.Diagnostics;

namespace VanKien.Importing;

/// <summary>
/// Reads a plain-text document (what "Save as .txt" or a copy from a PDF gives) into lines. Blank
/// lines only separate; tab-separated lines form table rows; a line broken at a page end ("… với
/// các" / "cấp lãnh đạo …") is joined back; Markdown left by converters (**bold**, $\geq$) is undone.
/// </summary>
public static partial class PlainTextLineReader
{
    public sealed record Result(IReadOnlyList<SourceLine> Lines, IReadOnlyList<Diagnostic> Notes);

    public static Result Read(string path, string text)
    {
        var lines = new List<SourceLine>();
        var notes = new List<Diagnostic>();
        var raw = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var wraps = HardWraps.Of(raw);
        var previousPiece = "";
        var glued = 0;
        SourceLocation? firstGlued = null;
        var table = 0;
        var columns = 0;
        var blank = true;
        for (var i = 0; i < raw.Length; i++)
        {
            Diagnostics.WorkBudget.Check();
            var location = new SourceLocation(path, i + 1, 1);
            var line = raw[i];
            // A header's two columns typed apart by tabs ("Số: 113/KH-THCS<tab><tab>Tân Thành, ngày …"): cells of the header block, no table.
            if (i < HeaderLines && line.Contains('\t', StringComparison.Ordinal) && FramePatterns.HeaderCells().IsMatch(line) && !(lines.Count > 0 && lines[^1].IsRow))
                line = string.Join("     ", line.Split('\t', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
            if (line.Contains('\t', StringComparison.Ordinal))
            {
                var cells = line.Split('\t').Select(Clean).ToList();
                var continuing = lines.Count > 0 && lines[^1].IsRow;
                if (cells.Count(c => c.Length > 0) >= 2 || continuing && cells.Any(c => c.Length > 0))
                {
                    // A row after prose starts a new table, and its first row is the header.
                    if (!continuing) { table++; columns = cells.Count; }
                    while (cells.Count > columns && cells[^1].Length == 0) cells.RemoveAt(cells.Count - 1);
                    while (cells.Count < columns) cells.Add("");
                    lines.Add(new SourceLine(string.Join(" | ", cells), location) { Cells = cells, Table = table });
                    continue;
                }
            }
            // The header block's two columns, flattened by a web page into one line: apart by a long run of
            // spaces ("CHI BỘ …          Hùng An, ngày …") or by a layout table's pipes ("Số: 12/NQ-HĐND | Hùng An, …").
            var parts = RunOnItems(line).SelectMany(item => i < HeaderLines ? HeaderColumns(item) : [item]).ToList();
            if (parts.Count == 0) parts.Add("");
            foreach (var part in parts)
            {
                var cleaned = Clean(part);
                if (cleaned.Length == 0) { blank = true; continue; }
                // A page's number alone, after a blank line or before one, between two lines of prose (a table's
                // figures, one cell a line, stand among short lines): no line of the text.
                if (PageNumber().IsMatch(cleaned) && (blank || i + 1 < raw.Length && raw[i + 1].Trim().Length == 0) && lines.Count > 0 && !lines[^1].IsRow &&
                    previousPiece.Length >= 30 && NextText(raw, i) is { Length: >= 20 } next && !PageNumber().IsMatch(next))
                {
                    notes.Add(Diagnostic.Of(Rules.ImportCorrected, location, $"bỏ số trang \"{cleaned}\" giữa hai trang"));
                    continue;
                }
                var (parted, count) = GluedSyllables.Part(cleaned);
                if (count > 0)
                {
                    cleaned = parted;
                    glued += count;
                    firstGlued ??= location;
                }
                if (cleaned != part.Trim() && MarkupLeft().IsMatch(part))
                    notes.Add(Diagnostic.Of(Rules.ImportCorrected, location, "bỏ dấu định dạng còn sót của bản chuyển đổi (*, **, $…$, thẻ HTML)"));
                if (lines.Count > 0 && !lines[^1].IsRow && (ContinuesPrevious(lines[^1].Text, cleaned) || wraps.Continues(previousPiece, cleaned) ||
                                                             i < HeaderLines && ContinuesHeaderLine(lines[^1].Text, cleaned)))
                {
                    notes.Add(Diagnostic.Of(Rules.ImportCorrected, location, "nối dòng bị ngắt giữa câu vào đoạn trước"));
                    lines[^1] = lines[^1] with { Text = lines[^1].Text + " " + cleaned };
                    previousPiece = cleaned;
                    continue;
                }
                lines.Add(new SourceLine(cleaned, location) { AfterBlank = blank });
                previousPiece = cleaned;
                blank = false;
            }
        }
        if (firstGlued is { } at)
            notes.Add(Diagnostic.Of(Rules.ImportCorrected, at, $"tách {glued} chữ bị dính liền (bản chép từ PDF), như «vụĐảng» thành «vụ Đảng»"));
        return new Result(lines, notes);
    }

    /// <summary>
    /// A header line's cells: apart where the columns' gap or a layout table's pipe stands — when a cell
    /// is a header's (number, date, national line) or every cell names a body in capitals
    /// ("ĐẢNG ỦY XÃ HÙNG AN          CHI BỘ …") — and before a national line or a motto that ends the
    /// line with a single space before it ("PHÒNG GD&ĐT HÙNG AN CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").
    /// </summary>
    private static List<string> HeaderColumns(string line)
    {
        var parts = ColumnGap().Split(line).Where(p => p.Trim().Length > 0 && p.Trim() != "|").ToList();
        if (parts.Count == 0) return [""];
        if (parts.Count > 1 && !FramePatterns.HeaderCells().IsMatch(line) && !parts.All(p => FramePatterns.IsUpper(p.Trim()))) parts = [line];
        // A date's own blanks ("ngày       tháng   năm 2020", a draft's) are no gap between columns.
        for (var i = parts.Count - 2; i >= 0; i--)
            if (DateWordAtEnd().IsMatch(parts[i]) && DateGoesOn().IsMatch(parts[i + 1].TrimStart()))
            {
                parts[i] = parts[i].TrimEnd() + " " + parts[i + 1].Trim();
                parts.RemoveAt(i + 1);
            }
        return parts.SelectMany(p => TrailingNationalLine().Match(p) is { Success: true } m && m.Index > 0
            ? new[] { p[..m.Index], m.Value } : [p]).ToList();
    }

    /// <summary>
    /// A list a page ran into one line ("… I. Về kinh tế (11 chỉ tiêu) 1. Tốc độ … 2. Thu nhập …"): parted
    /// before each item of a sequence that counts up from 1 (three items or more), and before the Roman
    /// numerals counting up from I among them.
    /// </summary>
    private static IEnumerable<string> RunOnItems(string line)
    {
        if (line.Length < 400) return [line];
        static List<int> Chain(IEnumerable<Match> matches, Func<string, int?> value)
        {
            var cuts = new List<int>();
            foreach (var m in matches)
                if (value(m.Groups[1].Value) == cuts.Count + 1) cuts.Add(m.Index);
            return cuts;
        }
        var arabic = Chain(RunOnArabic().Matches(line), v => int.TryParse(v, out var n) ? n : null);
        if (arabic.Count < 3) return [line];
        var roman = Chain(RunOnRoman().Matches(line), Text.RomanNumerals.Parse);
        var cuts = arabic.Concat(roman).Where(c => c > 0).Distinct().Order().ToList();
        var items = new List<string>();
        var from = 0;
        foreach (var cut in cuts)
        {
            items.Add(line[from..cut].Trim());
            from = cut;
        }
        items.Add(line[from..].Trim());
        return items.Where(item => item.Length > 0);
    }

    [GeneratedRegex(@"(?<=\s)([0-9]{1,2})\.\s+(?=\p{Lu})")]
    private static partial Regex RunOnArabic();

    [GeneratedRegex(@"(?<=\s)([IVX]{1,4})\.\s+(?=\p{Lu})")]
    private static partial Regex RunOnRoman();

    /// <summary>How far down a page's header block can stand, below a site's banner and menus.</summary>
    private const int HeaderLines = 60;

    /// <summary>
    /// A header line broken where its column was narrow: "Số:" over its number, "…, ngày 13" over
    /// "tháng 7 năm 2021", "Hà" over "Nội, ngày …".
    /// </summary>
    private static bool ContinuesHeaderLine(string previous, string line) =>
        NumberLabelAlone().IsMatch(previous) && (char.IsAsciiDigit(line[0]) || line[0] is '-' or '/' or '.' or '…' or '_' or 'X' or 'x') ||
        NumberSequenceAlone().IsMatch(previous) && line[0] is '-' or '/' ||
        DateBrokenAfter().IsMatch(previous) && DateGoesOn().IsMatch(line) ||
        previous.EndsWith("ngày", StringComparison.OrdinalIgnoreCase) && DayGoesOn().IsMatch(line) ||
        SplitHeaderWords(previous, line);

    /// <summary>
    /// A header's words broken over two lines by a narrow column: "ỦY" over "BAN NHÂN DÂN", "CỘNG" over
    /// "HÒA XÃ HỘI …", "CỘNG HÒA XÃ HỘI" over "CHỦ NGHĨA VIỆT NAM", "Hà" over "Nội, ngày …".
    /// </summary>
    private static bool SplitHeaderWords(string previous, string line)
    {
        if (previous.Length > 40 || line.Length == 0 || !char.IsUpper(line[0])) return false;
        var joined = previous + " " + line;
        bool National(string text) => FramePatterns.StateNationalLine().IsMatch(text) || FramePatterns.PartyNationalLine().IsMatch(text) ||
                                      FramePatterns.Motto().IsMatch(text);
        if (National(joined) && !National(previous) && !National(line)) return true;
        // The place's first word over the rest of the date line: "Hà" over "Nội, ngày …", "Sơn" over "La, ngày …".
        if (PlaceDateOpening().IsMatch(line) && PlaceWord().IsMatch(previous)) return true;
        // A short word in capitals over the rest of a body's name: "ỦY" over "BAN NHÂN DÂN".
        return !previous.Contains(' ', StringComparison.Ordinal) && previous.Count(char.IsLetter) <= 4 && FramePatterns.IsUpper(previous) &&
               FramePatterns.IsUpper(line) && FramePatterns.BodyName().IsMatch(joined);
    }

    /// <summary>
    /// The previous line stops mid-sentence and this one goes on in lower case; or a heading wrapped by a
    /// narrow page: "I. Mục tiêu và định" over "hướng đến năm 2030", "I. QUAN ĐIỂM," over "MỤC TIÊU, YÊU CẦU".
    /// </summary>
    private static bool ContinuesPrevious(string previous, string line) =>
        (previous.Length > 40 || ShortHeading().IsMatch(previous)) && !".:;!?)”\"".Contains(previous[^1], StringComparison.Ordinal) &&
        char.IsLower(line[0]) && !line.StartsWith("- ", StringComparison.Ordinal) && !HardWraps.OpensBlockLine(line) ||
        ShortHeading().IsMatch(previous) && previous.EndsWith(',') && FramePatterns.IsUpper(previous) && FramePatterns.IsUpper(line) &&
        !ShortHeading().IsMatch(line);

    [GeneratedRegex(@"^(?:[IVX]+|[0-9]{1,2})[.)]\s+\S")]
    private static partial Regex ShortHeading();

    private static string Clean(string line)
    {
        var text = Text.VietnameseText.Nfc(line).Trim();
        // What a web page's converter leaves: tags ("<p>", "<i>…</i>", "<br>") and entities ("&nbsp;").
        // A block's tag parts words (two paragraphs of one cell are never glued); an inline one does not.
        if (HtmlTag().IsMatch(text))
            text = MultipleSpaces().Replace(HtmlTag().Replace(text, m => m.Groups[1].Value.ToLowerInvariant() is "p" or "br" or "div" ? " " : ""), " ").Trim();
        if (text.Contains('&', StringComparison.Ordinal)) text = System.Net.WebUtility.HtmlDecode(text).Replace('\u00A0', ' ');
        // Emphasis markers around words or digits inside a line: "ngày *05* tháng", "**Điều 1.**".
        text = InlineEmphasis().Replace(text, "$1");
        text = LatexRelation().Replace(text, m => m.Groups[1].Value switch { "geq" or "ge" => "≥", "leq" or "le" => "≤", _ => m.Value });
        text = LatexMath().Replace(text, m => m.Groups[1].Value.Trim());
        text = text.Replace("\\%", "%", StringComparison.Ordinal);
        // Emphasis markers around a whole line or at its ends: "**CHƯƠNG TRÌNH", "BÍ THƯ**", "** Công đoàn:*".
        text = LeadingStars().Replace(text, "");
        // A Markdown heading's marks a converter left ("### 2. Về kinh tế"), with the anchor code some put after them
        // ("### [05-NQ/ĐU] II. CÁC CHỈ TIÊU …"): the line is the heading's text.
        text = MarkdownHeading().Replace(text, "");
        text = TrailingStars().Replace(text, "");
        return text.Trim();
    }

    [GeneratedRegex(@"\\(geq|leq|ge|le)\b")]
    private static partial Regex LatexRelation();

    [GeneratedRegex(@"\$([^$]{1,80})\$")]
    private static partial Regex LatexMath();

    [GeneratedRegex(@"^\*+\s*")]
    private static partial Regex LeadingStars();

    [GeneratedRegex(@"^#{1,6}\s+(?:\[[^\]\s]{1,40}\]\s+)?")]
    private static partial Regex MarkdownHeading();

    [GeneratedRegex(@"</?(p|i|b|u|em|strong|span|div|font|br|sup|sub)(\s[^>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultipleSpaces();

    [GeneratedRegex(@" {5,}|\s+\|\s*|^\s*\|\s*")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^\p{Lu}\p{Ll}+(?:\s\p{L}\p{Ll}*){0,2}$")]
    private static partial Regex PlaceWord();

    /// <summary>"17 tháng 3 năm 2026" under "…, ngày": the day went to the next line.</summary>
    [GeneratedRegex(@"^[0-9]{1,2}\s+tháng\b", RegexOptions.IgnoreCase)]
    private static partial Regex DayGoesOn();

    [GeneratedRegex(@"^[0-9]{1,3}$")]
    private static partial Regex PageNumber();

    private static string? NextText(string[] raw, int i)
    {
        for (var j = i + 1; j < raw.Length; j++)
            if (raw[j].Trim() is { Length: > 0 } text) return text;
        return null;
    }

    [GeneratedRegex(@"^\p{Lu}\p{Ll}*(?:\s\p{Lu}\p{Ll}*){0,3},\s*ngày\b")]
    private static partial Regex PlaceDateOpening();

    [GeneratedRegex(@"(?<=\S\s)(?:CỘNG\s+H(?:ÒA|OÀ|OA)\s+XÃ\s+HỘI\s+CHỦ\s+NGHĨA\s+VIỆT\s+NAM|ĐẢNG\s+CỘNG\s+SẢN\s+VIỆT\s+NAM|Độc\s+lập\s*[-–]\s*Tự\s+do\s*[-–]\s*Hạnh\s+[Pp]húc)\s*$")]
    private static partial Regex TrailingNationalLine();

    [GeneratedRegex(@"^Số\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLabelAlone();

    /// <summary>"Số: 2022" over "/KH-SYT": the sequence, its symbol on the next line.</summary>
    [GeneratedRegex(@"^Số\s*:?\s*[0-9]+\s*$")]
    private static partial Regex NumberSequenceAlone();

    [GeneratedRegex(@"(,\s*ngày|ngày\s+[0-9]{1,2}|tháng\s*[0-9]{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateBrokenAfter();

    [GeneratedRegex(@"(?:ngày|tháng)\s*$", RegexOptions.IgnoreCase)]
    private static partial Regex DateWordAtEnd();

    [GeneratedRegex(@"^(tháng|năm)(\s+[0-9]|\s*$|\s+năm)", RegexOptions.IgnoreCase)]
    private static partial Regex DateGoesOn();

    [GeneratedRegex(@"\*{1,3}([^*\s](?:[^*]*[^*\s])?)\*{1,3}")]
    private static partial Regex InlineEmphasis();

    [GeneratedRegex(@"\s*\*+$")]
    private static partial Regex TrailingStars();

    [GeneratedRegex(@"^\s*\*|\*\s*$|\$|\*[^*\s]|</?[a-z]+[^>]*>|&[a-z]+;", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupLeft();
}

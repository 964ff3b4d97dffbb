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
        var table = 0;
        var columns = 0;
        var blank = true;
        for (var i = 0; i < raw.Length; i++)
        {
            var location = new SourceLocation(path, i + 1, 1);
            var line = raw[i];
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
            // spaces ("CHI BỘ …          Tràng An, ngày …") or by a layout table's pipes ("Số: 97/NQ-HĐND | Hà Giang, …").
            var parts = i < HeaderLines && FramePatterns.HeaderCells().IsMatch(line) ? ColumnGap().Split(line).Where(p => p.Trim().Length > 0 && p.Trim() != "|").ToList() : [line];
            if (parts.Count == 0) parts.Add("");
            foreach (var part in parts)
            {
                var cleaned = Clean(part);
                if (cleaned.Length == 0) { blank = true; continue; }
                if (cleaned != part.Trim() && MarkupLeft().IsMatch(part))
                    notes.Add(Diagnostic.Of(Rules.ImportCorrected, location, "bỏ dấu định dạng còn sót của bản chuyển đổi (*, **, $…$, thẻ HTML)"));
                if (lines.Count > 0 && !lines[^1].IsRow && (ContinuesPrevious(lines[^1].Text, cleaned) || ContinuesHeaderLine(lines[^1].Text, cleaned)))
                {
                    notes.Add(Diagnostic.Of(Rules.ImportCorrected, location, "nối dòng bị ngắt giữa câu vào đoạn trước"));
                    lines[^1] = lines[^1] with { Text = lines[^1].Text + " " + cleaned };
                    continue;
                }
                lines.Add(new SourceLine(cleaned, location) { AfterBlank = blank });
                blank = false;
            }
        }
        return new Result(lines, notes);
    }

    /// <summary>How far down a page's header block can stand, below a site's banner and menus.</summary>
    private const int HeaderLines = 60;

    /// <summary>
    /// A header line broken where its column was narrow: "Số:" over its number, "…, ngày 13" over
    /// "tháng 7 năm 2021", "Hà" over "Nội, ngày …".
    /// </summary>
    private static bool ContinuesHeaderLine(string previous, string line) =>
        NumberLabelAlone().IsMatch(previous) && (char.IsAsciiDigit(line[0]) || line[0] is '-' or '/' or '.' or '…' or '_' or 'X' or 'x') ||
        DateBrokenAfter().IsMatch(previous) && DateGoesOn().IsMatch(line);

    /// <summary>The previous line stops mid-sentence and this one goes on in lower case.</summary>
    private static bool ContinuesPrevious(string previous, string line) =>
        previous.Length > 40 && !".:;!?)”\"".Contains(previous[^1], StringComparison.Ordinal) &&
        char.IsLower(line[0]) && !line.StartsWith("- ", StringComparison.Ordinal);

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
        text = TrailingStars().Replace(text, "");
        return text.Trim();
    }

    [GeneratedRegex(@"\\(geq|leq|ge|le)\b")]
    private static partial Regex LatexRelation();

    [GeneratedRegex(@"\$([^$]{1,80})\$")]
    private static partial Regex LatexMath();

    [GeneratedRegex(@"^\*+\s*")]
    private static partial Regex LeadingStars();

    [GeneratedRegex(@"</?(p|i|b|u|em|strong|span|div|font|br|sup|sub)(\s[^>]*)?/?>", RegexOptions.IgnoreCase)]
    private static partial Regex HtmlTag();

    [GeneratedRegex(" {2,}")]
    private static partial Regex MultipleSpaces();

    [GeneratedRegex(@" {5,}|\s+\|\s*|^\s*\|\s*")]
    private static partial Regex ColumnGap();

    [GeneratedRegex(@"^Số\s*:?$", RegexOptions.IgnoreCase)]
    private static partial Regex NumberLabelAlone();

    [GeneratedRegex(@"(,\s*ngày|ngày\s+[0-9]{1,2}|tháng\s+[0-9]{1,2})$", RegexOptions.IgnoreCase)]
    private static partial Regex DateBrokenAfter();

    [GeneratedRegex(@"^(tháng|năm)\s+[0-9]", RegexOptions.IgnoreCase)]
    private static partial Regex DateGoesOn();

    [GeneratedRegex(@"\*{1,3}([^*\s](?:[^*]*[^*\s])?)\*{1,3}")]
    private static partial Regex InlineEmphasis();

    [GeneratedRegex(@"\s*\*+$")]
    private static partial Regex TrailingStars();

    [GeneratedRegex(@"^\s*\*|\*\s*$|\$|\*[^*\s]|</?[a-z]+[^>]*>|&[a-z]+;", RegexOptions.IgnoreCase)]
    private static partial Regex MarkupLeft();
}

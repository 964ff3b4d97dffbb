using System.Globalization;
using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Text;

namespace VanKien.Importing;

/// <summary>The recogniser's reading of the body: căn cứ, parts, headings whatever their numbering, lists, tables.</summary>
public sealed partial class Recognizer
{
    [GeneratedRegex(@"^(?<marker>PHẦN\s+THỨ\s+\S+|[IVXLC]+[.)\-]|[A-ZĐ][.)/\-]|[0-9]+(?:\.[0-9]+)+\.?|[0-9]+[.)]|[a-zđ]\))\s+(?<text>\S.*)$")]
    private static partial Regex HeadingRegex();

    private static Regex Heading => HeadingRegex();

    /// <summary>"PHẦN THỨ NHẤT", "Phần thứ hai:", "PHẦN I", "PHẦN 1: …", "Phần A. …", with the part's title on the line or not.</summary>
    [GeneratedRegex(@"^PHẦN\s+(?:THỨ\s+(?<word>NHẤT|HAI|BA|TƯ|NĂM|SÁU|BẢY|TÁM|CHÍN|MƯỜI)|(?<mark>[IVX]+|[0-9]{1,2}|[A-ZĐ]))\b\s*[:.\-–]?\s*(?<title>.*)$", RegexOptions.IgnoreCase)]
    private static partial Regex PartRegex();

    [GeneratedRegex(@"^\s*[-–•]\s*(?<text>\S.*)$")]
    private static partial Regex DashRegex();

    [GeneratedRegex(@"^\s*\+\s*(?<text>\S.*)$")]
    private static partial Regex PlusRegex();

    private void ReadBody()
    {
        var styledHeadings = _lines.Any(l => l.Hint is LineHint.Heading or LineHint.PartNumber);
        var hasParts = _lines.Any(l => l.Hint == LineHint.PartNumber);
        var levels = new List<string>();
        var seenHeading = false;
        var body = _document.Body;
        var previousLevel = 0;
        DraftNumbered? openItem = null;
        char? lastLetter = null;
        var lastRoman = 0;
        var lastPart = 0;
        int? listNumber = null;
        var basisRun = false;
        var underDash = false;
        var (romanLater, arabicInSentenceCase) = ScanMarkers();
        // A kind whose template spells out its labels ("Điều {so}.") is read by them.
        var spelled = SpelledHeadings.For(_document.Kind);
        // Numbered from "1." where a Roman level comes later: the first "I." was lost, and "1." sits under it.
        if (FirstHeadingType() == "arabic" && romanLater) levels.Add("roman");

        for (; Current is { } line; _at++)
        {
            WorkBudget.Check();
            var text = line.Text;
            if (IsClosing(line) || line.Hint == LineHint.None && (seenHeading || body.Count > 0) && SignsInOwnName(_at) ||
                (seenHeading || body.Count > 0) && IsAppendix(line)) return;
            if (line.Hint == LineHint.Ornament || FramePatterns.Separator().IsMatch(text) || !line.IsRow && FramePatterns.TableResidue().IsMatch(text)) continue;

            if (!seenHeading && body.Count == 0 && (line.Hint == LineHint.Basis || line.Hint == LineHint.None && IsBasisLine(text, basisRun)))
            {
                ReadBasis(line);
                basisRun = text.TrimEnd().EndsWith(';');
                continue;
            }
            // "1. Căn cứ:" over a list of what it rests on: each item a căn cứ.
            if (!seenHeading && body.Count == 0 && BasisSection().IsMatch(text) && _at + 1 < _lines.Count &&
                (DashRegex().IsMatch(_lines[_at + 1].Text) || PlusRegex().IsMatch(_lines[_at + 1].Text)))
            {
                while (_at + 1 < _lines.Count && (DashRegex().Match(_lines[_at + 1].Text) is { Success: true } item ? item : PlusRegex().Match(_lines[_at + 1].Text)) is { Success: true } next)
                {
                    _at++;
                    var basis = VietnameseText.TrimEndPunctuation(next.Groups["text"].Value.Trim());
                    _document.Basis.Add(basis.StartsWith("Căn cứ", StringComparison.OrdinalIgnoreCase) ? basis : "Căn cứ " + basis);
                }
                diagnostics.Add(Rules.ImportCorrected, line.Location, "mục \"Căn cứ:\" đọc thành các căn cứ của văn bản");
                continue;
            }

            if (line.IsRow)
            {
                openItem = null;
                if (body.LastOrDefault() is DraftTable table && _at > 0 && _lines[_at - 1].IsRow && _lines[_at - 1].Table == line.Table)
                {
                    // A header row printed again on each page of the original: the table keeps one.
                    if (line.Cells!.SequenceEqual(table.Rows[0], StringComparer.Ordinal))
                        diagnostics.Add(Rules.ImportCorrected, line.Location, "bỏ dòng tiêu đề bảng lặp lại (bản gốc in lại ở mỗi trang)");
                    else table.Rows.Add(line.Cells!);
                }
                else body.Add(new DraftTable([line.Cells!], line.Location));
                continue;
            }

            // Parts: "PHẦN THỨ NHẤT" with its title on the same line or the next; each part the one after the last
            // ("Phần 2:" of an article around an extract, with no part 1 before it, is no part of the document).
            if (line.Hint == LineHint.PartNumber || !styledHeadings && PartRegex().Match(text) is { Success: true } part && PartOrdinal(part) == lastPart + 1)
            {
                lastPart++;
                var title = line.Hint == LineHint.PartNumber ? "" : VietnameseText.Squash(PartRegex().Match(text).Groups["title"].Value);
                if (title.Length == 0 && _at + 1 < _lines.Count && (_lines[_at + 1].Hint == LineHint.PartTitle || IsPartTitle(_lines[_at + 1])))
                    title = _lines[++_at].Text;
                levels.Clear();
                levels.Add("part");
                AddHeading(1, title, line);
                continue;
            }

            // "QUYẾT NGHỊ:" over a resolution's items, "BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH:" over a decision's articles,
            // "KẾT LUẬN" over a report's close: parts printed without a number, whether typed or styled as a heading
            // (as a built DOCX has them), with the colon as typed so that they print again as they were.
            if (line.Hint is LineHint.None or LineHint.Heading && UnnumberedPart().Match(VietnameseText.Squash(text)) is { Success: true } unnumbered)
            {
                openItem = null;
                seenHeading = true;
                listNumber = null;
                body.Add(new DraftHeading(1, unnumbered.Groups[1].Value + unnumbered.Groups[2].Value, line.Location, Unnumbered: true));
                continue;
            }

            if (line.Hint is LineHint.None or LineHint.Heading && spelled.Match(text) is { } article)
            {
                AddHeading(article.Level, article.Text, line);
                continue;
            }

            if (line.Hint == LineHint.Heading)
            {
                var level = Math.Min(line.HeadingLevel + (hasParts ? 1 : 0), previousLevel + 1);
                AddHeading(level, StripNumber(text), line);
                continue;
            }

            var heading = styledHeadings ? Match.Empty : Heading.Match(text);
            if (heading.Success)
            {
                var marker = heading.Groups["marker"].Value;
                var rest = heading.Groups["text"].Value;
                var type = MarkerType(marker, levels, ref lastLetter, ref lastRoman);
                // "1. CĂN CỨ …" before "II. ĐẶC ĐIỂM …", or over "2. Mục đích:": a list's numbering put on the Roman level.
                if (type == "arabic" && FramePatterns.IsUpper(rest) && !levels.Contains("roman") && (romanLater || arabicInSentenceCase))
                {
                    type = "roman";
                    lastRoman = MarkerValue(marker) ?? lastRoman;
                }
                // The next item of a list of numbered sentences stays one, whatever its own length.
                var continuesList = type == "arabic" && listNumber is { } n && MarkerValue(marker) == n + 1;
                // A resolution's items under Roman numerals ("I- Tán thành báo cáo chính trị …"): sentences, not parts.
                var resolutionItem = type == "roman" && IsSentenceItem(rest);
                if (!continuesList && !resolutionItem && IsHeadingText(type, rest))
                {
                    var index = levels.IndexOf(type);
                    if (index < 0)
                    {
                        // A level above those seen so far goes above them ("II." after "1." under a lost "I.").
                        index = levels.FindIndex(t => Rank(t) > Rank(type));
                        if (index < 0) { levels.Add(type); index = levels.Count - 1; }
                        else levels.Insert(index, type);
                    }
                    levels.RemoveRange(index + 1, levels.Count - index - 1);
                    AddHeading(index + 1, rest, line);
                    continue;
                }
                if (type is "arabic" or "lower" || resolutionItem)
                {
                    openItem = new DraftNumbered(rest, [], line.Location);
                    body.Add(openItem);
                    listNumber = type == "arabic" ? MarkerValue(marker) : listNumber;
                    continue;
                }
            }

            if (DashRegex().Match(text) is { Success: true } dash && !text.StartsWith("--", StringComparison.Ordinal))
            {
                openItem = null;
                underDash = true;
                body.Add(new DraftBullet(0, dash.Groups["text"].Value, line.Location));
                continue;
            }
            if (PlusRegex().Match(text) is { Success: true } plus)
            {
                openItem = null;
                // "+" goes under a "-" item; "+" items with no "-" above them are a list of their own.
                body.Add(new DraftBullet(body.LastOrDefault() is DraftBullet previous && (previous.Depth == 1 || underDash) ? 1 : 0, plus.Groups["text"].Value, line.Location));
                underDash = false;
                continue;
            }
            if (line.Hint is not (LineHint.None or LineHint.Summary or LineHint.Basis))
            {
                Unplaced(line, "trong thân văn bản");
                continue;
            }
            if (openItem is not null) openItem.More.Add(text);
            else body.Add(new DraftParagraph(text, line.Location));
        }

        void AddHeading(int level, string text, SourceLine line)
        {
            openItem = null;
            listNumber = null;
            seenHeading = true;
            previousLevel = level;
            body.Add(new DraftHeading(level, text, line.Location));
        }
    }

    /// <summary>
    /// A căn cứ line at the body's start: "Căn cứ …", "Xét …" or "Theo đề nghị …" after one (the proposal
    /// a state decision rests on, NĐ 30/2020 Phụ lục III), "Thực hiện …;" (a căn cứ in
    /// other words), and a line ending ";" in a run of them whose "Căn cứ" the author left out.
    /// </summary>
    private bool IsBasisLine(string text, bool inRun)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("Căn cứ ", StringComparison.Ordinal)) return true;
        if ((trimmed.StartsWith("Xét ", StringComparison.Ordinal) || trimmed.StartsWith("Theo đề nghị ", StringComparison.Ordinal)) && _document.Basis.Count > 0) return true;
        if (trimmed.StartsWith("Thực hiện ", StringComparison.Ordinal) && trimmed.EndsWith(';')) return true;
        return inRun && trimmed.EndsWith(';') && !Heading.Match(trimmed).Success && !DashRegex().IsMatch(trimmed) && !PlusRegex().IsMatch(trimmed);
    }

    /// <summary>Whether a Roman level comes in the body, and arabic-numbered headings in sentence case.</summary>
    private (bool RomanLater, bool ArabicInSentenceCase) ScanMarkers()
    {
        bool roman = false, sentence = false;
        for (var i = _at; i < _lines.Count; i++)
        {
            if (Heading.Match(_lines[i].Text) is not { Success: true } m) continue;
            var marker = m.Groups["marker"].Value;
            var text = m.Groups["text"].Value;
            if (RomanMarker().IsMatch(marker) && marker.Length > 2 && FramePatterns.IsUpper(text)) roman = true;
            if (Regex.IsMatch(marker, @"^[0-9]+[.)]$") && !FramePatterns.IsUpper(text) && IsHeadingText("arabic", text))
                sentence = true;
        }
        return (roman, sentence);
    }

    private string? FirstHeadingType()
    {
        for (var i = _at; i < _lines.Count; i++)
            if (Heading.Match(_lines[i].Text) is { Success: true } m && IsHeadingText("roman", m.Groups["text"].Value))
            {
                var marker = m.Groups["marker"].Value;
                return Regex.IsMatch(marker, @"^[0-9]+[.)]$") && !FramePatterns.IsUpper(m.Groups["text"].Value) ? "arabic" : "other";
            }
        return null;
    }

    [GeneratedRegex(@"^[IVX]+[.)\-]$")]
    private static partial Regex RomanMarker();

    /// <summary>The levels' order by their marker's kind: parts, then Roman numerals and letters, then figures, then "a)".</summary>
    private static int Rank(string type) => type switch
    {
        "part" => 0,
        "roman" or "upper" => 1,
        "arabic" => 2,
        "lower" => 9,
        _ when type.StartsWith("decimal", StringComparison.Ordinal) => 2 + int.Parse(type["decimal".Length..], CultureInfo.InvariantCulture),
        _ => 9,
    };

    private static int? MarkerValue(string marker) =>
        int.TryParse(marker.TrimEnd('.', ')', '-'), NumberStyles.None, CultureInfo.InvariantCulture, out var value) ? value : null;

    private static int PartOrdinal(Match part)
    {
        if (part.Groups["word"].Success)
            return Array.IndexOf(["NHẤT", "HAI", "BA", "TƯ", "NĂM", "SÁU", "BẢY", "TÁM", "CHÍN", "MƯỜI"], VietnameseText.Upper(part.Groups["word"].Value)) + 1;
        var mark = part.Groups["mark"].Value.ToUpperInvariant();
        if (int.TryParse(mark, NumberStyles.None, CultureInfo.InvariantCulture, out var number)) return number;
        if (mark.Length == 1 && mark[0] is >= 'A' and <= 'H' && mark != "I" && mark != "V") return mark[0] - 'A' + 1;
        return RomanNumerals.Parse(mark) ?? 0;
    }

    /// <summary>The line under "PHẦN THỨ NHẤT" that names the part: a short title, no marker, no sentence.</summary>
    private static bool IsPartTitle(SourceLine line)
    {
        var text = line.Text.Trim();
        return line.Hint == LineHint.None && !line.IsRow && text.Length is > 0 and < 160 && !Heading.Match(text).Success &&
               !text.StartsWith("Căn cứ", StringComparison.Ordinal) && !text.EndsWith('.') && !text.EndsWith(';') && !text.EndsWith(':');
    }

    /// <summary>
    /// A kind's enacting words (from its template: "QUYẾT NGHỊ"), perhaps after who enacts in capitals
    /// ("BAN THƯỜNG VỤ ĐẢNG ỦY QUYẾT ĐỊNH"), or a report's "KẾT LUẬN", alone on their line; the colon apart.
    /// </summary>
    private static readonly Regex UnnumberedPartRegex = new(
        $@"^((?:\p{{Lu}}+\s+){{0,10}}?(?:{string.Join("|", FramePatterns.EnactingWords.Select(Regex.Escape).DefaultIfEmpty("(?!)"))})|KẾT LUẬN)\s*(:?)$", RegexOptions.CultureInvariant);

    private static Regex UnnumberedPart() => UnnumberedPartRegex;

    /// <summary>
    /// The kind of a heading's marker. A single letter that is also a Roman numeral ("C.", "I.", "V.")
    /// is told by the sequence it continues: "C." after "B." is the third group, not 100; "V." after
    /// "IV." is five; "I." with neither before it opens a Roman sequence.
    /// </summary>
    private static string MarkerType(string marker, List<string> levels, ref char? lastLetter, ref int lastRoman)
    {
        if (marker.StartsWith("PHẦN", StringComparison.Ordinal)) return "part";
        if (Regex.IsMatch(marker, @"^[IVXLC]+[.)\-]$"))
        {
            var value = RomanNumerals.Parse(marker[..^1]);
            var letter = marker.Length == 2 ? marker[0] : (char?)null;
            var continuesLetters = letter is { } l && lastLetter is { } previous && l == previous + 1;
            var continuesRoman = value is { } v && (v == lastRoman + 1 || v == 1 && !continuesLetters);
            if (letter is not null && (continuesLetters || !continuesRoman && levels.Contains("upper") || !continuesRoman && value > 3 && lastRoman == 0))
            {
                lastLetter = letter;
                return "upper";
            }
            lastRoman = value ?? lastRoman;
            return "roman";
        }
        if (Regex.IsMatch(marker, @"^[A-ZĐ][.)/\-]$"))
        {
            lastLetter = marker[0];
            return "upper";
        }
        if (Regex.IsMatch(marker, @"^[0-9]+(\.[0-9]+)+\.?$")) return "decimal" + marker.TrimEnd('.').Count(c => c == '.');
        if (Regex.IsMatch(marker, @"^[0-9]+[.)]$")) return "arabic";
        return "lower";
    }

    /// <summary>A numbered line is a heading when it reads as a title: short, not a finished sentence.</summary>
    private static bool IsHeadingText(string type, string text) => text.Any(char.IsLetter) && !text.Contains('|', StringComparison.Ordinal) && type switch
    {
        "roman" or "upper" or "part" => text.Length <= 200,
        _ => text.TrimEnd('"', '”', '’', '\'', ')', '»').Length is var length && text.Length <= 160 &&
             !text[..length].EndsWith('.') && !text[..length].EndsWith(';') && !text[..length].EndsWith(',') &&
             !InnerSentence().IsMatch(text) && !(text.EndsWith(':') && text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 12),
    };

    /// <summary>A finished sentence in ordinary case, long enough to be an item and not a part's title.</summary>
    private static bool IsSentenceItem(string text) =>
        text.Length > 60 && !FramePatterns.IsUpper(text) && (text.TrimEnd().EndsWith('.') || text.TrimEnd().EndsWith(';') || InnerSentence().IsMatch(text));

    /// <summary>A sentence that ends inside the line: "… là: 7,0 - 7,5%. Trong đó:" is a numbered sentence, not a title.</summary>
    [GeneratedRegex(@"\p{Ll}[.!?]\s+\p{Lu}|%[.!?]\s+\p{Lu}")]
    private static partial Regex InnerSentence();

    private static string StripNumber(string text) =>
        Heading.Match(text) is { Success: true } m ? m.Groups["text"].Value : text;

    private void ReadBasis(SourceLine line)
    {
        // Two căn cứ run together on one line ("Căn cứ …; Căn cứ …"): each its own.
        var parts = JoinedBasis().Split(line.Text);
        for (var i = 0; i < parts.Length - 1; i++) _document.Basis.Add(VietnameseText.TrimEndPunctuation(parts[i]));
        var text = parts[^1];
        // "Căn cứ …, nhiệm kỳ 2022-2025. Chi bộ … xây dựng chương trình … như sau:" holds the opening sentence too.
        var split = text.LastIndexOf(". ", StringComparison.Ordinal);
        if (text.EndsWith(':') && split > 0)
        {
            _document.Basis.Add(VietnameseText.TrimEndPunctuation(text[..split]));
            _document.Body.Add(new DraftParagraph(text[(split + 2)..].Trim(), line.Location));
            diagnostics.Add(Rules.ImportCorrected, line.Location, "tách câu mở đầu (\"… như sau:\") ra khỏi dòng căn cứ");
            return;
        }
        _document.Basis.Add(VietnameseText.TrimEndPunctuation(text));
    }

    private static bool IsClosing(SourceLine line) =>
        line.Hint is LineHint.RecipientsLabel or LineHint.Authority or LineHint.Recipient ||
        line.Hint == LineHint.None && (FramePatterns.RecipientsLabel().IsMatch(line.Text) || FramePatterns.Authority().IsMatch(line.Text));

    private static bool IsAppendix(SourceLine line) =>
        line.Hint is LineHint.None or LineHint.Summary && FramePatterns.Appendix().IsMatch(line.Text);

    /// <summary>A section that lists the căn cứ: "1. Căn cứ:", "I. CĂN CỨ", "Căn cứ:".</summary>
    [GeneratedRegex(@"^(?:[0-9]+[.)]|[IVX]+[.)])?\s*căn\s+cứ\s*(?:xây\s+dựng[^:]*)?:?$", RegexOptions.IgnoreCase)]
    private static partial Regex BasisSection();

    [GeneratedRegex(@"(?<=;)\s+(?=Căn cứ\s)")]
    private static partial Regex JoinedBasis();
}

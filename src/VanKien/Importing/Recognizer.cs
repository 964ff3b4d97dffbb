using System.Globalization;
using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Text;

namespace VanKien.Importing;

/// <summary>
/// Finds the structure of a legacy document in its lines: the frame at the top (FORMAT.md order),
/// the body with its headings whatever numbering was typed, the closing (recipients, signature) and
/// an appendix. Hints from a DOCX's styles win over patterns; what fits nowhere is reported, never
/// dropped silently.
/// </summary>
public sealed partial class Recognizer(DiagnosticBag diagnostics)
{
    private static IReadOnlyList<(string Title, DocumentKind Kind)> Titles => FramePatterns.KindTitles;

    private List<SourceLine> _lines = [];
    private bool _blankSeparated;
    private ImportedDocument _document = new();
    private int _at;

    public ImportedDocument Recognize(IReadOnlyList<SourceLine> lines)
    {
        _lines = [.. lines];
        // A web page's paragraphs arrive each after a blank line: there a blank line parts nothing.
        _blankSeparated = lines.Count >= 8 && lines.Count(l => l.AfterBlank) * 10 >= lines.Count * 8;
        _document = new ImportedDocument();
        _at = 0;
        ReadHead();
        ReadBody();
        ReadClosing();
        ReadAppendix();
        for (; _at < _lines.Count; _at++) Unplaced(_lines[_at], "sau phụ lục");
        TargetSection.Extract(_document);
        _document.Term ??= FindTerm();
        if (_document.IssuingBody is null) IssuerFromOpening();
        return _document;
    }

    private SourceLine? Current => _at < _lines.Count ? _lines[_at] : null;

    private void Unplaced(SourceLine line, string where)
    {
        _document.Unplaced.Add(line);
        diagnostics.Add(Rules.ImportUnplaced, line.Location, $"không xếp được dòng {where}: \"{Shorten(line.Text)}\"",
            "chép tay vào chỗ đúng trong tệp nguồn nếu cần");
    }

    private static string Shorten(string text) => text.Length <= 70 ? text : text[..67] + "…";

    // ---- The frame above the body ------------------------------------------------------------

    private void ReadHead()
    {
        var titleAt = FindTitle();
        var bodies = new List<SourceLine>();
        var framed = false;
        var end = titleAt ?? HeadEnd();
        for (; _at < end; _at++)
        {
            var line = _lines[_at];
            var ornament = line.Hint == LineHint.Ornament || FramePatterns.Separator().IsMatch(line.Text);
            if (ReadFrameLine(line))
            {
                framed |= !ornament;
                continue;
            }
            if (line.Hint == LineHint.SuperiorBody) _document.SuperiorBody = line.Text;
            else if (line.Hint == LineHint.IssuingBody) _document.IssuingBody = Join(_document.IssuingBody, line.Text);
            else if (line.Hint == LineHint.None && FramePatterns.IsUpper(line.Text) && !line.IsRow &&
                     !Titles.Any(t => OpensWithTitle(Squash(line.Text), t.Title))) bodies.Add(line);
            else
            {
                Unplaced(line, Titles.Any(t => OpensWithTitle(Squash(line.Text), t.Title)) ? "ở phần đầu văn bản (tên trang, trước khối tiêu đề)" : "ở phần đầu văn bản");
                // Capitals above a line of the page's own (a menu, a banner) are the page's too, not the header's bodies.
                if (!framed)
                {
                    foreach (var chrome in bodies) Unplaced(chrome, "ở phần đầu văn bản");
                    bodies.Clear();
                }
            }
        }
        if (bodies.Count > 0 && _document.IssuingBody is null) ReadBodies(bodies);
        if (titleAt is null)
        {
            if (_document.Number is { } number && KindOfNumber(number) is { } kind)
            {
                // A page that dropped the title line keeps the kind in the number's symbol ("97/NQ-HĐND").
                _document.Kind = kind.Key;
                diagnostics.Add(Rules.ImportCorrected, (Current ?? _lines.LastOrDefault())?.Location ?? default,
                    $"không thấy dòng tên loại: loại \"{kind.Title}\" theo ký hiệu trong số \"{number}\"");
                if (Current is { } next && next.Hint == LineHint.None && !next.IsRow && FramePatterns.IsUpper(next.Text) && !Heading.Match(next.Text).Success)
                {
                    var summary = new List<string>();
                    ReadSummary(summary);
                    if (summary.Count > 0) _document.Summary = SentenceCaseIfUpper(string.Join(" ", summary));
                }
                return;
            }
            diagnostics.Add(Rules.ImportNotFound, (Current ?? _lines.LastOrDefault())?.Location ?? default,
                "không thấy tên loại văn bản (CHƯƠNG TRÌNH HÀNH ĐỘNG, KẾ HOẠCH, …)", "ghi 'loai' trong tệp --bo-sung");
            return;
        }
        ReadTitleAndSummary();
    }

    /// <summary>
    /// The header's lines in capitals that name bodies: each name opens with a body's word ("ĐẢNG ỦY",
    /// "CHI BỘ", "ỦY BAN NHÂN DÂN", "TRƯỜNG", …) and goes on over the lines that do not ("TỈNH BẮC NINH");
    /// the last name is the issuer, the one above it its superior. A chain typed on one line
    /// ("ĐẢNG BỘ HUYỆN ĐẠI TỪ ĐẢNG ỦY XÃ LA BẰNG") is parted at each Party body's word.
    /// </summary>
    private void ReadBodies(List<SourceLine> lines)
    {
        var names = new List<(List<string> Words, SourceLine Line)>();
        foreach (var line in lines)
            foreach (var piece in PartyChain().Split(line.Text).Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                if (names.Count == 0 || FramePatterns.BodyName().IsMatch(piece) || _document.SuperiorBody is not null && names.Count == 0) names.Add(([piece], line));
                else names[^1].Words.Add(piece);
            }
        if (_document.SuperiorBody is not null || names.Count == 1)
        {
            _document.IssuingBody = string.Join(" ", names.SelectMany(n => n.Words));
            return;
        }
        foreach (var above in names.Take(names.Count - 2))
            diagnostics.Add(Rules.ImportCorrected, above.Line.Location, $"\"{string.Join(" ", above.Words)}\" là cấp trên của cấp trên trực tiếp: không ghi vào văn bản");
        _document.SuperiorBody = string.Join(" ", names[^2].Words);
        _document.IssuingBody = string.Join(" ", names[^1].Words);
    }

    /// <summary>Where a line of Party bodies in a chain parts: before each body's word after the first.</summary>
    [GeneratedRegex(@"(?<=\S)\s+(?=(?:ĐẢNG\s+(?:BỘ|ỦY|UỶ)|CHI\s+BỘ)\s)")]
    private static partial Regex PartyChain();

    /// <summary>The planning kind a number's symbol names: "-NQ/" (Party) or "/KH-" (state); none for "CTr", which two kinds share.</summary>
    private static DocumentKind? KindOfNumber(string number) =>
        NumberKind().Match(number) is { Success: true } m
            ? DocumentKind.All.FirstOrDefault(k => k.TypeAbbreviation == (m.Groups["party"].Success ? m.Groups["party"].Value : m.Groups["state"].Value) && k.TypeAbbreviation != "CTr")
            : null;

    [GeneratedRegex(@"^[0-9]*(?:-(?<party>\p{L}+)/|/(?<state>\p{L}+)-)")]
    private static partial Regex NumberKind();

    /// <summary>Frame lines that may stand anywhere in the header block.</summary>
    private bool ReadFrameLine(SourceLine line)
    {
        var text = line.Text;
        if (line.Hint == LineHint.Ornament || FramePatterns.Separator().IsMatch(text)) return true;
        if (line.Hint == LineHint.NationalLine || FramePatterns.PartyNationalLine().IsMatch(text) || FramePatterns.StateNationalLine().IsMatch(text))
        {
            _document.StateFrame = FramePatterns.StateNationalLine().IsMatch(text);
            return true;
        }
        if (line.Hint == LineHint.Motto || FramePatterns.Motto().IsMatch(text)) { _document.StateFrame = true; return true; }
        if (FramePatterns.Number().Match(text) is { Success: true } number)
        {
            _document.Number = NormaliseNumber(number.Groups[1].Value, line);
            return true;
        }
        if (FramePatterns.BlankNumber().Match(text) is { Success: true } blank)
        {
            // A draft's number line: the symbol alone is how the source language writes a draft.
            _document.Number = Text.VietnameseText.WithoutWhitespace(blank.Groups[1].Value);
            diagnostics.Add(Rules.ImportCorrected, line.Location, $"số để trống chờ văn thư cấp: nhập là dự thảo, 'so: {_document.Number}'");
            return true;
        }
        if (BlankDate().Match(text) is { Success: true } blankDate)
        {
            // A draft's date left for the day it is signed: "Thanh Khê, ngày   tháng   năm 2020" gives the place only.
            _document.Place = blankDate.Groups[1].Value.Trim();
            diagnostics.Add(Rules.ImportNotFound, line.Location, "ngày ban hành để trống (bản dự thảo): chỉ nhận địa danh", "ghi 'ngay' khi văn bản được ký");
            return true;
        }
        if ((FramePatterns.PlaceDate().Match(text) is { Success: true } words ? words : FramePatterns.PlaceDateInFigures().Match(text)) is { Success: true } placeDate)
        {
            _document.Place = placeDate.Groups[1].Value.Trim();
            _document.Date = DateOf(placeDate.Groups[4].Value, placeDate.Groups[3].Value, placeDate.Groups[2].Value, line);
            return true;
        }
        return false;
    }

    private string NormaliseNumber(string typed, SourceLine line)
    {
        var number = Standard.NumberForms.WithoutSpacesAroundSeparators(typed);
        // "01 NQ/THCSTrA": the separator after the sequence lost; the rest's shape says which ("-" before a "/…", "/" before a "-…").
        if (MissingSeparator().Match(number) is { Success: true } lost)
            number = lost.Groups["sequence"].Value + (lost.Groups["rest"].Value.Contains('/') ? "-" : "/") + lost.Groups["rest"].Value;
        if (number != typed)
            diagnostics.Add(Rules.ImportCorrected, line.Location, $"số, ký hiệu \"{typed}\" viết lại thành \"{number}\" (bỏ dấu cách)");
        return number;
    }

    private DateOnly? DateOf(string year, string month, string day, SourceLine line)
    {
        if (DateOnly.TryParseExact($"{year}-{Values.AsciiDigits.Parse(month):00}-{Values.AsciiDigits.Parse(day):00}",
                "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            return date;
        diagnostics.Add(Rules.ImportNotFound, line.Location, $"ngày {day}/{month}/{year} không có thật: bỏ qua");
        return null;
    }

    /// <summary>The kind's title: by style, or an upper-case line (perhaps wrapped over two) that starts with one.</summary>
    /// <summary>
    /// The kind's title line. A page's own title above the document ("KẾ HOẠCH Thực hiện nhiệm vụ…" as
    /// a site's heading) is passed over when the header block's lines come after it: the document's
    /// title follows its header.
    /// </summary>
    private int? FindTitle()
    {
        var first = FirstTitle(0);
        var frame = Enumerable.Range(0, Math.Min(_lines.Count, 40)).FirstOrDefault(i => IsHeaderFrameLine(_lines[i].Text), -1);
        var chosen = first is { } early && frame > early && FirstTitle(frame) is { } later ? later : first;
        chosen ??= SentenceCaseTitle();
        // A page's title over the document's own a few lines below ("KẾ HOẠCH NĂM HỌC …" over "KẾ HOẠCH NHIỆM VỤ
        // NĂM HỌC …", "NGHỊ QUYẾT CỦA … VỀ …" over "NGHỊ QUYẾT."): a title with words after the kind's gives way.
        while (chosen is { } at && TitleWords(at) > 0 && NextTitleNear(at) is { } next) chosen = next;
        return chosen;
    }

    private int TitleWords(int at)
    {
        var text = TitleText(_lines[at].Text);
        return Titles.FirstOrDefault(t => OpensWithTitle(text, t.Title)) is { Title: { } title } ? text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length - title.Split(' ').Length : 0;
    }

    private int? NextTitleNear(int at)
    {
        for (var i = at + 1; i < Math.Min(_lines.Count, at + 5); i++)
        {
            if (IsTitle(i)) return i;
            var text = _lines[i].Text;
            if (Heading.Match(text).Success || text.StartsWith("Căn cứ", StringComparison.Ordinal) || IsHeaderFrameLine(text)) return null;
        }
        return null;
    }

    private static bool IsHeaderFrameLine(string text) =>
        FramePatterns.Number().IsMatch(text) || FramePatterns.BlankNumber().IsMatch(text) || FramePatterns.PlaceDate().IsMatch(text) ||
        FramePatterns.PartyNationalLine().IsMatch(text) || FramePatterns.StateNationalLine().IsMatch(text);

    private int? FirstTitle(int from)
    {
        for (var i = from; i < Math.Min(_lines.Count, 40); i++)
        {
            if (IsTitle(i)) return i;
            var line = _lines[i];
            if (line.Hint == LineHint.None && (Heading.Match(line.Text) is { Success: true } h && IsHeadingText("roman", h.Groups["text"].Value) ||
                                               line.Text.StartsWith("Căn cứ", StringComparison.Ordinal))) break;
        }
        return null;
    }

    /// <summary>A title line: by style, or opening with a kind's words in capitals (perhaps wrapped over two lines, perhaps after "DỰ THẢO").</summary>
    private bool IsTitle(int i)
    {
        var line = _lines[i];
        if (line.Hint == LineHint.KindTitle) return true;
        if (line.Hint != LineHint.None || line.IsRow) return false;
        // Title and summary on one line ("CHƯƠNG TRÌNH CÔNG TÁC … Nhiệm kỳ 2025 - 2030"): the kind's words open it in capitals.
        if (Titles.Any(t => OpensWithTitle(TitleText(line.Text), t.Title))) return true;
        if (!FramePatterns.IsUpper(line.Text)) return false;
        var joined = Squash(TitleText(line.Text) + (i + 1 < _lines.Count ? " " + _lines[i + 1].Text : ""));
        return Titles.Any(t => joined.StartsWith(t.Title, StringComparison.Ordinal));
    }

    /// <summary>
    /// A page with no header block whose first line names the kind in sentence case, as a newspaper
    /// prints a resolution: "Nghị quyết của Ban Chấp hành Đảng bộ tỉnh khóa XIII về …".
    /// </summary>
    private int? SentenceCaseTitle()
    {
        if (_lines.Count == 0 || _lines.Take(40).Any(l => IsHeaderFrameLine(l.Text))) return null;
        return _lines[0].Hint == LineHint.None && SentenceCaseKind().IsMatch(_lines[0].Text) ? 0 : null;
    }

    [GeneratedRegex(@"^(?:Nghị quyết|Kế hoạch|Báo cáo|Chương trình hành động|Chương trình công tác)\s+(?:của|về)\s")]
    private static partial Regex SentenceCaseKind();

    /// <summary>A title line without the draft marking some pages print before it ("DỰ THẢO BÁO CÁO CHÍNH TRỊ …").</summary>
    private static string TitleText(string text) => DraftPrefix().Replace(text.TrimStart(), "");

    [GeneratedRegex(@"^(?:Về|V/v)\s")]
    private static partial Regex AboutLine();

    [GeneratedRegex(@"^DỰ\s+THẢO\s+")]
    private static partial Regex DraftPrefix();

    /// <summary>Whether a line opens with a kind's title in capitals, whatever follows it.</summary>
    private static bool OpensWithTitle(string text, string title)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var titleWords = title.Split(' ').Length;
        return words.Length >= titleWords && string.Join(' ', words.Take(titleWords)) == title;
    }

    /// <summary>Without a title, the header block ends at the first line that is not frame.</summary>
    private int HeadEnd()
    {
        var i = 0;
        while (i < _lines.Count && (_lines[i].Hint is not (LineHint.None or LineHint.Heading) || FramePatterns.IsFrameLine(_lines[i].Text) ||
                                    FramePatterns.Separator().IsMatch(_lines[i].Text)))
            i++;
        // Below a page's own lines (a list of related documents, a banner): the block ends after its last frame line.
        var last = Enumerable.Range(0, Math.Min(_lines.Count, 40)).LastOrDefault(j => IsHeaderFrameLine(_lines[j].Text) || FramePatterns.Motto().IsMatch(_lines[j].Text), -1);
        if (last >= i)
        {
            i = last + 1;
            while (i < _lines.Count && (_lines[i].Hint == LineHint.Ornament || FramePatterns.Separator().IsMatch(_lines[i].Text))) i++;
        }
        return i;
    }

    private void ReadTitleAndSummary()
    {
        var line = _lines[_at];
        var typed = TitleText(line.Text);
        if (typed.Length != line.Text.TrimStart().Length)
        {
            _document.Draft = true;
            diagnostics.Add(Rules.ImportCorrected, line.Location, "tên loại mở đầu bằng \"DỰ THẢO\": nhập là dự thảo, 'du-thao: true'");
        }
        var text = Squash(typed);
        var consumed = 1;
        if (!Titles.Any(t => text.StartsWith(t.Title, StringComparison.Ordinal)) && _at + 1 < _lines.Count)
        {
            text = Squash(typed + " " + _lines[_at + 1].Text);
            consumed = 2;
        }
        var match = Titles.FirstOrDefault(t => text.StartsWith(t.Title, StringComparison.Ordinal));
        _document.Kind = match.Kind?.Key;
        if (match.Kind is null)
        {
            diagnostics.Add(Rules.ImportNotFound, line.Location, $"\"{Shorten(line.Text)}\" không phải tên loại văn bản VanKien biết");
            consumed = 1;
        }
        _at += consumed;
        // What follows the kind's words, as written (a summary in sentence case keeps its case).
        var written = consumed == 1 ? typed : typed + " " + _lines[_at - 1].Text;
        var titleWords = match.Kind is null ? 0 : match.Title.Split(' ').Length;
        var remainder = match.Kind is null ? "" : string.Join(' ', written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(titleWords)).Trim(' ', ':', '-', '–', '.');
        // A page that ran the title into the body ("KẾ HOẠCH LAO ĐỘNG TUẦN 07 (…) Thời gian: 14 giờ …"): the capitals are the summary.
        if (CapitalsThenText(remainder) is { } split)
        {
            remainder = split.Capitals;
            _lines.Insert(_at, new SourceLine(split.Tail, line.Location));
            diagnostics.Add(Rules.ImportCorrected, line.Location, "tách phần chữ thường sau tên loại và trích yếu in hoa ra thành đoạn đầu của thân văn bản");
        }
        var summary = new List<string>();
        if (remainder.Length > 0) summary.Add(SentenceCaseIfUpper(remainder));
        ReadSummary(summary);
        if (summary.Count > 0) _document.Summary = string.Join(" ", summary);
    }

    /// <summary>The summary: the remainder of the title, or the next paragraph, with its wrapped lines; then the enacting authority's lines.</summary>
    private void ReadSummary(List<string> summary)
    {
        while (Current is { } next)
        {
            if (next.Hint == LineHint.Summary && summary.Count == 0) { summary.Add(next.Text); _at++; continue; }
            if (next.Hint != LineHint.None || next.IsRow || FramePatterns.Separator().IsMatch(next.Text)) break;
            if (next.Text.StartsWith("Căn cứ", StringComparison.Ordinal) || Heading.Match(next.Text).Success || PartRegex().IsMatch(next.Text)) break;
            // Under a title's lines in capitals, "Về …" is the summary proper, whatever the spacing.
            // Under a title's lines in capitals, "Về …" is the summary proper, and more capitals go on with it, whatever the spacing.
            var goesOn = summary.Count > 0 && FramePatterns.IsUpper(summary[^1]) &&
                         (AboutLine().IsMatch(next.Text) || FramePatterns.IsUpper(next.Text) && next.Text.Length <= 150 && !IsEnactingLine(next.Text));
            if (summary.Count > 0 && next.AfterBlank && !_blankSeparated && !goesOn) break;
            if (summary.Count > 0 && EndsSummary(next.Text)) break;
            if (summary.Count == 0 && (next.Text.Length > 300 || next.Text.TrimEnd().EndsWith(';'))) break;
            summary.Add(next.Text);
            _at++;
        }
        while (Current is { } ornament && (ornament.Hint == LineHint.Ornament || FramePatterns.Separator().IsMatch(ornament.Text))) _at++;
        // (VanKien's own DOCX prints these lines in the part title's style, centred in bold.)
        while (Current is { } enacting && enacting.Hint is LineHint.None or LineHint.PartTitle && !enacting.IsRow && IsEnactingLine(enacting.Text))
        {
            _document.Enacting.Add(enacting.Text.Trim());
            _at++;
        }
    }

    /// <summary>A line the summary does not go on into: a căn cứ's ("Thực hiện …;", "Xét …"), a paragraph's length, the enacting authority.</summary>
    private static bool EndsSummary(string text)
    {
        var trimmed = text.Trim();
        return trimmed.EndsWith(';') || trimmed.Length > 150 || InnerSentence().IsMatch(trimmed) || trimmed.StartsWith("Thực hiện ", StringComparison.Ordinal) ||
               trimmed.StartsWith("Xét ", StringComparison.Ordinal) || IsEnactingLine(trimmed);
    }

    /// <summary>"HỘI ĐỒNG NHÂN DÂN TỈNH …", "KHÓA IX - KỲ HỌP THỨ 6", "HIỆU TRƯỞNG TRƯỜNG …": who enacts, under a resolution's or decision's title.</summary>
    private static bool IsEnactingLine(string text) => FramePatterns.IsUpper(text) && EnactingWords().IsMatch(VietnameseText.Squash(text.Trim()));

    [GeneratedRegex(@"^(?:HỘI\s+ĐỒNG|(?:ỦY|UỶ)\s+BAN\s+NHÂN\s+DÂN|BAN\s+(?:CHẤP\s+HÀNH|THƯỜNG\s+VỤ|BÍ\s+THƯ)|KHÓA\s|KHOÁ\s|KỲ\s+HỌP|HIỆU\s+TRƯỞNG|GIÁM\s+ĐỐC|CHỦ\s+TỊCH|BỘ\s+TRƯỞNG)")]
    private static partial Regex EnactingWords();

    /// <summary>Capitals (two words or more) then a long run of ordinary text: where a one-line title ends.</summary>
    private static (string Capitals, string Tail)? CapitalsThenText(string text)
    {
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var capitals = words.TakeWhile(w => !w.Any(char.IsLetter) || w.Where(char.IsLetter).All(char.IsUpper)).Count();
        if (capitals < 2 || words.Length - capitals < 12 || text.Length < 100) return null;
        return (string.Join(' ', words.Take(capitals)), string.Join(' ', words.Skip(capitals)));
    }

    /// <summary>A summary in capitals (or opening in them, as one that shares the title's line) in sentence case.</summary>
    private static string SentenceCaseIfUpper(string text)
    {
        var opening = string.Join(' ', text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(2));
        if (!FramePatterns.IsUpper(text) && !(opening.Any(char.IsLetter) && FramePatterns.IsUpper(opening))) return text;
        var lower = text.ToLower(CultureInfo.GetCultureInfo("vi-VN"));
        return char.ToUpper(lower[0], CultureInfo.InvariantCulture) + lower[1..];
    }

    // ---- The body -----------------------------------------------------------------------------

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
        // Numbered from "1." where a Roman level comes later: the first "I." was lost, and "1." sits under it.
        if (FirstHeadingType() == "arabic" && romanLater) levels.Add("roman");

        for (; Current is { } line; _at++)
        {
            var text = line.Text;
            if (IsClosing(line) || (seenHeading || body.Count > 0) && IsAppendix(line)) return;
            if (line.Hint == LineHint.Ornament || FramePatterns.Separator().IsMatch(text)) continue;

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

            // "QUYẾT NGHỊ:" over a resolution's items, "KẾT LUẬN" over a report's close: parts printed without a number.
            if (line.Hint == LineHint.None && UnnumberedPart().Match(VietnameseText.Squash(text)) is { Success: true } unnumbered)
            {
                openItem = null;
                seenHeading = true;
                listNumber = null;
                body.Add(new DraftHeading(1, unnumbered.Groups[1].Value, line.Location, Unnumbered: true));
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
                if (!continuesList && IsHeadingText(type, rest))
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
                if (type is "arabic" or "lower")
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
    /// A căn cứ line at the body's start: "Căn cứ …", "Xét …" after one, "Thực hiện …;" (a căn cứ in
    /// other words), and a line ending ";" in a run of them whose "Căn cứ" the author left out.
    /// </summary>
    private bool IsBasisLine(string text, bool inRun)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("Căn cứ ", StringComparison.Ordinal)) return true;
        if (trimmed.StartsWith("Xét ", StringComparison.Ordinal) && _document.Basis.Count > 0) return true;
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

    [GeneratedRegex(@"^(QUYẾT NGHỊ|KẾT LUẬN)\s*:?$")]
    private static partial Regex UnnumberedPart();

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

    // ---- Recipients and signature ---------------------------------------------------------------

    private void ReadClosing()
    {
        var inRecipients = false;
        var afterAuthority = false;
        for (; Current is { } line; _at++)
        {
            var text = line.Text;
            if (IsAppendix(line)) return;
            if (line.Hint == LineHint.Ornament || FramePatterns.Separator().IsMatch(text) || FramePatterns.SignaturePlaceholder().IsMatch(text)) continue;
            if (line.Hint == LineHint.RecipientsLabel || FramePatterns.RecipientsLabel().IsMatch(text))
            {
                inRecipients = true;
                afterAuthority = false;
                continue;
            }
            if (line.Hint == LineHint.Authority || line.Hint == LineHint.None && FramePatterns.Authority().IsMatch(text))
            {
                _document.Authority = NormaliseAuthority(text, line);
                inRecipients = false;
                afterAuthority = true;
                continue;
            }
            if (line.Hint == LineHint.Position || afterAuthority && line.Hint == LineHint.None && _document.Position is null && FramePatterns.IsUpper(text))
            {
                _document.Position = text;
                continue;
            }
            if (line.Hint == LineHint.SignerName || afterAuthority && line.Hint == LineHint.None && text.Length <= 60 && !FramePatterns.IsUpper(text) &&
                text.All(c => char.IsLetter(c) || c is ' ' or '.'))
            {
                _document.Signer = text;
                afterAuthority = false;
                continue;
            }
            // A name alone on the document's last line (the signature block lost its authority and position): the signer.
            if (inRecipients && line.Hint == LineHint.None && _document.Signer is null && _at == _lines.Count - 1 && PersonName().IsMatch(text))
            {
                _document.Signer = text;
                diagnostics.Add(Rules.ImportCorrected, line.Location, $"\"{text}\" đứng riêng ở cuối văn bản: nhận là người ký, không phải nơi nhận");
                continue;
            }
            if (line.Hint == LineHint.Recipient || inRecipients && line.Hint == LineHint.None)
            {
                var recipient = VietnameseText.TrimEndPunctuation(DashRegex().Match(text) is { Success: true } d ? d.Groups["text"].Value :
                    PlusRegex().Match(text) is { Success: true } p ? p.Groups["text"].Value : text);
                if (recipient.Length > 0) _document.Recipients.Add(recipient);
                continue;
            }
            Unplaced(line, "ở phần nơi nhận, chữ ký");
        }
    }

    /// <summary>The Party writes "T/M", "K/T", "T/L"; the state "TM.", "KT.", "TL." (FORMAT.md): each frame gets its own.</summary>
    private string NormaliseAuthority(string typed, SourceLine line)
    {
        var match = FramePatterns.Authority().Match(typed);
        if (!match.Success) return typed;
        var letters = match.Groups[1].Value.Replace("/", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var form = letters is "TUQ" or "Q" ? match.Groups[1].Value
            : Standard.Authorities.Form(letters, _document.StateFrame ? Standard.FrameVariant.State : Standard.FrameVariant.Party);
        var result = $"{form} {match.Groups[2].Value.Trim()}";
        if (result != typed)
            diagnostics.Add(Rules.ImportCorrected, line.Location,
                $"dòng thẩm quyền \"{typed}\" viết lại thành \"{result}\" theo thể thức {(_document.StateFrame ? "Nghị định 30/2020" : "của Đảng")}");
        return result;
    }

    // ---- The appendix ---------------------------------------------------------------------------

    private void ReadAppendix()
    {
        if (Current is not { } start || !IsAppendix(start)) return;
        _at++;
        var title = Current is { } next && !next.IsRow && next.Hint is LineHint.None or LineHint.Summary && FramePatterns.IsUpper(next.Text) ? next.Text : "";
        if (title.Length > 0) _at++;
        var appendix = new DraftAppendix(title, [], []);
        for (; Current is { } line; _at++)
        {
            if (IsAppendix(line)) { Unplaced(line, "(chỉ nhận một phụ lục)"); continue; }
            if (line.Hint == LineHint.Ornament) continue;
            if (line.Hint == LineHint.AppendixNote || FramePatterns.AppendixNote().IsMatch(line.Text))
            {
                ReadAppendixNote(line);
                continue;
            }
            if (line.IsRow)
            {
                if (appendix.Blocks.LastOrDefault() is DraftTable table && _lines[_at - 1].IsRow && _lines[_at - 1].Table == line.Table) table.Rows.Add(line.Cells!);
                else appendix.Blocks.Add(new DraftTable([line.Cells!], line.Location));
                continue;
            }
            if (appendix.Blocks.Count == 0) appendix.Subtitles.Add(line.Text);
            else appendix.Blocks.Add(new DraftParagraph(line.Text, line.Location));
        }
        _document.Appendix = appendix;
    }

    private void ReadAppendixNote(SourceLine line)
    {
        var match = FramePatterns.AppendixNote().Match(line.Text);
        if (!match.Success) return;
        if (_document.Number is null)
        {
            _document.Number = NormaliseNumber(match.Groups[1].Value, line);
            diagnostics.Add(Rules.ImportCorrected, line.Location, $"số \"{_document.Number}\" lấy từ dòng \"(Kèm theo …)\" của phụ lục");
        }
        if (_document.Date is null)
        {
            _document.Date = DateOf(match.Groups[4].Value, match.Groups[3].Value, match.Groups[2].Value, line);
            if (_document.Date is not null)
                diagnostics.Add(Rules.ImportCorrected, line.Location, "ngày ban hành lấy từ dòng \"(Kèm theo …)\" của phụ lục");
        }
        if (match.Groups[5].Success) _document.NameInText = match.Groups[5].Value.Trim();
    }

    [GeneratedRegex(@"^(?<body>(?:Chi bộ|Đảng bộ|Đảng ủy|Ban Chấp hành|Ban Thường vụ|Ủy ban nhân dân|UBND|Hội đồng nhân dân)[^,;:.]{0,80}?)\s+(?:xây dựng|ban hành|báo cáo|đề ra)\s")]
    private static partial Regex OpeningIssuer();

    /// <summary>"Chi bộ Trường Mầm non Việt Hồng xây dựng Chương trình …": the opening sentence names the issuer.</summary>
    private void IssuerFromOpening()
    {
        foreach (var paragraph in _document.Body.TakeWhile(b => b is not DraftHeading).OfType<DraftParagraph>())
            if (OpeningIssuer().Match(paragraph.Text) is { Success: true } m)
            {
                _document.IssuingBody = m.Groups["body"].Value;
                diagnostics.Add(Rules.ImportCorrected, paragraph.Location, $"tên cơ quan ban hành \"{_document.IssuingBody}\" suy ra từ câu mở đầu");
                return;
            }
    }

    // ---- Helpers --------------------------------------------------------------------------------

    private string? FindTerm()
    {
        var candidates = new List<string?> { _document.Summary };
        candidates.AddRange(_document.Basis);
        candidates.AddRange(_document.Body.TakeWhile(b => b is not DraftHeading).OfType<DraftParagraph>().Select(p => p.Text));
        foreach (var text in candidates)
            if (text is not null && FramePatterns.Term().Match(text) is { Success: true } m && Values.AsciiDigits.Parse(m.Groups[1].Value) < Values.AsciiDigits.Parse(m.Groups[2].Value))
                return $"{m.Groups[1].Value}-{m.Groups[2].Value}";
        return null;
    }

    private static string Join(string? first, string second) => first is null ? second : first + " " + second;

    private static string Squash(string text) => VietnameseText.Squash(VietnameseText.Upper(text));

    /// <summary>A person's name: two to five words, each capitalised, letters only ("Nguyễn Thị Lan").</summary>
    [GeneratedRegex(@"^(\p{Lu}\p{Ll}*\.?\s+){1,4}\p{Lu}\p{Ll}+$")]
    private static partial Regex PersonName();

    /// <summary>A section that lists the căn cứ: "1. Căn cứ:", "I. CĂN CỨ", "Căn cứ:".</summary>
    [GeneratedRegex(@"^(?:[0-9]+[.)]|[IVX]+[.)])?\s*căn\s+cứ\s*(?:xây\s+dựng[^:]*)?:?$", RegexOptions.IgnoreCase)]
    private static partial Regex BasisSection();

    [GeneratedRegex(@"^(.{1,80}?),\s*ngày[\s.…_]*tháng[\s.…_]*năm(?:\s+[0-9]{4})?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BlankDate();

    [GeneratedRegex(@"(?<=;)\s+(?=Căn cứ\s)")]
    private static partial Regex JoinedBasis();

    [GeneratedRegex(@"^(?<sequence>[0-9]+)\s+(?<rest>\p{L}+[-/]\S+)$")]
    private static partial Regex MissingSeparator();
}

using System.Globalization;
using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Text;

namespace VanKien.Importing;

/// <summary>The recogniser's reading of the frame above the body: header block, title, summary, enacting authority.</summary>
public sealed partial class Recognizer
{
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
                // A page that dropped the title line keeps the kind in the number's symbol ("12/NQ-HĐND").
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
    /// ("ĐẢNG BỘ HUYỆN HÙNG AN ĐẢNG ỦY XÃ HÙNG AN") is parted at each Party body's word.
    /// </summary>
    private void ReadBodies(List<SourceLine> lines)
    {
        var names = new List<(List<string> Words, SourceLine Line)>();
        foreach (var line in lines)
            foreach (var piece in PartyChain().Split(line.Text).Select(p => p.Trim()).Where(p => p.Length > 0))
            {
                if (names.Count == 0 || FramePatterns.BodyName().IsMatch(piece)) names.Add(([piece], line));
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

    /// <summary>The planning kind a number's symbol names: "-NQ/" (Party) or "/KH-" (state); none for a symbol two kinds share ("CTr").</summary>
    private static DocumentKind? KindOfNumber(string number) =>
        Standard.NumberForms.TypeOf(number) is { } type && DocumentKind.All.Where(k => k.TypeAbbreviation == type).ToList() is [var only] ? only : null;

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
            // A draft's date left for the day it is signed: "Hùng An, ngày   tháng   năm 2026", "…, ngày    tháng 3 năm 2026" give the place only.
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
        // "01 NQ/THCSHA": the separator after the sequence lost; the rest's shape says which ("-" before a "/…", "/" before a "-…").
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
    /// prints a resolution: "Nghị quyết của Ban Chấp hành Đảng bộ xã khóa I về …".
    /// </summary>
    private int? SentenceCaseTitle()
    {
        if (_lines.Count == 0 || _lines.Take(40).Any(l => IsHeaderFrameLine(l.Text))) return null;
        return _lines[0].Hint == LineHint.None && SentenceCaseKind().IsMatch(_lines[0].Text) ? 0 : null;
    }

    /// <summary>"Nghị quyết của …", "Kế hoạch về …": a kind's title in sentence case, then "của" or "về".</summary>
    private static readonly Regex SentenceCaseKindRegex = new(
        $@"^(?:{string.Join("|", DocumentKind.All.Select(k => Regex.Escape(k.Title)))})\s+(?:của|về)\s", RegexOptions.CultureInvariant);

    private static Regex SentenceCaseKind() => SentenceCaseKindRegex;

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
        // A page that ran the title into the body ("KẾ HOẠCH LAO ĐỘNG TUẦN 05 (…) Thời gian: 14 giờ …"): the capitals are the summary.
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
            if (next.Text.StartsWith("Căn cứ", StringComparison.Ordinal) || Heading.Match(next.Text).Success || PartRegex().IsMatch(next.Text) ||
                UnnumberedPart().IsMatch(VietnameseText.Squash(next.Text))) break;
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

    [GeneratedRegex(@"^(.{1,80}?),\s*ngày[\s.…_]*tháng(?:[\s.…_]*|\s*[0-9]{1,2}\s+)năm(?:\s+[0-9]{4})?\s*\.?$", RegexOptions.IgnoreCase)]
    private static partial Regex BlankDate();

    [GeneratedRegex(@"^(?<sequence>[0-9]+)\s+(?<rest>\p{L}+[-/]\S+)$")]
    private static partial Regex MissingSeparator();
}

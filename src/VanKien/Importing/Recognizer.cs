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

    private IReadOnlyList<SourceLine> _lines = [];
    private ImportedDocument _document = new();
    private int _at;

    public ImportedDocument Recognize(IReadOnlyList<SourceLine> lines)
    {
        _lines = lines;
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
        var bodies = new List<string>();
        var end = titleAt ?? HeadEnd();
        for (; _at < end; _at++)
        {
            var line = _lines[_at];
            if (!ReadFrameLine(line))
            {
                if (line.Hint == LineHint.SuperiorBody) _document.SuperiorBody = line.Text;
                else if (line.Hint == LineHint.IssuingBody) _document.IssuingBody = Join(_document.IssuingBody, line.Text);
                else if (line.Hint == LineHint.None && Titles.Any(t => OpensWithTitle(Squash(line.Text), t.Title))) Unplaced(line, "ở phần đầu văn bản (tên trang, trước khối tiêu đề)");
                else if (line.Hint == LineHint.None && FramePatterns.IsUpper(line.Text) && !line.IsRow) bodies.Add(line.Text);
                else Unplaced(line, "ở phần đầu văn bản");
            }
        }
        if (bodies.Count > 0 && _document.IssuingBody is null)
        {
            if (bodies.Count == 1 || _document.SuperiorBody is not null) _document.IssuingBody = string.Join(" ", bodies);
            else { _document.SuperiorBody = bodies[0]; _document.IssuingBody = string.Join(" ", bodies.Skip(1)); }
        }
        if (titleAt is null)
        {
            diagnostics.Add(Rules.ImportNotFound, (Current ?? _lines.LastOrDefault())?.Location ?? default,
                "không thấy tên loại văn bản (CHƯƠNG TRÌNH HÀNH ĐỘNG, KẾ HOẠCH, …)", "ghi 'loai' trong tệp --bo-sung");
            return;
        }
        ReadTitleAndSummary();
    }

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
        if (first is { } early && frame > early && FirstTitle(frame) is { } later) return later;
        return first;
    }

    private static bool IsHeaderFrameLine(string text) =>
        FramePatterns.Number().IsMatch(text) || FramePatterns.BlankNumber().IsMatch(text) || FramePatterns.PlaceDate().IsMatch(text) ||
        FramePatterns.PartyNationalLine().IsMatch(text) || FramePatterns.StateNationalLine().IsMatch(text);

    private int? FirstTitle(int from)
    {
        for (var i = from; i < Math.Min(_lines.Count, 40); i++)
        {
            var line = _lines[i];
            if (line.Hint == LineHint.KindTitle) return i;
            // Title and summary on one line ("CHƯƠNG TRÌNH CÔNG TÁC … Nhiệm kỳ 2025 - 2030"): the kind's words open it in capitals.
            if (line.Hint == LineHint.None && !line.IsRow && Titles.Any(t => OpensWithTitle(line.Text, t.Title))) return i;
            if (line.Hint != LineHint.None || line.IsRow || !FramePatterns.IsUpper(line.Text)) continue;
            var joined = Squash(line.Text + (i + 1 < _lines.Count ? " " + _lines[i + 1].Text : ""));
            if (Titles.Any(t => joined.StartsWith(t.Title, StringComparison.Ordinal))) return i;
            if (line.Hint == LineHint.None && (Heading.Match(line.Text).Success || line.Text.StartsWith("Căn cứ", StringComparison.Ordinal))) break;
        }
        return null;
    }

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
        return i;
    }

    private void ReadTitleAndSummary()
    {
        var line = _lines[_at];
        var text = Squash(line.Text);
        var consumed = 1;
        if (!Titles.Any(t => text.StartsWith(t.Title, StringComparison.Ordinal)) && _at + 1 < _lines.Count)
        {
            text = Squash(line.Text + " " + _lines[_at + 1].Text);
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
        var written = consumed == 1 ? line.Text : line.Text + " " + _lines[_at - 1].Text;
        var titleWords = match.Kind is null ? 0 : match.Title.Split(' ').Length;
        var remainder = match.Kind is null ? "" : string.Join(' ', written.Split(' ', StringSplitOptions.RemoveEmptyEntries).Skip(titleWords)).Trim(' ', ':', '-', '–');
        var summary = new List<string>();
        if (remainder.Length > 0) summary.Add(SentenceCaseIfUpper(remainder));

        // The summary: the remainder of the title, or the next paragraph, with its wrapped lines.
        while (Current is { } next)
        {
            if (next.Hint == LineHint.Summary && summary.Count == 0) { summary.Add(next.Text); _at++; continue; }
            if (next.Hint != LineHint.None || next.IsRow || FramePatterns.Separator().IsMatch(next.Text)) break;
            if (next.Text.StartsWith("Căn cứ", StringComparison.Ordinal) || Heading.Match(next.Text).Success) break;
            if (summary.Count > 0 && next.AfterBlank) break;
            if (summary.Count == 0 && next.Text.Length > 300) break;
            summary.Add(next.Text);
            _at++;
        }
        while (Current is { } ornament && (ornament.Hint == LineHint.Ornament || FramePatterns.Separator().IsMatch(ornament.Text))) _at++;
        if (summary.Count > 0) _document.Summary = string.Join(" ", summary);
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

    [GeneratedRegex(@"^(?<marker>PHẦN\s+THỨ\s+\S+|[IVXLC]+[.)]|[A-ZĐ][.)]|[0-9]+(?:\.[0-9]+)+\.?|[0-9]+[.)]|[a-zđ]\))\s+(?<text>\S.*)$")]
    private static partial Regex HeadingRegex();

    private static Regex Heading => HeadingRegex();

    [GeneratedRegex(@"^PHẦN\s+THỨ\s+(NHẤT|HAI|BA|TƯ|NĂM|SÁU|BẢY|TÁM|CHÍN|MƯỜI)\b\s*[:.\-–]?\s*(?<title>.*)$", RegexOptions.IgnoreCase)]
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

        for (; Current is { } line; _at++)
        {
            var text = line.Text;
            if (IsClosing(line) || (seenHeading || body.Count > 0) && IsAppendix(line)) return;
            if (line.Hint == LineHint.Ornament || FramePatterns.Separator().IsMatch(text)) continue;

            if (!seenHeading && (line.Hint == LineHint.Basis || line.Hint == LineHint.None && text.StartsWith("Căn cứ ", StringComparison.Ordinal)) &&
                body.Count == 0)
            {
                ReadBasis(line);
                continue;
            }
            // "1. Căn cứ:" over a list of what it rests on: each item a căn cứ.
            if (!seenHeading && body.Count == 0 && BasisSection().IsMatch(text))
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

            // Parts: "PHẦN THỨ NHẤT" with its title on the same line or the next.
            if (line.Hint == LineHint.PartNumber || !styledHeadings && PartRegex().Match(text) is { Success: true })
            {
                var title = line.Hint == LineHint.PartNumber ? "" : PartRegex().Match(text).Groups["title"].Value.Trim();
                if (title.Length == 0 && _at + 1 < _lines.Count && (_lines[_at + 1].Hint == LineHint.PartTitle || FramePatterns.IsUpper(_lines[_at + 1].Text)))
                    title = _lines[++_at].Text;
                levels.Clear();
                levels.Add("part");
                AddHeading(1, title, line);
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
                if (IsHeadingText(type, rest))
                {
                    var index = levels.IndexOf(type);
                    if (index < 0) { levels.Add(type); index = levels.Count - 1; }
                    else levels.RemoveRange(index + 1, levels.Count - index - 1);
                    AddHeading(index + 1, rest, line);
                    continue;
                }
                if (type is "arabic" or "lower")
                {
                    openItem = new DraftNumbered(rest, [], line.Location);
                    body.Add(openItem);
                    continue;
                }
            }

            if (DashRegex().Match(text) is { Success: true } dash && !text.StartsWith("--", StringComparison.Ordinal))
            {
                openItem = null;
                body.Add(new DraftBullet(0, dash.Groups["text"].Value, line.Location));
                continue;
            }
            if (PlusRegex().Match(text) is { Success: true } plus)
            {
                openItem = null;
                body.Add(new DraftBullet(body.LastOrDefault() is DraftBullet ? 1 : 0, plus.Groups["text"].Value, line.Location));
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
            seenHeading = true;
            previousLevel = level;
            body.Add(new DraftHeading(level, text, line.Location));
        }
    }

    /// <summary>
    /// The kind of a heading's marker. A single letter that is also a Roman numeral ("C.", "I.", "V.")
    /// is told by the sequence it continues: "C." after "B." is the third group, not 100; "V." after
    /// "IV." is five; "I." with neither before it opens a Roman sequence.
    /// </summary>
    private static string MarkerType(string marker, List<string> levels, ref char? lastLetter, ref int lastRoman)
    {
        if (marker.StartsWith("PHẦN", StringComparison.Ordinal)) return "part";
        if (Regex.IsMatch(marker, @"^[IVXLC]+[.)]$"))
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
        if (Regex.IsMatch(marker, @"^[A-ZĐ][.)]$"))
        {
            lastLetter = marker[0];
            return "upper";
        }
        if (Regex.IsMatch(marker, @"^[0-9]+(\.[0-9]+)+\.?$")) return "decimal" + marker.TrimEnd('.').Count(c => c == '.');
        if (Regex.IsMatch(marker, @"^[0-9]+[.)]$")) return "arabic";
        return "lower";
    }

    /// <summary>A numbered line is a heading when it reads as a title: short, not a finished sentence.</summary>
    private static bool IsHeadingText(string type, string text) => type switch
    {
        "roman" or "upper" or "part" => text.Length <= 200,
        _ => text.TrimEnd('"', '”', '’', '\'', ')', '»').Length is var length && text.Length <= 160 &&
             !text[..length].EndsWith('.') && !text[..length].EndsWith(';') && !text[..length].EndsWith(','),
    };

    private static string StripNumber(string text) =>
        Heading.Match(text) is { Success: true } m ? m.Groups["text"].Value : text;

    private void ReadBasis(SourceLine line)
    {
        var text = line.Text;
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

    [GeneratedRegex(@"^(?<sequence>[0-9]+)\s+(?<rest>\p{L}+[-/]\S+)$")]
    private static partial Regex MissingSeparator();
}

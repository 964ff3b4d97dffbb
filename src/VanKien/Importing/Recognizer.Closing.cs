using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Text;

namespace VanKien.Importing;

/// <summary>The recogniser's reading of the closing (recipients, signature) and of an appendix.</summary>
public sealed partial class Recognizer
{
    private void ReadClosing()
    {
        var inRecipients = false;
        var afterAuthority = false;
        var recipientOpen = false;
        for (; Current is { } line; _at++)
        {
            var text = line.Text;
            if (IsAppendix(line)) return;
            if (line.Hint == LineHint.Ornament || FramePatterns.Separator().IsMatch(text) || FramePatterns.SignaturePlaceholder().IsMatch(text) ||
                FramePatterns.TableResidue().IsMatch(text) || PageNumberLine().IsMatch(text)) continue;
            if (line.Hint == LineHint.RecipientsLabel || FramePatterns.RecipientsLabel().IsMatch(text))
            {
                inRecipients = true;
                afterAuthority = false;
                continue;
            }
            if (line.Hint == LineHint.Authority || line.Hint == LineHint.None && FramePatterns.Authority().IsMatch(text))
            {
                _document.Authority = NormaliseAuthority(ReadAuthorityLines(text), line);
                inRecipients = false;
                afterAuthority = true;
                continue;
            }
            // A head signing in their own name: the position alone, perhaps beside an approval column ("DUYỆT CỦA …     HIỆU TRƯỞNG").
            if (line.Hint == LineHint.None && _document.Position is null && _document.Signer is null && HeadTitleAtEnd(text) is { } title)
            {
                if (title.Length < text.Length)
                    diagnostics.Add(Rules.ImportCorrected, line.Location, $"cột \"{Shorten(text[..^title.Length].Trim())}\" bên cạnh chức vụ người ký: bỏ qua");
                _document.Position = title;
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
                var marked = DashRegex().Match(text) is { Success: true } d ? d.Groups["text"].Value : PlusRegex().Match(text) is { Success: true } p ? p.Groups["text"].Value : null;
                // A recipient wrapped by the narrow column: the line without a dash goes on the entry above, which did not end.
                if (marked is null && recipientOpen && _document.Recipients.Count > 0)
                {
                    _document.Recipients[^1] = VietnameseText.TrimEndPunctuation(_document.Recipients[^1] + " " + text.Trim());
                    recipientOpen = !EndsEntry(text);
                    continue;
                }
                var recipient = VietnameseText.TrimEndPunctuation(marked ?? text);
                if (recipient.Length > 0) _document.Recipients.Add(recipient);
                recipientOpen = marked is not null && !EndsEntry(text);
                continue;
            }
            Unplaced(line, "ở phần nơi nhận, chữ ký");
        }
    }

    /// <summary>
    /// The authority's lines from the one at hand: a line that completes a body's name cut by the column
    /// ("TM. ỦY BAN NHÂN" over "DÂN"), and a second authority under it ("KT. CHỦ TỊCH"), written as the
    /// source language writes two parts ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH").
    /// </summary>
    private string ReadAuthorityLines(string first)
    {
        var authority = first.Trim();
        while (_at + 1 < _lines.Count && _lines[_at + 1] is { Hint: LineHint.None or LineHint.Authority } next && !next.IsRow)
        {
            var text = next.Text.Trim();
            if (FramePatterns.Authority().IsMatch(text)) authority += " / " + text;
            else if (FramePatterns.IsUpper(text) && CompletesName(authority, text)) authority += " " + text;
            else break;
            _at++;
        }
        return authority;

        // The words under the last part's name finish a collective's name the standard knows, or stand
        // between two authority lines ("TM. ỦY BAN NHÂN" / "DÂN" / "KT. CHỦ TỊCH").
        bool CompletesName(string sofar, string words)
        {
            var names = FramePatterns.Authority().Match(sofar[(sofar.LastIndexOf(" / ", StringComparison.Ordinal) + 1)..].Trim()).Groups[2].Value.Trim();
            var joined = Standard.IssuingBodyKinds.Squash(names + " " + words);
            if (Collectives.Any(c => c == joined || c.StartsWith(joined + " ", StringComparison.Ordinal) && !Collectives.Contains(Standard.IssuingBodyKinds.Squash(names))))
                return true;
            return words.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 2 && _at + 2 < _lines.Count && FramePatterns.Authority().IsMatch(_lines[_at + 2].Text.Trim());
        }
    }

    /// <summary>The collectives that sign "T/M" (the authority table's bodies) and the government's.</summary>
    private static readonly HashSet<string> Collectives =
        [.. Standard.IssuingBodyKinds.Rows.Select(r => r.Collective).OfType<string>().Concat(["CHÍNH PHỦ", "ĐẠI HỘI", "BAN CHỈ ĐẠO", "TIỂU BAN", "HỘI ĐỒNG"]).Select(Standard.IssuingBodyKinds.Squash)];

    /// <summary>The titles of a body's head, with their deputies' ("PHÓ CHỦ TỊCH"): who signs in their own name.</summary>
    private static readonly HashSet<string> HeadTitles =
        [.. Standard.IssuingBodyKinds.Rows.SelectMany(r => r.Heads).Concat(["THỦ TƯỚNG", "GIÁM ĐỐC", "TRƯỞNG PHÒNG", "CHÁNH VĂN PHÒNG", "TRƯỞNG BAN", "CHỦ NHIỆM", "HIỆU TRƯỞNG"])
            .SelectMany(t => new[] { t, "PHÓ " + t }).Select(Standard.IssuingBodyKinds.Squash)];

    /// <summary>A head's title alone on the line or in its last column (after a run of spaces), or null.</summary>
    private static string? HeadTitleAtEnd(string text)
    {
        var cells = ColumnCells().Split(text.Trim());
        var last = cells[^1].Trim().TrimEnd('.');
        return FramePatterns.IsUpper(last) && HeadTitles.Contains(Standard.IssuingBodyKinds.Squash(last)) ? last : null;
    }

    /// <summary>Whether the signature of a head who signs in their own name starts here: the title, then a name within two lines.</summary>
    private bool SignsInOwnName(int at) =>
        HeadTitleAtEnd(_lines[at].Text) is not null &&
        Enumerable.Range(at + 1, 2).Any(i => i < _lines.Count && PersonName().IsMatch(_lines[i].Text.Trim()));

    private static bool EndsEntry(string text) => text.TrimEnd() is { Length: > 0 } t && t[^1] is ',' or ';' or '.';

    [GeneratedRegex(@"\s{3,}")]
    private static partial Regex ColumnCells();

    /// <summary>A page's number between the recipients and the signature: no recipient is a bare number.</summary>
    [GeneratedRegex(@"^[0-9]{1,3}$")]
    private static partial Regex PageNumberLine();

    /// <summary>The Party writes "T/M", "K/T", "T/L"; the state "TM.", "KT.", "TL." (FORMAT.md): each frame gets its own.</summary>
    private string NormaliseAuthority(string typed, SourceLine line)
    {
        var parts = typed.Split(" / ");
        if (parts.Length > 1) return string.Join(" / ", parts.Select(p => NormaliseAuthority(p, line)));
        var match = FramePatterns.Authority().Match(typed);
        if (!match.Success) return typed;
        var letters = match.Groups[1].Value.Replace("/", "", StringComparison.Ordinal).Replace(".", "", StringComparison.Ordinal).Replace(" ", "", StringComparison.Ordinal);
        var form = letters is "TUQ" or "Q" ? match.Groups[1].Value
            : Standard.AuthorityForm.Spell(letters, _document.StateFrame ? Standard.FrameVariant.State : Standard.FrameVariant.Party);
        var result = $"{form} {match.Groups[2].Value.Trim()}";
        if (result != typed)
            diagnostics.Add(Rules.ImportCorrected, line.Location,
                $"dòng thẩm quyền \"{typed}\" viết lại thành \"{result}\" theo thể thức {(_document.StateFrame ? "Nghị định 30/2020" : "của Đảng")}");
        return result;
    }

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
}

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
}

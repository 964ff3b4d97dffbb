using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using VanKien.Diagnostics;

namespace VanKien.Importing;

/// <summary>
/// Whether a document's lines are a planning document VanKien writes, and readable at all, before
/// the recogniser forces them into a kind: a decision, guidance, conclusion or official letter is
/// named for what it is (VK0615); text whose letters were lost to a wrong encoding (a binary .doc
/// read as text, "?" for every Vietnamese letter) or whose tone marks were scrambled (a site's
/// anti-copy) is refused as damaged (VK0616).
/// </summary>
internal static partial class ImportableText
{
    /// <summary>The title lines of kinds of document one meets beside planning ones.</summary>
    private static readonly (string Title, string Name)[] KnownTitles =
    [
        ("QUYẾT ĐỊNH", "quyết định"), ("HƯỚNG DẪN", "hướng dẫn"), ("KẾT LUẬN", "kết luận"), ("QUY ĐỊNH", "quy định"),
        ("THÔNG BÁO", "thông báo"), ("TỜ TRÌNH", "tờ trình"), ("CHỈ THỊ", "chỉ thị"), ("CÔNG VĂN", "công văn"), ("QUY CHẾ", "quy chế"),
    ];

    /// <summary>Kinds VanKien does not write, by their title lines; a kind that has a template folder is not among them.</summary>
    private static readonly (string Title, string Name)[] OtherKinds = [.. KnownTitles.Where(k => !FramePatterns.KindTitles.Any(t => t.Title == k.Title))];

    private static readonly (string Symbol, string Name)[] KnownSymbols =
    [
        ("QĐ", "quyết định"), ("HD", "hướng dẫn"), ("KL", "kết luận"), ("QyĐ", "quy định"), ("TB", "thông báo"), ("TTr", "tờ trình"),
        ("CT", "chỉ thị"), ("CV", "công văn"), ("QC", "quy chế"),
    ];

    /// <summary>The symbols of other kinds in a number (HD 36-HD/VPTW; NĐ 30/2020 Phụ lục III), less those of kinds VanKien writes.</summary>
    private static readonly (string Symbol, string Name)[] OtherSymbols = [.. KnownSymbols.Where(k => !Model.DocumentKind.All.Any(d => d.TypeAbbreviation == k.Symbol))];

    /// <summary>
    /// A header's "Số" (capital S: the line's own, not "số" inside a sentence) with its sequence and the
    /// kind's symbol, in the Party's form ("12-KL/TU") or the state's ("45/QĐ-UBND"), as typed (spaced).
    /// </summary>
    [GeneratedRegex(@"(?:^|[\s*|])Số\s*:?\s*(?<number>[0-9]+\s*[-/]\s*\p{L}+\s*[-/]\s*\p{Lu}[\p{L}\-]*)")]
    private static partial Regex HeaderNumber();

    /// <summary>True when the lines may go on to the recogniser; otherwise the reason is in the bag.</summary>
    public static bool Check(string path, IReadOnlyList<SourceLine> lines, DiagnosticBag diagnostics)
    {
        var at = lines.Count > 0 ? lines[0].Location : SourceLocation.StartOf(path);
        var text = string.Join("\n", lines.Select(l => l.Text));
        if (Damage(text) is { } damage)
        {
            diagnostics.Add(Rules.ImportUnreadable, at, $"văn bản hỏng, không đọc được: {damage}", "tìm bản gốc (.docx, hoặc chép lại từ bản in) rồi nhập lại");
            return false;
        }
        // The first title line in capitals names the kind; a planning title first means a planning document.
        foreach (var line in lines.Take(40))
        {
            var upper = Text.VietnameseText.Squash(line.Text);
            if (!FramePatterns.IsUpper(line.Text) || upper.Length > 120) continue;
            if (FramePatterns.KindTitles.Any(t => upper.StartsWith(t.Title, StringComparison.Ordinal))) return true;
            if (OtherKinds.FirstOrDefault(k => upper == k.Title || upper.StartsWith(k.Title + " ", StringComparison.Ordinal)) is { Title: not null } other)
            {
                diagnostics.Add(Rules.ImportNotPlanning, line.Location,
                    $"văn bản là {other.Name}, không phải loại VanKien soạn ({string.Join(", ", Model.DocumentKind.All.Select(k => Text.VietnameseText.Nfc(k.Title.ToLowerInvariant())))})",
                    "không nhập; nếu đây đúng là một văn bản kế hoạch, ghi 'loai' trong tệp --bo-sung");
                return false;
            }
        }
        // With no title line to go by (damaged, or run into one line), the header's own number names the kind by its symbol ("12-KL/TU", "45/QĐ-UBND").
        foreach (var line in lines.Take(40))
        {
            if (HeaderNumber().Match(line.Text) is not { Success: true } number) continue;
            var symbol = Standard.NumberForms.TypeOf(Standard.NumberForms.WithoutSpacesAroundSeparators(number.Groups["number"].Value)) ?? "";
            if (OtherSymbols.FirstOrDefault(k => k.Symbol == symbol) is { Symbol: not null } named)
            {
                diagnostics.Add(Rules.ImportNotPlanning, line.Location,
                    $"văn bản là {named.Name} (ký hiệu {symbol} trong số \"{number.Value.Trim(' ', '*', '|')}\"), không phải loại VanKien soạn",
                    "không nhập; nếu đây đúng là một văn bản kế hoạch, ghi 'loai' trong tệp --bo-sung");
                return false;
            }
            break;
        }
        return true;
    }

    /// <summary>What makes the text unreadable, or null.</summary>
    private static string? Damage(string text)
    {
        if (text.Contains("ࡱ", StringComparison.Ordinal) || text.Contains('\uFFFD'))
            return "có ký tự của tệp nhị phân hoặc của mã hóa sai (bản .doc đọc như văn bản thuần)";
        var letters = text.Count(char.IsLetter);
        var questions = QuestionRuns().Matches(text).Count;
        if (letters > 0 && questions * 20 > letters / 5)
            return "chữ tiếng Việt đã mất dấu thành '?' (mã hóa sai)";
        // Each Vietnamese syllable carries one tone mark; scrambled text carries two, or puts them on consonant clusters.
        var words = Words().Matches(text).Select(m => m.Value).Where(w => w.Any(c => c > 0x7F)).ToList();
        var scrambled = words.Count(w => Tones(w) > 1);
        if (scrambled >= 3 && scrambled * 100 >= words.Count * 3)
            return $"{scrambled} chữ mang hai dấu thanh (dấu bị xáo trộn, như «{words.First(w => Tones(w) > 1)}»)";
        return null;
    }

    private static int Tones(string word) =>
        word.Normalize(NormalizationForm.FormD).Count(c => c is '\u0300' or '\u0301' or '\u0303' or '\u0309' or '\u0323');

    [GeneratedRegex(@"\p{L}+")]
    private static partial Regex Words();

    [GeneratedRegex(@"\?{1,}")]
    private static partial Regex QuestionRuns();
}

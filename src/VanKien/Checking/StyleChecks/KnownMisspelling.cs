using System.Buffers;
using System.Text.RegularExpressions;
using VanKien.Diagnostics;

namespace VanKien.Checking.StyleChecks;

/// <summary>Misspellings of fixed phrases seen in real documents ("Phân đấu" for "Phấn đấu").</summary>
public sealed partial class KnownMisspelling : IDocumentRule
{
    /// <summary>Each wrong form, written in lower case, and its correction.</summary>
    public static readonly IReadOnlyDictionary<string, string> Corrections = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["phân đấu"] = "phấn đấu",
        ["giải đoạn"] = "giai đoạn",
        ["chuyên đổi số"] = "chuyển đổi số",
        ["chi đạo"] = "chỉ đạo",
        ["hoàn tốt nhiệm vụ"] = "hoàn thành tốt nhiệm vụ",
        ["quán triêt"] = "quán triệt",
        ["nghị quyêt"] = "nghị quyết",
    };

    private static readonly Regex Pattern = new(
        @"(?<!\p{L})(" + string.Join("|", Corrections.Keys.Select(Regex.Escape).Select(k => k.Replace("\\ ", "\\s+"))) + @")(?!\p{L})",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant);

    /// <summary>
    /// Each wrong form as written with single spaces, searched for in one vectorised pass: a line that
    /// holds none (nearly every line) is passed over without the interpreted alternation, which cost a
    /// district's build a tenth of its time. A line spaced otherwise (two spaces, a tab, a no-break
    /// space) is searched for every word of a form instead, as the pattern's <c>\s+</c> allows.
    /// </summary>
    private static readonly SearchValues<string> WrongForms = SearchValues.Create([.. Corrections.Keys], StringComparison.OrdinalIgnoreCase);

    private static readonly string[][] Words = Corrections.Keys.Select(k => k.Split(' ')).ToArray();

    private static bool MayHoldOne(string line) =>
        line.AsSpan().ContainsAny(WrongForms) ||
        (SpacedOtherwise(line) && Array.Exists(Words, words => Array.TrueForAll(words, word => line.Contains(word, StringComparison.OrdinalIgnoreCase))));

    private static bool SpacedOtherwise(string line)
    {
        for (var i = 0; i < line.Length; i++)
            if (char.IsWhiteSpace(line[i]) && (line[i] != ' ' || (i + 1 < line.Length && char.IsWhiteSpace(line[i + 1]))))
                return true;
        return false;
    }

    public Rule Rule => Rules.Misspelling;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var (line, match) in SourceScan.Matches(context, Pattern, MayHoldOne))
        {
            var wrong = match.Value;
            var key = Regex.Replace(wrong, @"\s+", " ").ToLowerInvariant();
            var right = Corrections[key];
            if (char.IsUpper(wrong[0])) right = char.ToUpperInvariant(right[0]) + right[1..];
            yield return Diagnostic.Of(Rule, SourceScan.At(context.Document, line, match.Index),
                $"'{wrong}' viết sai", $"viết '{right}'");
        }
    }
}

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
    /// The first word of each wrong form: a line that holds none (nearly every line) is passed over by
    /// a vectorised search, not by the interpreted alternation — a district's build spent 7 % of its
    /// time here.
    /// </summary>
    private static readonly string[] FirstWords = Corrections.Keys.Select(k => k.Split(' ')[0]).Distinct(StringComparer.Ordinal).ToArray();

    public Rule Rule => Rules.Misspelling;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var (line, match) in SourceScan.Matches(context, Pattern,
                     text => FirstWords.Any(word => text.Contains(word, StringComparison.OrdinalIgnoreCase))))
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

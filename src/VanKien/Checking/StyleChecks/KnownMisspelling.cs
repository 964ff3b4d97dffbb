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

    public Rule Rule => Rules.Misspelling;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var (line, match) in SourceScan.Matches(context.Document, Pattern))
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

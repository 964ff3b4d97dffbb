using System.Text.RegularExpressions;
using VanKien.Diagnostics;

namespace VanKien.Checking.StyleChecks;

/// <summary>An abbreviation ("BCH", "CBĐV") is used only after its full form has been written once.</summary>
public sealed class AbbreviationDefinedFirst : IDocumentRule
{
    /// <summary>Abbreviations seen in the seeds, with their full form. Widely known ones (UBND) are not listed.</summary>
    public static readonly IReadOnlyDictionary<string, string> FullForms = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["BCH"] = "Ban Chấp hành",
        ["CBĐV"] = "cán bộ, đảng viên",
        ["CBGV"] = "cán bộ, giáo viên",
        ["GDMN"] = "giáo dục mầm non",
        ["GD&ĐT"] = "giáo dục và đào tạo",
        ["HSG"] = "học sinh giỏi",
        ["CSVC"] = "cơ sở vật chất",
        ["TTĐT"] = "thông tin điện tử",
    };

    /// <summary>Each abbreviation's pattern and its full form's, built once (a regex costs more to build than to run).</summary>
    private static readonly (string Abbreviation, string Full, Regex Use, Regex Definition)[] Patterns = BuildPatterns();

    private static (string, string, Regex, Regex)[] BuildPatterns()
    {
        var patterns = new List<(string, string, Regex, Regex)>();
        foreach (var (abbreviation, full) in FullForms)
            patterns.Add((abbreviation, full,
                new Regex(@"(?<![\p{L}&])" + Regex.Escape(abbreviation) + @"(?![\p{L}&])"),
                new Regex(Regex.Escape(full).Replace(",", ",?").Replace("\\ ", @"\s+"), RegexOptions.IgnoreCase)));
        return [.. patterns];
    }

    public Rule Rule => Rules.AbbreviationFirst;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var lines = SourceScan.Lines(context).ToList();
        foreach (var (abbreviation, full, usePattern, definitionPattern) in Patterns)
        {
            // Most documents use none of the abbreviations: a plain search first, the pattern only where it is there.
            if (!lines.Any(l => l.Text.Contains(abbreviation, StringComparison.Ordinal))) continue;
            var use = First(lines, usePattern);
            if (use is null) continue;
            var definition = First(lines, definitionPattern);
            if (definition is not null && (definition.Value.Line < use.Value.Line || (definition.Value.Line == use.Value.Line && definition.Value.Index < use.Value.Index)))
                continue;
            yield return Diagnostic.Of(Rule, new SourceLocation(context.Document.SourcePath, use.Value.Line, use.Value.Index + 1),
                $"'{abbreviation}' được dùng trước khi viết đầy đủ '{full}'",
                $"lần đầu viết '{full} ({abbreviation})'");
        }
    }

    private static (int Line, int Index)? First(IEnumerable<SourceScan.Line> lines, Regex pattern)
    {
        foreach (var line in lines)
            if (pattern.Match(line.Text) is { Success: true } match) return (line.Number, match.Index);
        return null;
    }
}

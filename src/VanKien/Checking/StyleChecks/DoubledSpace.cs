using System.Text.RegularExpressions;
using VanKien.Diagnostics;

namespace VanKien.Checking.StyleChecks;

/// <summary>Two spaces between words (Word documents carry many); alignment after "key:", before a YAML comment and in tables is fine.</summary>
public sealed partial class DoubledSpace : IDocumentRule
{
    public Rule Rule => Rules.DoubledSpace;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        foreach (var (line, match) in SourceScan.Matches(context, Doubled()))
        {
            if (line.Text.TrimStart().StartsWith('|')) continue;
            if (match.Index > 0 && line.Text[match.Index - 1] == ':') continue;
            // Spaces that align a YAML comment ("so: 05-CTr/CB   # …"), as the README's own examples do.
            if (match.Index + match.Length < line.Text.Length && line.Text[match.Index + match.Length] == '#') continue;
            yield return Diagnostic.Of(Rule, SourceScan.At(context.Document, line, match.Index + 1), "hai dấu cách liền nhau", "xóa bớt một dấu cách");
        }
    }

    [GeneratedRegex(@"(?<=\S)  +(?=\S)")]
    private static partial Regex Doubled();
}

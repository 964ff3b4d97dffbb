using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// Within one term, an issuer numbers each type of document continuously from 01 (Hướng dẫn
/// 36-HD/VPTW): a later document of the same type and issuer never carries a smaller number. The
/// clerk's check, across the project: "02-CTr/CB dated 08/01/2026" after "05-CTr/CB dated 01/10/2025".
/// Two documents are in one term when their terms are the same, or when one's date falls in the other's term.
/// </summary>
public sealed partial class NumbersInDateOrder : IDocumentRule
{
    public Rule Rule => Rules.NumberingOrder;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var document = context.Document;
        if (document.Frame.Undated || Parts(document) is not { } mine) yield break;
        context.Set.LoadProject();
        foreach (var other in context.Set.IssuedBySameBody(document).OrderBy(d => d.SourcePath, StringComparer.Ordinal))
        {
            if (ReferenceEquals(other, document) || other.Frame.Undated || Parts(other) is not { } theirs || theirs.Kind != mine.Kind) continue;
            if (!SameTerm(document, other)) continue;
            var (myDate, theirDate) = (document.Frame.Date.Value, other.Frame.Date.Value);
            // Reported on the later-dated document, the one whose number is out of order.
            if (myDate > theirDate && mine.Sequence < theirs.Sequence)
                yield return new Diagnostic(Rule, Rule.DefaultSeverity, document.Frame.Number.Location,
                    $"số {document.Frame.Number.Value} (ngày {Text.VietnameseDate.Short(myDate)}) nhỏ hơn số {other.Frame.Number.Value} đã ban hành ngày {Text.VietnameseDate.Short(theirDate)} cùng loại, cùng cơ quan trong nhiệm kỳ",
                    other.Frame.Number.Location, "số văn bản của mỗi loại được ghi liên tục từ 01 trong một nhiệm kỳ: kiểm tra lại số với văn thư");
        }
    }

    internal sealed record NumberParts(int Sequence, string Kind);

    /// <summary>"05-CTr/CB" → 5 and "CTr/CB"; "45/KH-UBND" → 45 and "KH-UBND".</summary>
    internal static NumberParts? Parts(Document document)
    {
        var match = Number().Match(Text.VietnameseText.WithoutWhitespace(document.Frame.Number.Value));
        return match.Success ? new NumberParts(Values.AsciiDigits.Parse(match.Groups[1].Value), match.Groups[2].Value) : null;
    }

    internal static bool SameTerm(Document a, Document b)
    {
        var (ta, tb) = (Term.Parse(a.Frame.Term?.Value), Term.Parse(b.Frame.Term?.Value));
        if (ta is { } x && tb is { } y) return x == y;
        if (ta is { } first) return first.Contains(b.Frame.Date.Value.Year);
        if (tb is { } second) return second.Contains(a.Frame.Date.Value.Year);
        return a.Frame.Date.Value.Year == b.Frame.Date.Value.Year;
    }

    [GeneratedRegex(@"^([0-9]{1,4})[-/](.+)$")]
    private static partial Regex Number();
}

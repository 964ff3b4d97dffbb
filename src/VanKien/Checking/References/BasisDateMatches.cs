using VanKien.Diagnostics;

namespace VanKien.Checking.References;

/// <summary>
/// A document's number and date are one citation: a căn cứ that names a known document's number
/// ("Nghị quyết số 01-NQ/ĐH, ngày …") gives that document's date, however it spells it. A wrong date
/// cites a document that does not exist as written, though the number alone would pass.
/// </summary>
public sealed class BasisDateMatches : IDocumentRule
{
    public Rule Rule => Rules.BasisDateDiffers;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var bases = context.Document.Frame.Bases;
        if (bases.Count == 0 || context.ParentEntry is { Document: null }) yield break;
        foreach (var basis in bases)
        {
            var spans = DocumentNumbers.CitedSpans(basis.Value).ToList();
            for (var i = 0; i < spans.Count; i++)
            {
                var (number, _, end) = spans[i];
                var until = i + 1 < spans.Count ? spans[i + 1].Index : basis.Value.Length;
                if (DocumentNumbers.CitedDate(basis.Value, end, until) is not { } cited) continue;
                if (context.Set.DateOfNumber(number) is not { } date || date == cited.Date) continue;
                var right = $"ngày {Text.VietnameseDate.Short(date)}";
                yield return Diagnostic.Of(Rule, basis.Location with { Column = basis.Location.Column + cited.Index },
                    $"căn cứ nêu văn bản số {number} với ngày {Text.VietnameseDate.Short(cited.Date)}, nhưng văn bản số {number} ban hành {right}",
                    $"viết '{right}'");
            }
        }
    }
}

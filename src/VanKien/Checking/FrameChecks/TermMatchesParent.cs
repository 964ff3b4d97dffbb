using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// The term is written "2025-2030"; a document implementing a resolution has the resolution's term.
/// </summary>
public sealed class TermMatchesParent : IDocumentRule
{
    public Rule Rule => Rules.TermMismatch;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var term = context.Document.Frame.Term;
        if (term is not null && Term.Parse(term.Value) is null)
        {
            yield return Diagnostic.Of(Rule, term.Location, $"nhiệm kỳ '{term.Value}' không đúng dạng 'năm đầu-năm cuối'", "ví dụ '2025-2030'");
            yield break;
        }
        if (context.Parent is not { Frame.Term: { } parentTerm } parent) yield break;
        var mine = Term.Parse(term?.Value);
        var theirs = Term.Parse(parentTerm.Value);
        if (theirs is null || mine == theirs) yield break;
        yield return new Diagnostic(Rule, Rule.DefaultSeverity, term?.Location ?? context.Document.Frame.Location,
            term is null
                ? $"văn bản thực hiện văn bản cấp trên nhiệm kỳ {theirs} nhưng không ghi nhiệm kỳ"
                : $"nhiệm kỳ {mine} khác nhiệm kỳ {theirs} của văn bản cấp trên số {parent.Frame.Number.Value}",
            parentTerm.Location, $"nhiem-ky: {theirs}");
    }
}

using VanKien.Diagnostics;

namespace VanKien.Checking.References;

/// <summary>
/// A căn cứ that cites a document by number cites one the repository holds: the documents of
/// this run and their parents and, in a project (vankien.yaml), every source of the project.
/// </summary>
public sealed class UnknownBasisNumber : IDocumentRule
{
    public Rule Rule => Rules.UnknownBasisNumber;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var bases = context.Document.Frame.Bases;
        if (bases.Count == 0) yield break;
        // The parent belongs to what the repository knows; when it cannot be read, ParentReadable says so.
        if (context.ParentEntry is { Document: null }) yield break;
        foreach (var basis in bases)
        {
            foreach (var (number, index) in DocumentNumbers.Cited(basis.Value))
            {
                if (context.Set.IsKnownNumber(number)) continue;
                if (context.Set.ProjectRoot is not null)
                {
                    context.Set.LoadProject();
                    if (context.Set.IsKnownNumber(number)) continue;
                }
                yield return Diagnostic.Of(Rule, basis.Location with { Column = basis.Location.Column + index },
                    $"căn cứ nêu văn bản số {number}, nhưng kho văn bản không có văn bản số này",
                    "thêm văn bản đó vào kho (có thể là tệp .yaml), hoặc sửa số");
            }
        }
    }
}

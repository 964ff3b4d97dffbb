using VanKien.Diagnostics;

namespace VanKien.Checking.References;

/// <summary>Target ids are unique within a document: children and reports refer to them.</summary>
public sealed class DuplicateTargetId : IDocumentRule
{
    public Rule Rule => Rules.DuplicateTargetId;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var seen = new Dictionary<string, SourceLocation>(StringComparer.Ordinal);
        foreach (var id in context.Document.Targets.Select(t => t.Id).OfType<Model.Located<string>>())
        {
            if (seen.TryGetValue(id.Value, out var first))
                yield return Diagnostic.Of(Rule, id.Location, $"mã chỉ tiêu '{id.Value}' đã dùng ở dòng {first.Line}") with { Related = first };
            else
                seen[id.Value] = id.Location;
        }
    }
}

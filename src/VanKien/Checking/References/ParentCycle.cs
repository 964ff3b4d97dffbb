using VanKien.Diagnostics;

namespace VanKien.Checking.References;

/// <summary>Following <c>thuc-hien</c> from a document never comes back to it.</summary>
public sealed class ParentCycle : IDocumentRule
{
    private const int MaxChain = 64;

    public Rule Rule => Rules.ParentCycle;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var document = context.Document;
        if (document.Frame.ParentPath is not { } link) yield break;

        var start = Path.GetFullPath(document.SourcePath);
        var chain = new List<string> { Path.GetFileName(start) };
        var current = document;
        for (var i = 0; i < MaxChain && current.Frame.ParentPath is not null; i++)
        {
            var next = context.Set.ParentOf(current);
            if (next?.Document is null) yield break;
            chain.Add(Path.GetFileName(next.Path));
            if (string.Equals(Path.GetFullPath(next.Path), start, StringComparison.Ordinal))
            {
                yield return Diagnostic.Of(Rule, link.Location, $"các văn bản cấp trên tạo thành vòng: {string.Join(" → ", chain)}");
                yield break;
            }
            current = next.Document;
        }
    }
}

using VanKien.Diagnostics;
using VanKien.Text;

namespace VanKien.Checking.References;

/// <summary>Every <c>cha</c> and every waiver names a target the parent has.</summary>
public sealed class UnknownParentTarget : IDocumentRule
{
    public Rule Rule => Rules.UnknownParentTarget;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var document = context.Document;
        var links = document.Targets.Where(t => t.Parent is not null).Select(t => t.Parent!)
            .Concat(document.Waivers.Select(w => w.ParentId))
            .ToList();
        if (links.Count == 0) yield break;

        if (document.Frame.ParentPath is null)
        {
            foreach (var link in links)
                yield return Diagnostic.Of(Rule, link.Location, $"'{link.Value}' là chỉ tiêu của văn bản nào? Văn bản chưa khai báo 'thuc-hien'",
                    "thêm 'thuc-hien: <đường dẫn văn bản cấp trên>'");
            yield break;
        }
        if (context.Parent is not { } parent) yield break; // ParentReadable reports why

        var ids = parent.Targets.Where(t => t.Id is not null).Select(t => t.Id!.Value).ToList();
        foreach (var link in links.Where(l => !ids.Contains(l.Value)))
        {
            var suggestion = EditDistance.Closest(link.Value, ids);
            yield return Diagnostic.Of(Rule, link.Location, $"văn bản cấp trên không có chỉ tiêu '{link.Value}'",
                suggestion is null ? $"các mã: {string.Join(", ", ids)}" : $"có phải ý bạn là '{suggestion}'?");
        }
    }
}

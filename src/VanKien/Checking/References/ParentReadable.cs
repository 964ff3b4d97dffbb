using VanKien.Diagnostics;

namespace VanKien.Checking.References;

/// <summary>The parent named by <c>thuc-hien</c> exists, reads, and has no errors of its own.</summary>
public sealed class ParentReadable : IDocumentRule
{
    public Rule Rule => Rules.ParentUnreadable;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.Document.Frame.ParentPath is not { } link || context.ParentEntry is not { } parent) yield break;
        if (parent.Diagnostics.FirstOrDefault(d => d.Rule == Rules.ParentOutsideProject) is { } outside)
        {
            yield return outside;
            yield break;
        }

        if (!File.Exists(parent.Path))
        {
            yield return Diagnostic.Of(Rule, link.Location, $"không tìm thấy văn bản cấp trên '{link.Value}'",
                "đường dẫn tính từ thư mục của văn bản này");
            yield break;
        }
        var errors = parent.Diagnostics.Where(d => d.Severity == Severity.Error).ToList();
        if (parent.Document is null || errors.Count > 0)
            yield return Diagnostic.Of(Rule, link.Location,
                $"văn bản cấp trên '{link.Value}' có {errors.Count} lỗi; chưa thể đối chiếu chỉ tiêu",
                errors.Count > 0 ? $"lỗi đầu tiên: {errors[0]}" : null) with { Related = errors.FirstOrDefault()?.Location };
    }
}

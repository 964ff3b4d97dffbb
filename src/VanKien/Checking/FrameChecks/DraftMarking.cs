using VanKien.Diagnostics;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// A draft is said at every check, so that one is never sent out as issued: it prints the draft
/// marking and a number line with a blank for the number the văn thư will write.
/// </summary>
public sealed class DraftMarking : IDocumentRule
{
    public Rule Rule => Rules.Draft;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.Document.Frame.Draft is not { } draft) yield break;
        var unnumbered = context.Document.Frame.Unnumbered ? ", chưa có số" : "";
        var undated = context.Document.Frame.Undated ? ", chưa có ngày" : "";
        yield return Diagnostic.Of(Rule, draft.Location, $"văn bản là dự thảo («{draft.Value}»{unnumbered}{undated})",
            "khi ban hành: văn thư cấp số ('so: 05-…') và ghi ngày ('ngay: …'), bỏ 'du-thao'; 'vankien build --ban-chinh-thuc' không nhận dự thảo");
    }
}

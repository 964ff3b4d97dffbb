using VanKien.Diagnostics;
using VanKien.Text;

namespace VanKien.Checking.FrameChecks;

/// <summary>A document cannot be issued before the resolution it implements.</summary>
public sealed class DatedBeforeParent : IDocumentRule
{
    public Rule Rule => Rules.DatedBeforeParent;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.Parent is not { } parent) yield break;
        var date = context.Document.Frame.Date;
        if (context.Document.Frame.Undated || parent.Frame.Undated) yield break;
        if (date.Value >= parent.Frame.Date.Value) yield break;
        yield return new Diagnostic(Rule, Rule.DefaultSeverity, date.Location,
            $"văn bản ban hành {VietnameseDate.Short(date.Value)}, trước văn bản cấp trên số {parent.Frame.Number.Value} ({VietnameseDate.Short(parent.Frame.Date.Value)}) mà nó thực hiện",
            parent.Frame.Date.Location, "kiểm tra lại ngày ban hành");
    }
}

using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Checking.FrameChecks;

/// <summary>Every document is sent somewhere and filed: "Nơi nhận" must list at least one recipient.</summary>
public sealed class RecipientsRequired : IDocumentRule
{
    public Rule Rule => Rules.MissingRecipients;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var document = context.Document;
        if (document.Frame.Recipients.Count == 0)
            yield return Diagnostic.Of(Rule, document.Frame.Location, "văn bản không có nơi nhận ('noi-nhan')",
                "thêm 'noi-nhan:' với ít nhất một mục, mục cuối là nơi lưu, ví dụ 'Lưu Chi bộ'");
    }
}

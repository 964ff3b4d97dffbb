using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Checking.FrameChecks;

/// <summary>A document without its signature block cannot be issued.</summary>
public sealed class SignatureRequired : IDocumentRule
{
    public Rule Rule => Rules.MissingSignature;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var document = context.Document;
        if (document.Frame.Signature is null)
            yield return Diagnostic.Of(Rule, document.Frame.Location, "văn bản không có khối chữ ký ('ky')",
                "thêm 'ky: { tham-quyen: T/M CHI BỘ, chuc-vu: BÍ THƯ, ho-ten: … }'");
    }
}

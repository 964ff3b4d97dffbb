using VanKien.Diagnostics;
using VanKien.Standard;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// A deputy signs for the head, and says so: "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH" (NĐ 30), "K/T TRƯỞNG BAN /
/// PHÓ TRƯỞNG BAN" (a Party support body). A signature whose position is a deputy's ("PHÓ …") with
/// no authority line reads as if the deputy held the office. A Party committee's deputy needs none:
/// the compiler prints the committee's "T/M" (FORMAT.md, Closing).
/// </summary>
public sealed class AuthorityRequired : IDocumentRule
{
    public Rule Rule => Rules.AuthorityMissing;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var frame = context.Document.Frame;
        if (frame.Signature is not { Authority: null, Position: { } position }) yield break;
        var title = Text.VietnameseText.Upper(position.Value.Trim());
        if (!title.StartsWith("PHÓ ", StringComparison.Ordinal)) yield break;
        var variant = context.Profile.Variant;
        if (variant == FrameVariant.Party && Authorities.OnBehalfOf(frame.Bodies.Issuer.Value) is not null) yield break;
        var head = title["PHÓ ".Length..].Trim();
        var line = $"{Authorities.Form("KT", variant)} {head}";
        yield return Diagnostic.Of(Rule, position.Location,
            $"cấp phó ('{position.Value.Trim()}') ký thay cấp trưởng mà không có dòng thẩm quyền",
            $"thêm 'tham-quyen: {line}' vào 'ky'");
    }
}

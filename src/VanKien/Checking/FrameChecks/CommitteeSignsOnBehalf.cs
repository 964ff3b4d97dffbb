using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Standard;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// A Party committee signs "T/M", even when its deputy signs; "K/T" is for support bodies only
/// (FORMAT.md, Closing). "K/T CHI BỘ / BÍ THƯ" is a committee's document signed as if by a deputy for a head.
/// </summary>
public sealed partial class CommitteeSignsOnBehalf : IDocumentRule
{
    public Rule Rule => Rules.CommitteeSignsOnBehalf;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.Profile.Variant != FrameVariant.Party || context.Document.Frame.Signature?.Authority is not { } authority) yield break;
        if (OnBehalf().Match(authority.Value) is not { Success: true } match || Authorities.Committee(match.Groups["body"].Value) is not { } committee) yield break;
        yield return Diagnostic.Of(Rule, authority.Location,
            $"'{authority.Value.Trim()}': cấp ủy luôn ký T/M, kể cả khi cấp phó ký; K/T chỉ dùng cho ban, văn phòng",
            $"viết 'T/M {committee}', và chức vụ 'PHÓ BÍ THƯ' nếu cấp phó ký");
    }

    /// <summary>"K/T …", spacing and case aside.</summary>
    [GeneratedRegex(@"^\s*K\s*/\s*T\s+(?<body>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex OnBehalf();
}

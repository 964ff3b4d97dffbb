using VanKien.Diagnostics;
using VanKien.Standard;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// A Party committee signs "T/M", even when its deputy signs; "K/T" is for support bodies only
/// (FORMAT.md, Closing; <see cref="AuthorityTable"/>). "K/T CHI BỘ" or "K/T BÍ THƯ" under a cấp ủy is a
/// committee's document signed as if by a deputy for a head.
/// </summary>
public sealed class CommitteeSignsOnBehalf : IDocumentRule
{
    public Rule Rule => Rules.CommitteeSignsOnBehalf;

    public IEnumerable<Diagnostic> Check(CheckContext context) => AuthorityVerdicts.Of(context, Rule);
}

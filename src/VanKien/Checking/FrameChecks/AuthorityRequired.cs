using VanKien.Diagnostics;
using VanKien.Standard;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// A deputy signs for the head, and says so (<see cref="AuthorityTable"/>): "KT. CHỦ TỊCH / PHÓ CHỦ TỊCH"
/// (NĐ 30), "K/T TRƯỞNG BAN / PHÓ TRƯỞNG BAN" (a Party ban). A deputy's signature with no line, or with
/// the collective's "TM." alone, reads as if the deputy held the office. A Party committee's deputy
/// needs none: the compiler prints the committee's "T/M" (FORMAT.md, Closing).
/// </summary>
public sealed class AuthorityRequired : IDocumentRule
{
    public Rule Rule => Rules.AuthorityMissing;

    public IEnumerable<Diagnostic> Check(CheckContext context) => AuthorityVerdicts.Of(context, Rule);
}

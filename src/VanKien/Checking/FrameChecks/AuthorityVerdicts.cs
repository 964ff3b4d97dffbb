using VanKien.Diagnostics;
using VanKien.Standard;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// The one judgement of a signature's authority line (<see cref="AuthorityJudgement"/>), shared by the
/// three rules that report it: each reports the verdicts of its own rule id.
/// </summary>
internal static class AuthorityVerdicts
{
    public static IEnumerable<Diagnostic> Of(CheckContext context, Rule rule)
    {
        var frame = context.Document.Frame;
        if (frame.Signature is not { } signature) yield break;
        var verdict = AuthorityJudgement.Judge(context.Profile.Variant, frame.Bodies.Issuer.Value, signature.Position?.Value, signature.Authority?.Value);
        if (verdict is null || verdict.Rule != rule) yield break;
        var location = verdict.AtPosition || signature.Authority is null ? (signature.Position ?? signature.Name).Location : signature.Authority.Location;
        yield return Diagnostic.Of(rule, location, verdict.Message, verdict.Hint);
    }
}

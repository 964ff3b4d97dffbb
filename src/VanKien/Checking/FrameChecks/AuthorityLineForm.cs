using VanKien.Diagnostics;
using VanKien.Standard;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// The authority line as the standard writes it for the issuer and the signer (<see cref="AuthorityTable"/>):
/// spelled for the form (Party "T/M", "K/T", "T/L", "T/U"; state "TM.", "KT.", "TL.", "TUQ.", "Q."),
/// and the one the row accepts ("K/T TRƯỞNG BAN" for a ban's deputy, no line for its head).
/// </summary>
public sealed class AuthorityLineForm : IDocumentRule
{
    public Rule Rule => Rules.AuthorityLine;

    public IEnumerable<Diagnostic> Check(CheckContext context) => AuthorityVerdicts.Of(context, Rule);
}

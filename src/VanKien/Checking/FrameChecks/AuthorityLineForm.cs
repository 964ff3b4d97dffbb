using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Standard;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// The authority line as the standard writes it: Party documents "T/M …" (a committee always
/// signs T/M; K/T only for support bodies), state documents "TM.", "KT.", "TL.", "TUQ.", "Q.".
/// </summary>
public sealed partial class AuthorityLineForm : IDocumentRule
{
    public Rule Rule => Rules.AuthorityLine;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        if (context.Document.Frame.Signature?.Authority is not { } authority) yield break;
        var text = authority.Value;
        if (context.Profile.Variant == FrameVariant.State)
        {
            if (Slashed().Match(text) is { Success: true } slashed)
            {
                var abbreviation = Authorities.Form(slashed.Groups[1].Value + slashed.Groups[2].Value, FrameVariant.State);
                yield return Diagnostic.Of(Rule, authority.Location, $"văn bản nhà nước viết '{abbreviation}', không viết '{slashed.Value.Trim()}'",
                    $"viết '{abbreviation} {text[slashed.Length..].Trim()}'");
            }
        }
        else if (Dotted().Match(text) is { Success: true } dotted)
        {
            var abbreviation = Authorities.Form(dotted.Groups[1].Value, FrameVariant.Party);
            yield return Diagnostic.Of(Rule, authority.Location, $"văn bản của Đảng viết '{abbreviation}', không viết '{dotted.Value.Trim()}'",
                $"viết '{abbreviation} {text[dotted.Length..].Trim()}'");
        }
    }

    /// <summary>"T/M", "K/T" at the start.</summary>
    [GeneratedRegex(@"^\s*([TK])\s*/\s*([MT])\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Slashed();

    /// <summary>"TM.", "KT." (or "TM ") at the start, before the body's name in capitals.</summary>
    [GeneratedRegex(@"^\s*(TM|KT)\.?\s*(?=\p{Lu})")]
    private static partial Regex DottedPrefix();

    private static Regex Dotted() => DottedPrefix();
}

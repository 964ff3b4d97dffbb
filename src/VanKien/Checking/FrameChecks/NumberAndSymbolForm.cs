using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Standard;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// The number and symbol as the document's standard writes them — Party: "05-CTr/CB" (number,
/// hyphen, type, slash, issuer); state: "05/KH-UBND" (number, slash, type, hyphen, issuer). Numbers
/// below 10 take a leading zero; no spaces ("16 -CTr/ĐU"); no "Số" or colon (the compiler prints them);
/// the type is the kind's ("CTr" for a program, "KH" for a plan).
/// </summary>
public sealed partial class NumberAndSymbolForm : IDocumentRule
{
    public Rule Rule => Rules.NumberAndSymbol;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var document = context.Document;
        var number = document.Frame.Number;
        var text = number.Value;
        var state = context.Profile.Variant == FrameVariant.State;
        var type = document.Kind.TypeAbbreviation;
        string Form(string sequence, string kind, string issuer) => state ? $"{sequence}/{kind}-{issuer}" : $"{sequence}-{kind}/{issuer}";

        if (Prefix().Match(text) is { Success: true } prefix)
        {
            yield return Diagnostic.Of(Rule, number.Location, $"số, ký hiệu '{text}' không được có chữ 'Số' hay dấu hai chấm",
                $"viết 'so: {text[prefix.Length..].Trim()}'; trình biên dịch tự in '{context.Profile.NumberPrefix.Trim()}'");
            yield break;
        }

        var compact = Text.VietnameseText.WithoutWhitespace(text);
        var match = (state ? StateForm() : PartyForm()).Match(compact);
        if (!match.Success)
        {
            yield return Diagnostic.Of(Rule, number.Location,
                $"số, ký hiệu '{text}' không đúng dạng '{(state ? "số/loại-cơ quan" : "số-loại/cơ quan")}'",
                $"ví dụ '{Form("05", type, state ? "UBND" : "CB")}'");
            yield break;
        }

        var sequence = match.Groups[1].Value;
        var written = match.Groups[2].Value;
        var issuer = match.Groups[3].Value;
        var padded = Values.AsciiDigits.Parse(sequence).ToString("00");
        if (compact != text || sequence.Length < 2)
            yield return Diagnostic.Of(Rule, number.Location, $"số, ký hiệu '{text}' viết sai thể thức", $"viết '{Form(padded, written, issuer)}'");
        if (written != type)
            yield return Diagnostic.Of(Rule, number.Location,
                $"ký hiệu loại '{written}' không phải của {document.Kind.Title.ToLowerInvariant()} ('{type}')",
                $"viết '{Form(padded, type, issuer)}'");
    }

    [GeneratedRegex(@"^\s*(số|so)\s*:?\s*|^\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^([0-9]{1,4})-([\p{L}]+)/([\p{Lu}][\p{L}\-]*)$")]
    private static partial Regex PartyForm();

    [GeneratedRegex(@"^([0-9]{1,4})/([\p{L}]+)-([\p{Lu}][\p{L}\-]*)$")]
    private static partial Regex StateForm();
}

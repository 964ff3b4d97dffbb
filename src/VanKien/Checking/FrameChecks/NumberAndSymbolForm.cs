using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Checking.FrameChecks;

/// <summary>
/// The number and symbol of a Party document: "05-CTr/CB" — sequence number (01–09 with a
/// leading zero), a hyphen, the type abbreviation of the document's kind, a slash, the issuer.
/// No spaces ("16 -CTr/ĐU"), no "Số" or colon (the compiler prints "Số ").
/// </summary>
public sealed partial class NumberAndSymbolForm : IDocumentRule
{
    public Rule Rule => Rules.NumberAndSymbol;

    public IEnumerable<Diagnostic> Check(CheckContext context)
    {
        var document = context.Document;
        var number = document.Frame.Number;
        var text = number.Value;

        if (Prefix().Match(text) is { Success: true } prefix)
        {
            yield return Diagnostic.Of(Rule, number.Location, $"số, ký hiệu '{text}' không được có chữ 'Số' hay dấu hai chấm",
                $"viết 'so: {text[prefix.Length..].Trim()}'; trình biên dịch tự in 'Số '");
            yield break;
        }

        var compact = Regex.Replace(text, @"\s+", "");
        var match = Form().Match(compact);
        if (!match.Success)
        {
            yield return Diagnostic.Of(Rule, number.Location, $"số, ký hiệu '{text}' không đúng dạng 'số-loại/cơ quan'",
                $"ví dụ '05-{document.Kind.TypeAbbreviation}/CB'");
            yield break;
        }

        var sequence = match.Groups[1].Value;
        var type = match.Groups[2].Value;
        var expected = $"{int.Parse(sequence):00}-{type}/{match.Groups[3].Value}";
        if (compact != text || sequence.Length < 2)
            yield return Diagnostic.Of(Rule, number.Location, $"số, ký hiệu '{text}' viết sai thể thức", $"viết '{expected}'");
        if (type != document.Kind.TypeAbbreviation)
            yield return Diagnostic.Of(Rule, number.Location,
                $"ký hiệu loại '{type}' không phải của {document.Kind.Title.ToLowerInvariant()} ('{document.Kind.TypeAbbreviation}')",
                $"viết '{int.Parse(sequence):00}-{document.Kind.TypeAbbreviation}/{match.Groups[3].Value}'");
    }

    [GeneratedRegex(@"^\s*(số|so)\s*:?\s*|^\s*:\s*", RegexOptions.IgnoreCase)]
    private static partial Regex Prefix();

    [GeneratedRegex(@"^(\d{1,4})-([\p{L}]+)/([\p{Lu}][\p{L}\-]*)$")]
    private static partial Regex Form();
}

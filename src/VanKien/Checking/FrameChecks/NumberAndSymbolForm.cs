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
        var variant = context.Profile.Variant;
        var type = document.Kind.TypeAbbreviation;
        string Form(string sequence, string kind, string issuer) => NumberForms.Write(sequence, kind, issuer, variant);

        if (Prefix().Match(text) is { Success: true } prefix)
        {
            yield return Diagnostic.Of(Rule, number.Location, $"số, ký hiệu '{text}' không được có chữ 'Số' hay dấu hai chấm",
                $"viết 'so: {text[prefix.Length..].Trim()}'; trình biên dịch tự in '{context.Profile.NumberPrefix.Trim()}'");
            yield break;
        }

        var compact = Text.VietnameseText.WithoutWhitespace(text);
        // A draft's number before the văn thư gives one: the symbol alone, its type still the kind's.
        if (document.Frame.Unnumbered)
        {
            var symbol = NumberForms.ParseSymbol(compact, variant);
            var example = Form("", type, variant == FrameVariant.State ? "UBND" : "CB");
            if (symbol is null)
                yield return Diagnostic.Of(Rule, number.Location, $"số của dự thảo '{text}' không đúng dạng '{example}' (ký hiệu, chưa có số)", $"ví dụ '{example}'");
            else if (symbol.Type != type)
                yield return Diagnostic.Of(Rule, number.Location, $"ký hiệu loại '{symbol.Type}' không phải của {document.Kind.Title.ToLowerInvariant()} ('{type}')",
                    $"viết '{Form("", type, symbol.Issuer)}'");
            yield break;
        }
        if (NumberForms.Parse(compact, variant) is not { } parts)
        {
            yield return Diagnostic.Of(Rule, number.Location,
                $"số, ký hiệu '{text}' không đúng dạng '{NumberForms.Shape(variant)}'",
                $"ví dụ '{Form("05", type, variant == FrameVariant.State ? "UBND" : "CB")}'");
            yield break;
        }

        var (sequence, written, issuer) = (parts.Sequence, parts.Type, parts.Issuer);
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
}

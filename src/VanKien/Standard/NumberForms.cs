using System.Text.RegularExpressions;

namespace VanKien.Standard;

/// <summary>
/// The number and symbol as each standard writes it — Party: "05-CTr/CB" (number, hyphen, type,
/// slash, issuer); state: "05/KH-UBND" (number, slash, type, hyphen, issuer) — read by the check
/// that enforces it and by the importer that rewrites what people typed.
/// </summary>
public static partial class NumberForms
{
    public sealed record Parts(string Sequence, string Type, string Issuer);

    /// <summary>The parts of a number written without spaces in the variant's form; null when it is not in that form.</summary>
    public static Parts? Parse(string compact, FrameVariant variant) =>
        (variant == FrameVariant.State ? StateForm() : PartyForm()).Match(compact) is { Success: true } m
            ? new Parts(m.Groups[1].Value, m.Groups[2].Value, m.Groups[3].Value)
            : null;

    /// <summary>The type and issuer of a draft's number given as its symbol alone ("-CTr/CB", "/KH-UBND"); null when it is not in that form.</summary>
    public static Parts? ParseSymbol(string compact, FrameVariant variant) =>
        (variant == FrameVariant.State ? StateSymbol() : PartySymbol()).Match(compact) is { Success: true } m
            ? new Parts("", m.Groups[1].Value, m.Groups[2].Value)
            : null;

    /// <summary>
    /// The type in a number written in either standard's form, with or without its sequence ("KL" in
    /// "445-KL/TU", "NQ" in "97/NQ-HĐND" or "/NQ-HĐND"); null when it is in neither.
    /// </summary>
    public static string? TypeOf(string compact) =>
        (Parse(compact, FrameVariant.Party) ?? Parse(compact, FrameVariant.State) ??
         ParseSymbol(compact, FrameVariant.Party) ?? ParseSymbol(compact, FrameVariant.State))?.Type;

    /// <summary>The variant's form of the parts: "05-CTr/CB" or "05/KH-UBND".</summary>
    public static string Write(string sequence, string type, string issuer, FrameVariant variant) =>
        variant == FrameVariant.State ? $"{sequence}/{type}-{issuer}" : $"{sequence}-{type}/{issuer}";

    /// <summary>The shape of the form, as a message names it.</summary>
    public static string Shape(FrameVariant variant) => variant == FrameVariant.State ? "số/loại-cơ quan" : "số-loại/cơ quan";

    /// <summary>"16 -CTr/ĐU" → "16-CTr/ĐU": no space around the hyphen and the slash, as both standards write them.</summary>
    public static string WithoutSpacesAroundSeparators(string typed) => SpacedSeparator().Replace(typed, "$1");

    [GeneratedRegex(@"^([0-9]{1,4})-([\p{L}]+)/([\p{Lu}][\p{L}\-]*)$")]
    private static partial Regex PartyForm();

    [GeneratedRegex(@"^([0-9]{1,4})/([\p{L}]+)-([\p{Lu}][\p{L}\-]*)$")]
    private static partial Regex StateForm();

    [GeneratedRegex(@"^-([\p{L}]+)/([\p{Lu}][\p{L}\-]*)$")]
    private static partial Regex PartySymbol();

    [GeneratedRegex(@"^/([\p{L}]+)-([\p{Lu}][\p{L}\-]*)$")]
    private static partial Regex StateSymbol();

    [GeneratedRegex(@"\s*([-/])\s*")]
    private static partial Regex SpacedSeparator();
}

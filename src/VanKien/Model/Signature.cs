namespace VanKien.Model;

/// <summary>
/// The signature block: "T/M CHI BỘ" / "BÍ THƯ" / the signer's name. Authority and position may be
/// left to the kind's template ("ky" in mau.yaml); the name never is.
/// </summary>
public sealed record Signature(Located<string>? Authority, Located<string>? Position, Located<string> Name);

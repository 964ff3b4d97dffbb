namespace VanKien.Model;

/// <summary>The signature block: "T/M CHI BỘ" / "BÍ THƯ" / the signer's name.</summary>
public sealed record Signature(Located<string> Authority, Located<string> Position, Located<string> Name);

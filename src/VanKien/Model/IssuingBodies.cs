namespace VanKien.Model;

/// <summary>
/// The left column of the header block: the superior body (ĐẢNG BỘ XÃ HÙNG AN) and the issuing
/// body (CHI BỘ TRƯỜNG MẦM NON VIỆT HỒNG). <see cref="NameInText"/> is how running text names the
/// issuer ("Ban Chấp hành Đảng bộ xã"), used where the compiler writes a sentence about it.
/// </summary>
public sealed record IssuingBodies(Located<string>? Superior, Located<string> Issuer, Located<string>? NameInText);

namespace VanKien.Standard;

/// <summary>
/// In what capacity the person who signs does so (NĐ 30/2020 Điều 13; HD 36-HD/VPTW, thể thức đề ký):
/// as the head of the body, as the head's deputy, by order of the head (thừa lệnh), by the head's
/// authorisation (thừa ủy quyền), or as acting head (quyền cấp trưởng, the state form's "Q.").
/// </summary>
public enum SignerRole
{
    Head,
    Deputy,
    ByOrder,
    ByAuthorisation,
    Acting,
}

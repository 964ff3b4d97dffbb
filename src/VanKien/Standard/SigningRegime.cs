namespace VanKien.Standard;

/// <summary>
/// How a body decides, which decides how its documents are signed. A collective body (a cấp ủy, an
/// ủy ban kiểm tra, an Ủy ban or Hội đồng nhân dân, a mass organisation's executive committee) signs
/// on behalf of the collective ("T/M", "TM."); a head-run body (a ban or the văn phòng of a cấp ủy,
/// a school) is signed by its head, and by a deputy for the head ("K/T", "KT.").
/// NĐ 30/2020 Điều 13 khoản 1 (chế độ thủ trưởng) and khoản 2 (chế độ tập thể).
/// </summary>
public enum SigningRegime
{
    Collective,
    HeadRun,
}

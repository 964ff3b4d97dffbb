namespace VanKien.Standard;

/// <summary>
/// The authority lines the standards accept, as data: for each form (Party, HD 36-HD/VPTW 2018; state,
/// NĐ 30/2020/NĐ-CP), each way a body decides (<see cref="SigningRegime"/>) and each capacity of the
/// signer (<see cref="SignerRole"/>), the lines that may be written above the signer's position, the
/// first being the one VanKien suggests and prints by default. An empty list of forms under a row
/// that <see cref="Row.Refused"/> means no line is accepted; a form with no parts means "no authority
/// line" (the head of a head-run body signs in their own name).
/// In a form, <see cref="Collective"/> stands for the collective's name ("ỦY BAN NHÂN DÂN") and
/// <see cref="Head"/> for the head's title ("CHỦ TỊCH").
/// </summary>
public static class AuthorityTable
{
    public const string Collective = "{tap-the}";
    public const string Head = "{cap-truong}";

    /// <summary>One row: what a signer in <see cref="Role"/> of a <see cref="Regime"/> body writes in a <see cref="Variant"/> document.</summary>
    /// <param name="Forms">The accepted forms, the preferred first; each a list of (letters, what they name).</param>
    /// <param name="Refused">No form is accepted; <see cref="Suggest"/> gives the role whose form to write instead.</param>
    public sealed record Row(FrameVariant Variant, SigningRegime Regime, SignerRole Role, IReadOnlyList<IReadOnlyList<(string Letters, string Names)>> Forms, string Source, SignerRole? Suggest = null)
    {
        public bool Refused => Forms.Count == 0;
    }

    private static IReadOnlyList<(string, string)> F(params (string, string)[] parts) => parts;
    private static readonly IReadOnlyList<(string, string)> NoLine = [];

    public static readonly IReadOnlyList<Row> Rows =
    [
        // Party form, collective body (cấp ủy, ủy ban kiểm tra): HD 36-HD/VPTW, thể thức đề ký — "T/M" before the
        // collective's name, whoever of its leaders signs; FORMAT.md, Closing [R]: "T/M BAN THƯỜNG VỤ / PHÓ BÍ THƯ".
        new(FrameVariant.Party, SigningRegime.Collective, SignerRole.Head, [F(("TM", Collective))], "HD 36-HD/VPTW, thể thức đề ký: ký thay mặt (T/M) tập thể cấp ủy"),
        new(FrameVariant.Party, SigningRegime.Collective, SignerRole.Deputy, [F(("TM", Collective))], "HD 36-HD/VPTW, thể thức đề ký: cấp phó của cấp ủy cũng ký T/M tập thể, không ký K/T"),
        // HD 36, ký thừa lệnh (T/L): the chánh văn phòng signs by order of the committee ("T/L BAN THƯỜNG VỤ / CHÁNH VĂN PHÒNG").
        new(FrameVariant.Party, SigningRegime.Collective, SignerRole.ByOrder, [F(("TL", Collective))], "HD 36-HD/VPTW, thể thức đề ký: ký thừa lệnh (T/L)"),
        new(FrameVariant.Party, SigningRegime.Collective, SignerRole.ByAuthorisation, [F(("TU", Collective))], "HD 36-HD/VPTW, thể thức đề ký: ký thừa ủy quyền (T/U)"),
        // HD 36 knows no "Q.": a deputy in charge signs as a deputy does.
        new(FrameVariant.Party, SigningRegime.Collective, SignerRole.Acting, [], "HD 36-HD/VPTW không có thể thức 'Q.'", SignerRole.Deputy),

        // Party form, head-run body (ban, văn phòng of a cấp ủy): HD 36, ký thay (K/T) — the deputy signs for the head.
        new(FrameVariant.Party, SigningRegime.HeadRun, SignerRole.Head, [NoLine], "HD 36-HD/VPTW, thể thức đề ký: người đứng đầu ký không có chữ viết tắt"),
        new(FrameVariant.Party, SigningRegime.HeadRun, SignerRole.Deputy, [F(("KT", Head))], "HD 36-HD/VPTW, thể thức đề ký: cấp phó ký thay (K/T) cấp trưởng"),
        new(FrameVariant.Party, SigningRegime.HeadRun, SignerRole.ByOrder, [F(("TL", Head))], "HD 36-HD/VPTW, thể thức đề ký: ký thừa lệnh (T/L)"),
        new(FrameVariant.Party, SigningRegime.HeadRun, SignerRole.ByAuthorisation, [F(("TU", Head))], "HD 36-HD/VPTW, thể thức đề ký: ký thừa ủy quyền (T/U)"),
        new(FrameVariant.Party, SigningRegime.HeadRun, SignerRole.Acting, [], "HD 36-HD/VPTW không có thể thức 'Q.'", SignerRole.Deputy),

        // State form, collective body (Ủy ban, Hội đồng nhân dân): NĐ 30/2020 Điều 13 khoản 2; Phụ lục I, Phần I, mục II.8.a:
        // "TM." before the collective; a deputy signs "KT." for the head under it ("TM. ỦY BAN NHÂN DÂN / KT. CHỦ TỊCH / PHÓ CHỦ TỊCH").
        new(FrameVariant.State, SigningRegime.Collective, SignerRole.Head, [F(("TM", Collective))], "NĐ 30/2020, Điều 13 khoản 2; Phụ lục I, mục II.8.a: TM. trước tên tập thể"),
        new(FrameVariant.State, SigningRegime.Collective, SignerRole.Deputy, [F(("KT", Head)), F(("TM", Collective), ("KT", Head))], "NĐ 30/2020, Điều 13 khoản 2; Phụ lục I, mục II.8.a: KT. trước chức vụ người đứng đầu"),
        // NĐ 30 Điều 13 khoản 4 (thừa lệnh), khoản 3 (thừa ủy quyền); Phụ lục I, mục II.8.a: before the head's title.
        new(FrameVariant.State, SigningRegime.Collective, SignerRole.ByOrder, [F(("TL", Head))], "NĐ 30/2020, Điều 13 khoản 4; Phụ lục I, mục II.8.a: TL. trước chức vụ người đứng đầu"),
        new(FrameVariant.State, SigningRegime.Collective, SignerRole.ByAuthorisation, [F(("TU", Head))], "NĐ 30/2020, Điều 13 khoản 3; Phụ lục I, mục II.8.a: TUQ. trước chức vụ người đứng đầu"),
        new(FrameVariant.State, SigningRegime.Collective, SignerRole.Acting, [F(("Q", Head)), F(("TM", Collective), ("Q", Head))], "NĐ 30/2020, Phụ lục I, mục II.8.a: Q. trước chức vụ người đứng đầu khi được giao quyền cấp trưởng"),

        // State form, head-run body (a school): NĐ 30/2020 Điều 13 khoản 1; Phụ lục I, mục II.8.a.
        new(FrameVariant.State, SigningRegime.HeadRun, SignerRole.Head, [NoLine], "NĐ 30/2020, Điều 13 khoản 1: người đứng đầu ký, không có chữ viết tắt"),
        new(FrameVariant.State, SigningRegime.HeadRun, SignerRole.Deputy, [F(("KT", Head))], "NĐ 30/2020, Điều 13 khoản 1; Phụ lục I, mục II.8.a: KT. trước chức vụ người đứng đầu"),
        new(FrameVariant.State, SigningRegime.HeadRun, SignerRole.ByOrder, [F(("TL", Head))], "NĐ 30/2020, Điều 13 khoản 4; Phụ lục I, mục II.8.a: TL."),
        new(FrameVariant.State, SigningRegime.HeadRun, SignerRole.ByAuthorisation, [F(("TU", Head))], "NĐ 30/2020, Điều 13 khoản 3; Phụ lục I, mục II.8.a: TUQ."),
        new(FrameVariant.State, SigningRegime.HeadRun, SignerRole.Acting, [F(("Q", Head))], "NĐ 30/2020, Phụ lục I, mục II.8.a: Q."),
    ];

    /// <summary>The row of a variant, regime and role: the table is complete, one row each.</summary>
    public static Row Of(FrameVariant variant, SigningRegime regime, SignerRole role) =>
        Rows.Single(r => r.Variant == variant && r.Regime == regime && r.Role == role);

    /// <summary>A row's forms with the collective's name and the head's title put in, spelled for the variant.</summary>
    public static IReadOnlyList<AuthorityForm> Forms(Row row, string? collective, string head) =>
        [.. row.Forms
            .Where(f => collective is not null || f.All(p => p.Names != Collective))
            .Select(f => new AuthorityForm([.. f.Select(p => new AuthorityForm.Part(p.Letters, AuthorityForm.Spell(p.Letters, row.Variant), p.Names == Collective ? collective! : head))]))];

    /// <summary>The form to write for a row: its preferred one, or, when the row refuses every form, the preferred one of the role it suggests.</summary>
    public static AuthorityForm? Preferred(Row row, string? collective, string head) =>
        row.Refused ? Preferred(Of(row.Variant, row.Regime, row.Suggest!.Value), collective, head) : Forms(row, collective, head).FirstOrDefault();
}

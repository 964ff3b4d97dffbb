using VanKien.Standard;

namespace VanKien.Tests.Checking;

/// <summary>
/// The authority table's whole cross product: each form (Party, state) × each kind of issuing body ×
/// each position of the signer (head, deputy, an official of another title, acting head) × every
/// authority line the table knows, in both forms' spellings. Each is checked as a real document: the
/// verdict is the table's, and a refusal's hint, written back into the document, is accepted.
/// </summary>
public class AuthorityTableTests
{
    /// <summary>One issuer of each kind the table knows.</summary>
    public static readonly IReadOnlyDictionary<IssuingBodyKind, string> Issuers = new Dictionary<IssuingBodyKind, string>
    {
        [IssuingBodyKind.ChiBo] = "Chi bộ Trường Tiểu học Hùng An",
        [IssuingBodyKind.DangUy] = "Đảng ủy xã Hùng An",
        [IssuingBodyKind.BanThuongVu] = "Ban Thường vụ Huyện ủy Văn Giang",
        [IssuingBodyKind.BanChapHanh] = "Ban Chấp hành Đảng bộ xã Hùng An",
        [IssuingBodyKind.PartyBoard] = "Ban Tuyên giáo Huyện ủy Văn Giang",
        [IssuingBodyKind.InspectionCommittee] = "Ủy ban Kiểm tra Đảng ủy xã Hùng An",
        [IssuingBodyKind.PartyOffice] = "Văn phòng Huyện ủy Văn Giang",
        [IssuingBodyKind.PeopleCommittee] = "Ủy ban nhân dân xã Hùng An",
        [IssuingBodyKind.PeopleCouncil] = "Hội đồng nhân dân xã Hùng An",
        [IssuingBodyKind.School] = "Trường Trung học cơ sở Hùng An",
        [IssuingBodyKind.MassOrganisation] = "Hội Liên hiệp Phụ nữ xã Hùng An",
    };

    public enum Position { Head, Deputy, Official, Acting }

    private static string PositionText(Position position, IssuingBodyKinds.Row body) => position switch
    {
        Position.Head => body.Heads[0],
        Position.Deputy => "PHÓ " + body.Heads[0],
        Position.Acting => "Q. " + body.Heads[0],
        _ => body.Kind == IssuingBodyKind.PartyOffice ? "TRƯỞNG PHÒNG TỔNG HỢP" : "CHÁNH VĂN PHÒNG",
    };

    /// <summary>Every line the table knows for a body, in both spellings: none; each authority before the collective and before the head; the two-part state lines.</summary>
    private static IEnumerable<string?> Lines(IssuingBodyKinds.Row body)
    {
        var collective = IssuingBodyKinds.HintCollective(body) ?? "BAN CHẤP HÀNH";
        var head = body.Heads[0];
        var lines = new List<string?> { null };
        foreach (var variant in new[] { FrameVariant.Party, FrameVariant.State })
        {
            foreach (var letters in new[] { "TM", "KT", "TL", "TU", "Q" })
                foreach (var names in new[] { collective, head })
                    lines.Add($"{AuthorityForm.Spell(letters, variant)} {names}");
            lines.Add($"{AuthorityForm.Spell("TM", variant)} {collective} / {AuthorityForm.Spell("KT", variant)} {head}");
            lines.Add($"{AuthorityForm.Spell("TM", variant)} {collective} / Q. {head}");
        }
        return lines.Distinct();
    }

    public static IEnumerable<object?[]> CrossProduct() =>
        from variant in new[] { FrameVariant.Party, FrameVariant.State }
        from kind in Issuers.Keys
        let body = IssuingBodyKinds.Classify(Issuers[kind])!
        from position in Enum.GetValues<Position>()
        from line in Lines(body)
        select new object?[] { variant, kind, position, line };

    /// <summary>The table's verdict, read straight from its rows: whether the line is one a row of the signer's roles accepts.</summary>
    private static bool TableAccepts(FrameVariant variant, IssuingBodyKinds.Row body, Position position, string? line)
    {
        var regime = IssuingBodyKinds.Regime(body.Kind);
        SignerRole[] roles = position switch
        {
            Position.Head => [SignerRole.Head],
            Position.Deputy => [SignerRole.Deputy, SignerRole.Acting],
            Position.Acting => [SignerRole.Acting, SignerRole.Deputy],
            _ => [SignerRole.ByOrder, SignerRole.ByAuthorisation],
        };
        var form = AuthorityForm.Read(line)!;
        // An official's line that says neither by order nor by authorisation is held to its spelling only,
        // and to the Party's rule that no committee is signed for "K/T" (FORMAT.md, Closing).
        if (position == Position.Official && !form.Parts.Any(p => p.Letters is "TL" or "TU"))
            return form.SpelledFor(variant) && !(variant == FrameVariant.Party && form.Parts.Any(p => p.Letters == "KT" && Authorities.Committee(p.Names) is not null));
        if (form.IsNone)
            return roles[0] == SignerRole.Head || (variant == FrameVariant.Party && regime == SigningRegime.Collective && roles[0] == SignerRole.Deputy);
        var collective = IssuingBodyKinds.HintCollective(body);
        return roles.SelectMany(r => AuthorityTable.Forms(AuthorityTable.Of(variant, regime, r), collective, body.Heads[0])).Any(f => f.ToString() == form.ToString());
    }

    [Theory]
    [MemberData(nameof(CrossProduct))]
    public void The_check_gives_the_tables_verdict_and_a_hint_that_fixes_the_line(FrameVariant variant, IssuingBodyKind kind, Position position, string? line)
    {
        var issuer = Issuers[kind];
        var body = IssuingBodyKinds.Classify(issuer)!;
        Assert.Equal(kind, body.Kind);
        var positionText = PositionText(position, body);
        var found = AuthorityLineTests.AuthorityDiagnostics(AuthorityLineTests.Document(variant == FrameVariant.State, issuer, line, positionText));
        if (TableAccepts(variant, body, position, line))
        {
            Assert.Empty(found.Select(d => d.ToString()));
            return;
        }
        var refusal = Assert.Single(found);
        var fixedLine = LineOf(refusal.Hint!);
        Assert.Empty(AuthorityLineTests.AuthorityDiagnostics(AuthorityLineTests.Document(variant == FrameVariant.State, issuer, fixedLine, positionText)).Select(d => d.ToString()));
        Assert.True(TableAccepts(variant, body, position, fixedLine), $"the hint '{refusal.Hint}' is a line the table accepts");
    }

    /// <summary>The line a hint tells to write: "viết 'X'", "viết 'tham-quyen: X'", "thêm 'tham-quyen: X' vào 'ky'"; "bỏ 'tham-quyen'" → none.</summary>
    private static string? LineOf(string hint)
    {
        if (hint.StartsWith("bỏ 'tham-quyen'", StringComparison.Ordinal)) return null;
        var quoted = hint[(hint.IndexOf('\'') + 1)..];
        quoted = quoted[..quoted.IndexOf('\'')];
        return quoted.StartsWith("tham-quyen: ", StringComparison.Ordinal) ? quoted["tham-quyen: ".Length..] : quoted;
    }

    [Fact]
    public void The_table_has_one_row_for_each_form_regime_and_role_and_every_row_cites_its_standard()
    {
        Assert.Equal(2 * 2 * 5, AuthorityTable.Rows.Count);
        foreach (var variant in Enum.GetValues<FrameVariant>())
            foreach (var regime in Enum.GetValues<SigningRegime>())
                foreach (var role in Enum.GetValues<SignerRole>())
                    Assert.Contains(variant == FrameVariant.Party ? "HD 36-HD/VPTW" : "NĐ 30/2020", AuthorityTable.Of(variant, regime, role).Source);
        Assert.Equal(2 * Issuers.Count * 4 * 23, CrossProduct().Count());
    }
}

using VanKien.Diagnostics;

namespace VanKien.Standard;

/// <summary>
/// Judges a signature's authority line against <see cref="AuthorityTable"/>: the issuer's kind
/// (<see cref="IssuingBodyKinds"/>) and the signer's position give the row; the line written is
/// accepted when it is one of the row's forms, else refused with the form to write.
/// </summary>
public static class AuthorityJudgement
{
    /// <summary>A refused line: the rule it breaks, what is wrong and the exact form to write; <see cref="AtPosition"/> when there is no line to point at.</summary>
    public sealed record Verdict(Rule Rule, string Message, string Hint, bool AtPosition = false);

    /// <summary>What the signature says of its signer: the issuer's row, the roles the position allows, the head's title they sign for.</summary>
    public sealed record Signer(IssuingBodyKinds.Row Body, IReadOnlyList<SignerRole> Roles, string Head);

    /// <summary>
    /// The roles a position allows against a body: its head's title → head; "PHÓ" and the head's title →
    /// deputy (or acting head, when given the head's powers: NĐ 30, "Q."); "Q." or "QUYỀN" and the title →
    /// acting (or deputy: the Party form has no "Q.", and its acting head signs as a deputy does); any other title (a chánh văn phòng for a cấp ủy, a trưởng phòng) → by order or by authorisation.
    /// </summary>
    public static Signer? SignerOf(string issuer, string? position)
    {
        if (IssuingBodyKinds.Classify(issuer) is not { } body || position is null || string.IsNullOrWhiteSpace(position)) return null;
        var title = IssuingBodyKinds.Squash(position);
        string? HeadIn(string rest) => body.Heads.FirstOrDefault(h => rest == h || rest.StartsWith(h + " ", StringComparison.Ordinal));
        if (HeadIn(title) is { } head) return new(body, [SignerRole.Head], head);
        if (title.StartsWith("PHÓ ", StringComparison.Ordinal) && HeadIn(title[4..]) is { } deputyOf) return new(body, [SignerRole.Deputy, SignerRole.Acting], deputyOf);
        foreach (var acting in new[] { "Q. ", "Q.", "QUYỀN " })
            if (title.StartsWith(acting, StringComparison.Ordinal) && HeadIn(title[acting.Length..].Trim()) is { } actingFor) return new(body, [SignerRole.Acting, SignerRole.Deputy], actingFor);
        return new(body, [SignerRole.ByOrder, SignerRole.ByAuthorisation], body.Heads[0]);
    }

    /// <summary>The line to print when the source gives none: null when the signer signs in their own name or VanKien cannot tell (the kind's template decides).</summary>
    public static (bool Known, string? Line) DefaultLine(FrameVariant variant, string issuer, string? position)
    {
        if (IssuingBodyKinds.Classify(issuer) is not { } body) return (false, null);
        var signer = SignerOf(issuer, position) ?? new Signer(body, [SignerRole.Head], body.Heads[0]);
        if (!PrintsByDefault(variant, signer)) return (false, null);
        var collective = body.Collective;
        if (collective is null && IssuingBodyKinds.Regime(body.Kind) == SigningRegime.Collective) return (false, null);
        var row = AuthorityTable.Of(variant, IssuingBodyKinds.Regime(body.Kind), signer.Roles[0]);
        return AuthorityTable.Preferred(row, collective, signer.Head) is { } form ? (true, form.IsNone ? null : form.ToString()) : (false, null);
    }

    /// <summary>Whether a signature with no line gets one printed: the head's, and a Party committee's deputy's (the committee's T/M).</summary>
    private static bool PrintsByDefault(FrameVariant variant, Signer signer) =>
        signer.Roles[0] == SignerRole.Head
        || (variant == FrameVariant.Party && IssuingBodyKinds.Regime(signer.Body.Kind) == SigningRegime.Collective && signer.Roles[0] == SignerRole.Deputy);

    public static Verdict? Judge(FrameVariant variant, string issuer, string? position, string? written)
    {
        var form = AuthorityForm.Read(written);
        if (form is null) return null;
        var signer = SignerOf(issuer, position);
        // A position that names someone else (a chánh văn phòng) is judged only when the line says by order or authorisation.
        if (signer is { Roles: [SignerRole.ByOrder, ..] } && !form.Parts.Any(p => p.Letters is "TL" or "TU")) signer = null;
        if (signer is null) return CommitteeByDeputy(variant, form, null) ?? Spelling(variant, form);

        var regime = IssuingBodyKinds.Regime(signer.Body.Kind);
        var rows = signer.Roles.Select(r => AuthorityTable.Of(variant, regime, r)).ToList();
        var templates = rows.SelectMany(r => r.Forms).ToList();
        bool Says(IReadOnlyList<(string Letters, string Names)> template) => Matches(template, form, signer);

        if (form.IsNone)
        {
            if (PrintsByDefault(variant, signer) || templates.Any(t => t.Count == 0)) return null;
        }
        else if (templates.Any(Says) && form.SpelledFor(variant)) return null;

        var collective = IssuingBodyKinds.HintCollective(signer.Body);
        var preferred = AuthorityTable.Preferred(rows[0], collective, signer.Head) ?? AuthorityForm.None;
        var writtenText = form.ToString();
        var who = $"{RoleText(rows[0].Role)} {KindText(signer.Body.Kind)} ({VariantText(variant)})";

        if (!form.IsNone && templates.Any(Says))
            return Spelling(variant, form);
        if (form.IsNone)
            return new(Rules.AuthorityMissing, $"cấp phó ('{position!.Trim()}') ký thay cấp trưởng mà không có dòng thẩm quyền",
                $"thêm 'tham-quyen: {preferred}' vào 'ky'", AtPosition: true);
        if (variant == FrameVariant.Party && regime == SigningRegime.Collective && form.Parts.Any(p => p.Letters == "KT"))
            return CommitteeByDeputy(variant, form, preferred);
        // The line begins right but stops short: "TM. ỦY BAN NHÂN DÂN" signed by a deputy lacks "KT. CHỦ TỊCH".
        var longerTemplate = templates.FirstOrDefault(t => t.Count > form.Parts.Count && Says([.. t.Take(form.Parts.Count)]));
        if (longerTemplate is not null)
        {
            // Completed with the collective as written.
            var longer = new AuthorityForm([.. form.Respelled(variant).Parts, .. longerTemplate.Skip(form.Parts.Count)
                .Select(p => new AuthorityForm.Part(p.Letters, AuthorityForm.Spell(p.Letters, variant), p.Names == AuthorityTable.Collective ? collective ?? "" : signer.Head))]);
            return new(Rules.AuthorityMissing,
                $"'{writtenText}': {who} ký thiếu '{new AuthorityForm([.. longer.Parts.Skip(form.Parts.Count)])}'",
                $"viết 'tham-quyen: {longer}'");
        }
        if (preferred.IsNone)
            return new(Rules.AuthorityLine, $"'{writtenText}': {who} ký không có dòng thẩm quyền", "bỏ 'tham-quyen'");
        return new(Rules.AuthorityLine, $"'{writtenText}': {who} ký '{preferred}' ({rows[0].Source})", $"viết '{preferred}'");
    }

    /// <summary>
    /// Whether a written line says what a row's form says, spelling aside: the same letters in the same
    /// order, the head's title where the form names the head, and where it names the collective any name
    /// but a title ("T/M CHI ỦY", "T/M ĐẠI HỘI" are a cấp ủy's collectives; "TM. CHỦ TỊCH" is not).
    /// </summary>
    private static bool Matches(IReadOnlyList<(string Letters, string Names)> template, AuthorityForm form, Signer signer) =>
        template.Count == form.Parts.Count && template.Zip(form.Parts).All(p => p.First.Letters == p.Second.Letters && (p.First.Names == AuthorityTable.Collective
            ? !IsTitle(p.Second.Names, signer.Body)
            : p.Second.Names == signer.Head));

    private static bool IsTitle(string names, IssuingBodyKinds.Row body) =>
        names.StartsWith("PHÓ ", StringComparison.Ordinal) || body.Heads.Any(h => names == h || names.StartsWith(h + " ", StringComparison.Ordinal))
        || names is "CHÁNH VĂN PHÒNG" or "TRƯỞNG BAN" or "HIỆU TRƯỞNG" or "GIÁM ĐỐC" or "CHỦ TỊCH" or "BÍ THƯ" or "CHỦ NHIỆM";

    /// <summary>A line of the other form's spelling ("TM." in a Party document, "T/M" in a state one), with the same line respelled.</summary>
    private static Verdict? Spelling(FrameVariant variant, AuthorityForm form)
    {
        if (form.IsNone || form.SpelledFor(variant)) return null;
        var wrong = form.Parts.First(p => p.Written != AuthorityForm.Spell(p.Letters, variant));
        var right = AuthorityForm.Spell(wrong.Letters, variant);
        var message = variant == FrameVariant.State
            ? $"văn bản nhà nước viết '{right}', không viết '{wrong.Written}'"
            : $"văn bản của Đảng viết '{right}', không viết '{wrong.Written}'";
        return new(Rules.AuthorityLine, message, $"viết '{form.Respelled(variant)}'");
    }

    /// <summary>"K/T" in a Party committee's document: a cấp ủy signs T/M, whoever of it signs.</summary>
    private static Verdict? CommitteeByDeputy(FrameVariant variant, AuthorityForm form, AuthorityForm? preferred)
    {
        if (variant != FrameVariant.Party || form.Parts.FirstOrDefault(p => p.Letters == "KT") is not { } onBehalf) return null;
        var committee = preferred?.Parts.FirstOrDefault()?.Names ?? Authorities.Committee(onBehalf.Names);
        if (committee is null) return null;
        return new(Rules.CommitteeSignsOnBehalf, $"'{form}': cấp ủy luôn ký T/M, kể cả khi cấp phó ký; K/T chỉ dùng cho ban, văn phòng",
            $"viết 'T/M {committee}', và chức vụ 'PHÓ BÍ THƯ' nếu cấp phó ký");
    }

    private static string RoleText(SignerRole role) => role switch
    {
        SignerRole.Head => "cấp trưởng của",
        SignerRole.Deputy => "cấp phó của",
        SignerRole.ByOrder => "người ký thừa lệnh của",
        SignerRole.ByAuthorisation => "người ký thừa ủy quyền của",
        _ => "người được giao quyền cấp trưởng của",
    };

    private static string KindText(IssuingBodyKind kind) => kind switch
    {
        IssuingBodyKind.ChiBo => "chi bộ",
        IssuingBodyKind.DangUy => "đảng ủy",
        IssuingBodyKind.BanThuongVu => "ban thường vụ",
        IssuingBodyKind.BanChapHanh => "ban chấp hành",
        IssuingBodyKind.PartyBoard => "ban của cấp ủy",
        IssuingBodyKind.InspectionCommittee => "ủy ban kiểm tra",
        IssuingBodyKind.PartyOffice => "văn phòng cấp ủy",
        IssuingBodyKind.PeopleCommittee => "ủy ban nhân dân",
        IssuingBodyKind.PeopleCouncil => "hội đồng nhân dân",
        IssuingBodyKind.School => "trường học",
        _ => "tổ chức chính trị - xã hội",
    };

    private static string VariantText(FrameVariant variant) => variant == FrameVariant.Party ? "thể thức văn bản của Đảng" : "thể thức văn bản nhà nước";
}

using VanKien.Checking.TargetChecks;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Text;
using VanKien.Writing.Source;

namespace VanKien.Scaffolding;

/// <summary>
/// <c>vankien new</c>: a child document with every applicable parent target pre-filled — linked
/// by <c>cha</c>, the parent's value copied as a floor — and the frame filled as far as the
/// parent tells. What the parent cannot tell (the number, the date, the signer, a cell's name, the
/// text of each section) is left as «…»: each a to-do `check` reports (VK0012), so that no build
/// prints it as if it were real.
/// </summary>
public static class ChildScaffold
{
    /// <param name="Issuer">The child's issuing body ("Đảng ủy xã Hùng An"); null for a chi bộ, whose name is left to fill.</param>
    /// <param name="State">The state form (NĐ 30/2020): a state body's plan implementing a Party document.</param>
    public sealed record Options(DocumentKind Kind, string OutputPath, Document Parent, string? OrganisationKind, string? Issuer = null, bool State = false);

    public static string Write(Options options)
    {
        var parent = options.Parent;
        var kind = options.Kind;
        var state = options.State;
        var parentPath = Path.GetRelativePath(Path.GetDirectoryName(Path.GetFullPath(options.OutputPath))!, Path.GetFullPath(parent.SourcePath)).Replace('\\', '/');
        var parentName = parent.Frame.Bodies.NameInText?.Value ?? parent.Frame.Bodies.Issuer.Value;
        var parentTitle = parent.Frame.Title?.Value ?? parent.Kind.Title;
        var targets = parent.Targets
            .Where(t => t.Id is not null)
            .Where(t => t.Audience.Count == 0 || options.OrganisationKind is null || t.Audience.Any(a => ParentTargetCovered.Covers(a, options.OrganisationKind)))
            .ToList();

        var number = parent.Frame.Number.Value;
        var groups = parent.TargetGroups
            .Select(g => g with { Targets = g.Targets.Where(targets.Contains).Select(ChildTarget).ToList() })
            .Where(g => g.Targets.Count > 0)
            .ToList();
        var none = SourceLocation.None;
        var issuer = options.Issuer;
        var issuerText = issuer ?? (state ? "«cơ quan ban hành, ví dụ Ủy ban nhân dân xã Hùng An»" : "«tên chi bộ, ví dụ Chi bộ Trường Mầm non Việt Hồng»");
        // A state document has no Party superior in its header; a Party one answers to a Party body only.
        var superior = state ? null : PartySuperior(parent, issuer);
        var parentDate = VietnameseDate.Short(parent.Frame.Date.Value);
        // The head of a body the authority table knows signs as the table says (a ban's head with no line, a UBND's "TM."); else the placeholders.
        var signature = issuer is { } named && Standard.IssuingBodyKinds.Classify(named) is { } body
            && Standard.AuthorityJudgement.DefaultLine(state ? Standard.FrameVariant.State : Standard.FrameVariant.Party, named, body.Heads[0]) is { Known: true } line
            ? new { Authority = line.Line, Position = (string?)body.Heads[0] }
            : null;
        var source = new SourceDocument
        {
            Comments =
            [
                $"{kind.Title} thực hiện {parentTitle} số {number}: khung do `vankien new` tạo.",
                "Điền mọi chỗ trong ngoặc góc (mỗi chỗ là một việc `vankien check` báo, VK0012); điều chỉnh",
                "các chỉ tiêu (không thấp hơn cấp trên) rồi chạy `vankien check` và `vankien build`.",
            ],
            Kind = kind.Key,
            Profile = state ? Standard.FormatProfile.Nd30_2020.Name : null,
            Number = NumberToFill(kind, issuer, state),
            SuperiorBody = state ? null : superior ?? "«cơ quan cấp trên, ví dụ Đảng bộ xã Hùng An»",
            IssuingBody = issuerText,
            Place = parent.Frame.Place.Value,
            Date = $"«ngày ban hành, không trước ngày {parentDate} của văn bản cấp trên, dạng {parent.Frame.Date.Value.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture)}»",
            Summary = $"Thực hiện {parentTitle} số {number} của {parentName}",
            Term = parent.Frame.Term?.Value,
            ParentPath = parentPath,
            OrganisationKind = options.OrganisationKind,
            Bases = [$"Căn cứ {parentTitle} số {number}, ngày {parentDate} của {parentName}", $"Căn cứ tình hình thực tế của {issuer ?? (state ? "địa phương" : "chi bộ")}"],
            TargetGroups = groups,
            Recipients = Recipients(superior, issuer, state),
            Authority = signature is { } known ? known.Authority : state ? "«TM. Ủy ban nhân dân»" : "T/M CHI BỘ",
            Position = signature is { } head ? head.Position : state ? "«CHỦ TỊCH»" : "BÍ THƯ",
            Signer = "«họ và tên người ký»",
            Body =
            [
                Paragraph.Plain($"{issuerText} xây dựng {kind.Title.ToLowerInvariant()} thực hiện {parentTitle} số {number} như sau:"),
                new Heading(1, Inlines.Plain("Mục đích, yêu cầu"), none),
                new BulletList([new ListItem([Paragraph.Plain("«Vì sao ban hành văn bản và những yêu cầu khi thực hiện.»")], none)], none),
                new Heading(1, Inlines.Plain("Mục tiêu"), none),
                new Heading(2, Inlines.Plain("Mục tiêu cụ thể"), none),
                new TargetsPlaceholder(none),
                new Heading(1, Inlines.Plain("Nhiệm vụ và giải pháp"), none),
                new NumberedList([new ListItem([Paragraph.Plain("«Các nhiệm vụ, giải pháp chủ yếu để đạt mục tiêu.»")], none)], none),
                new Heading(1, Inlines.Plain("Tổ chức thực hiện"), none),
                Paragraph.Plain("«Phân công từng đơn vị, cá nhân; chế độ báo cáo.»"),
            ],
        };
        return SourceWriter.Write(source);
    }

    /// <summary>The number with its sequence left to fill, in the form's order: "«số»-CTr/CB" (Party), "«số»/KH-UBND" (state).</summary>
    private static string NumberToFill(DocumentKind kind, string? issuer, bool state) => state
        ? $"«số»/{kind.TypeAbbreviation}-{(issuer is { } body ? Organisation.StateSymbol(body) : "«cơ quan, ví dụ UBND»")}"
        : $"«số»-{kind.TypeAbbreviation}/{(issuer is { } named ? Organisation.Symbol(named) : "CB")}";

    /// <summary>
    /// Where the document goes: the Party superior's committee for report ("Đảng ủy xã Hùng An (b/c)"),
    /// never a congress (it has dispersed) nor a state body; left to fill when the superior is not known.
    /// </summary>
    private static List<string> Recipients(string? superior, string? issuer, bool state)
    {
        if (state) return ["«nơi nhận, ví dụ Thường trực Đảng ủy xã (b/c)»", "Lưu: VT"];
        var report = superior is null ? "«nơi nhận, ví dụ Đảng ủy xã (b/c)»" : Organisation.Committee(superior) + " (b/c)";
        return issuer is { } sender ? [report, "Lưu " + sender] : [report, "Đảng viên chi bộ (t/h)", "Lưu Chi bộ"];
    }

    /// <summary>
    /// The child's Party superior. A body implementing its own congress's resolution or its own
    /// committee's ("Đảng ủy xã Hùng An" under "Đảng bộ xã Hùng An") answers to the parent's superior;
    /// anyone else to the organisation that issued the parent — the Đảng bộ, not its congress
    /// ("Đại hội đại biểu Đảng bộ xã … lần thứ I") or its committee ("Ban Chấp hành Đảng bộ xã …").
    /// Null when that is no Party body: a chi bộ carrying out a UBND plan still answers to its Đảng bộ,
    /// which the plan does not name.
    /// </summary>
    private static string? PartySuperior(Document parent, string? issuer)
    {
        var parentIssuer = parent.Frame.Bodies.Issuer.Value;
        var candidate = issuer is not null && Organisation.Place(issuer) is { } place && place == Organisation.Place(parentIssuer)
            ? parent.Frame.Bodies.Superior?.Value
            : Organisation.Of(parentIssuer);
        var stateParent = parent.FormatProfile?.Value is { } profile && Standard.FormatProfile.ByName(profile)?.Variant == Standard.FrameVariant.State;
        return candidate is not null && !stateParent && Organisation.IsParty(candidate) ? candidate : null;
    }

    /// <summary>The parent's target as the child's: linked by its id, the parent's value written out as the floor.</summary>
    private static Target ChildTarget(Target target) => new(
        Id: new Located<string>(target.Id!.Value.ToLowerInvariant(), SourceLocation.None),
        Sentence: target.Sentence,
        Value: target.Value,
        ValueText: target.Value is null ? null : new Located<string>(target.Value.ToString()!, SourceLocation.None),
        Period: target.Period,
        Parent: target.Id,
        Relation: target.Value is null ? TargetRelation.Concretizes : TargetRelation.Applies,
        Deadline: null,
        Audience: [],
        Location: SourceLocation.None);
}

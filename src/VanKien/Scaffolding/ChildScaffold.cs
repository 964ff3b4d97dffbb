using VanKien.Checking.TargetChecks;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Text;
using VanKien.Writing.Source;

namespace VanKien.Scaffolding;

/// <summary>
/// <c>vankien new</c>: a child document with every applicable parent target pre-filled — linked
/// by <c>cha</c>, the parent's value copied as a floor — and the frame filled as far as the
/// parent tells. The rest is left for the author, marked "…", in places that still check clean.
/// </summary>
public static class ChildScaffold
{
    /// <param name="Issuer">The child's issuing body ("Đảng ủy xã Hùng An"); null for a chi bộ, whose name is left to fill.</param>
    public sealed record Options(DocumentKind Kind, string OutputPath, Document Parent, string? OrganisationKind, DateOnly Date, string? Issuer = null);

    public static string Write(Options options)
    {
        var parent = options.Parent;
        var kind = options.Kind;
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
        var source = new SourceDocument
        {
            Comments =
            [
                $"{kind.Title} thực hiện {parentTitle} số {number}: khung do `vankien new` tạo.",
                "Sửa số, cơ quan, người ký; điều chỉnh các chỉ tiêu (không thấp hơn cấp trên) rồi chạy `vankien check`.",
            ],
            Kind = kind.Key,
            Number = $"01-{kind.TypeAbbreviation}/{(options.Issuer is { } named ? Organisation.Symbol(named) : "CB")}",
            SuperiorBody = Superior(parent, options.Issuer),
            IssuingBody = options.Issuer ?? "Chi bộ …",
            Place = parent.Frame.Place.Value,
            Date = SourceDocument.DateText(options.Date),
            Summary = $"Thực hiện {parentTitle} số {number} của {parentName}",
            Term = parent.Frame.Term?.Value,
            ParentPath = parentPath,
            OrganisationKind = options.OrganisationKind,
            Bases = [$"Căn cứ {parentTitle} số {number}, ngày {VietnameseDate.Short(parent.Frame.Date.Value)} của {parentName}", $"Căn cứ tình hình thực tế của {(options.Issuer is { } own ? own : "chi bộ")}"],
            TargetGroups = groups,
            Recipients = options.Issuer is { } sender ? [parentName + " (b/c)", "Lưu " + sender] : [parentName + " (b/c)", "Đảng viên chi bộ (t/h)", "Lưu Chi bộ"],
            Authority = options.Issuer is { } issuer ? Standard.Authorities.OnBehalfOf(issuer) ?? "T/M CHI BỘ" : "T/M CHI BỘ",
            Position = "BÍ THƯ",
            Signer = "…",
            Body =
            [
                Paragraph.Plain($"{options.Issuer ?? "Chi bộ …"} xây dựng {kind.Title.ToLowerInvariant()} thực hiện {parentTitle} số {number} như sau:"),
                new Heading(1, Inlines.Plain("Mục đích, yêu cầu"), none),
                new BulletList([new ListItem([Paragraph.Plain("…")], none)], none),
                new Heading(1, Inlines.Plain("Mục tiêu"), none),
                new Heading(2, Inlines.Plain("Mục tiêu cụ thể"), none),
                new TargetsPlaceholder(none),
                new Heading(1, Inlines.Plain("Nhiệm vụ và giải pháp"), none),
                new NumberedList([new ListItem([Paragraph.Plain("…")], none)], none),
                new Heading(1, Inlines.Plain("Tổ chức thực hiện"), none),
                Paragraph.Plain("…"),
            ],
        };
        return SourceWriter.Write(source);
    }

    /// <summary>
    /// The child's superior body. A body implementing its own congress's resolution or its own
    /// committee's ("Đảng ủy xã Hùng An" under "Đảng bộ xã Hùng An") answers to the parent's superior;
    /// anyone else to the organisation that issued the parent — the Đảng bộ, not its congress
    /// ("Đại hội đại biểu Đảng bộ xã … lần thứ I") or its committee ("Ban Chấp hành Đảng bộ xã …").
    /// </summary>
    private static string? Superior(Document parent, string? issuer)
    {
        var parentIssuer = parent.Frame.Bodies.Issuer.Value;
        if (issuer is not null && Organisation.Place(issuer) is { } place && place == Organisation.Place(parentIssuer))
            return parent.Frame.Bodies.Superior?.Value;
        return Organisation.Of(parentIssuer);
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

using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Templates;
using VanKien.Writing.Source;

namespace VanKien.Scaffolding;

/// <summary>
/// <c>vankien new KIND</c> without a parent: a source of the kind with every frame field left to
/// fill («…», each a to-do for `check`, VK0012), the kind's sections (its template's order) as
/// headings with a one-line note each, and an empty group of targets where the kind has targets.
/// Once every «…» is filled, it builds.
/// </summary>
public static class BlankScaffold
{
    /// <summary>The standard the document follows: Party (36-HD/VPTW) or state (NĐ 30/2020).</summary>
    public enum Standard { Party, State }

    /// <summary>What each section of a template's order (thu-tu) says in full as a heading, and the note written under it.</summary>
    private static readonly Dictionary<string, (string Heading, string Note)> Sections = new(StringComparer.Ordinal)
    {
        ["Mục đích"] = ("Mục đích, yêu cầu", "Vì sao ban hành văn bản và những yêu cầu khi thực hiện."),
        ["Mục tiêu"] = ("Mục tiêu", "Mục tiêu chung, rồi các chỉ tiêu cụ thể (khối chi-tieu ở phần đầu)."),
        ["Nhiệm vụ"] = ("Nhiệm vụ và giải pháp", "Các nhiệm vụ, giải pháp chủ yếu để đạt mục tiêu."),
        ["Nội dung"] = ("Nội dung", "Các nội dung công việc cụ thể."),
        ["Tổ chức thực hiện"] = ("Tổ chức thực hiện", "Phân công từng đơn vị, cá nhân; chế độ báo cáo."),
        ["Đánh giá"] = ("Đánh giá kết quả thực hiện nhiệm kỳ qua", "Kết quả đạt được, hạn chế và nguyên nhân."),
        ["Phương hướng"] = ("Phương hướng, nhiệm vụ", "Phương hướng và nhiệm vụ thời gian tới."),
        ["Giải pháp"] = ("Giải pháp", "Các giải pháp chủ yếu."),
        ["Kết quả"] = ("Kết quả thực hiện", "Kết quả đạt được so với chỉ tiêu, ưu điểm, hạn chế."),
    };

    public static string Write(DocumentKind kind, Standard standard, KindTemplate template)
    {
        var state = standard == Standard.State;
        var scaffold = template.Scaffold;
        var targets = scaffold.Targets;
        var none = SourceLocation.None;
        var comments = new List<string>
        {
            $"{kind.Title}: khung do `vankien new` tạo. Điền mọi chỗ trong ngoặc góc (mỗi chỗ là một việc cần làm",
            "mà `vankien check` báo, VK0012), rồi chạy `vankien check` và `vankien build`.",
        };
        // The Party form of a kind whose issuer is not a chi bộ (a congress's resolution) shows its own examples.
        var party = state ? null : scaffold.Party;
        if (party is not null) comments.AddRange(party.Comments);
        if (targets) comments.Add("Mỗi chỉ tiêu trong 'muc': - { id: ct-01, noi-dung: \"90% đảng viên …\", gia-tri: \">= 90%\" }");

        var opening = scaffold.Opening ?? "Đoạn mở đầu, ví dụ: Chi bộ xây dựng chương trình như sau:";
        var body = new List<Block>
        {
            opening.EndsWith("{-}", StringComparison.Ordinal)
                ? new Heading(1, [new TextRun($"«{opening[..^3].TrimEnd()}»")], none) { Unnumbered = true }
                : Paragraph.Plain($"«{opening}»"),
        };
        IReadOnlyList<(string Heading, string? Note)> sections;
        if (template.SectionOrder.Count > 0)
        {
            var order = template.SectionOrder;
            sections = order.Select(section =>
            {
                var (heading, note) = Sections.TryGetValue(section, out var known) ? known : (section, "Nội dung của phần này.");
                // A kind with its own "Giải pháp" section (a resolution) heads its tasks "Nhiệm vụ" alone: not both.
                if (section == "Nhiệm vụ" && order.Contains("Giải pháp")) (heading, note) = ("Nhiệm vụ", "Các nhiệm vụ chủ yếu.");
                return (heading, (string?)note);
            }).ToList();
        }
        else sections = scaffold.Sections.Count > 0 ? scaffold.Sections : [Sections["Nội dung"], Sections["Tổ chức thực hiện"]];
        foreach (var (heading, note) in sections)
        {
            body.Add(new Heading(1, [new TextRun(heading)], none));
            if (note is not null) body.Add(Paragraph.Plain($"«{note}»"));
            if (targets && heading == Sections["Mục tiêu"].Heading) body.Add(new TargetsPlaceholder(none));
        }

        return SourceWriter.Write(new SourceDocument
        {
            Comments = comments,
            Kind = kind.Key,
            Profile = state ? "nd30-2020" : null,
            Number = state ? $"«số»/{kind.TypeAbbreviation}-«cơ quan, ví dụ UBND»" : $"«số»-{kind.TypeAbbreviation}/«cơ quan, ví dụ CB»",
            SuperiorBody = state ? null : $"«cơ quan cấp trên, ví dụ {party?.Superior ?? "Đảng bộ xã Hùng An"}»",
            IssuingBody = state ? "«cơ quan ban hành, ví dụ Ủy ban nhân dân xã Hùng An»"
                : $"«cơ quan ban hành, ví dụ {party?.Issuer ?? "Chi bộ Trường Mầm non Việt Hồng"}»",
            NameInText = party?.NameInText is { } name ? $"«tên gọi trong văn bản, ví dụ {name}»" : null,
            Place = "«địa danh, ví dụ Hùng An»",
            Date = "«ngày ban hành, dạng 2026-01-15»",
            Summary = "«trích yếu nội dung»",
            Term = scaffold.Term ? "«nhiệm kỳ, ví dụ 2025-2030»" : null,
            Bases = scaffold.Bases.Count > 0 ? [.. scaffold.Bases.Select(b => $"«{b}»")] : ["«Căn cứ …»"],
            TargetGroups = targets ? [new TargetGroup(new Located<string>("«tên nhóm chỉ tiêu»", none), [], none)] : [],
            Recipients = ["«nơi nhận, ví dụ Đảng ủy xã (b/c)»", state ? "Lưu: VT" : "Lưu «cơ quan»"],
            Authority = state ? "«TM. Ủy ban nhân dân»" : $"«{template.DefaultAuthority ?? "T/M CHI BỘ"}»",
            Position = state ? "«CHỦ TỊCH»" : $"«{template.DefaultPosition ?? "BÍ THƯ"}»",
            Signer = "«họ và tên người ký»",
            Body = body,
        });
    }
}

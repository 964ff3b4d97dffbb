using System.Text;
using VanKien.Checking.TargetChecks;
using VanKien.Model;
using VanKien.Text;
using static VanKien.Writing.Source.SourceSyntax;

namespace VanKien.Scaffolding;

/// <summary>
/// <c>vankien new</c>: a child document with every applicable parent target pre-filled — linked
/// by <c>cha</c>, the parent's value copied as a floor — and the frame filled as far as the
/// parent tells. The rest is left for the author, marked "…", in places that still check clean.
/// </summary>
public static class ChildScaffold
{
    public sealed record Options(DocumentKind Kind, string OutputPath, Document Parent, string? OrganisationKind, DateOnly Date);

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

        var yaml = new StringBuilder();
        yaml.AppendLine("---");
        yaml.AppendLine($"# {kind.Title} thực hiện {parentTitle} số {parent.Frame.Number.Value}: khung do `vankien new` tạo.");
        yaml.AppendLine("# Sửa số, cơ quan, người ký; điều chỉnh các chỉ tiêu (không thấp hơn cấp trên) rồi chạy `vankien check`.");
        yaml.AppendLine($"loai: {kind.Key}");
        yaml.AppendLine($"so: 01-{kind.TypeAbbreviation}/CB");
        yaml.AppendLine("co-quan:");
        yaml.AppendLine($"  cap-tren: {Quote(parent.Frame.Bodies.Issuer.Value)}");
        yaml.AppendLine("  ban-hanh: Chi bộ …");
        yaml.AppendLine($"dia-danh: {Quote(parent.Frame.Place.Value)}");
        yaml.AppendLine($"ngay: {options.Date:yyyy-MM-dd}");
        yaml.AppendLine($"trich-yeu: {Quote($"Thực hiện {parentTitle} số {parent.Frame.Number.Value} của {parentName}")}");
        if (parent.Frame.Term is { } term) yaml.AppendLine($"nhiem-ky: {Quote(term.Value)}");
        yaml.AppendLine($"thuc-hien: {Quote(parentPath)}");
        if (options.OrganisationKind is { } organisation) yaml.AppendLine($"loai-to-chuc: {organisation}");
        yaml.AppendLine("can-cu:");
        yaml.AppendLine($"  - {Quote($"Căn cứ {parentTitle} số {parent.Frame.Number.Value}, ngày {VietnameseDate.Short(parent.Frame.Date.Value)} của {parentName}")}");
        yaml.AppendLine("  - Căn cứ tình hình thực tế của chi bộ");
        yaml.AppendLine("chi-tieu:");
        foreach (var group in parent.TargetGroups.Where(g => g.Targets.Any(targets.Contains)))
        {
            yaml.AppendLine(group.Title is { } title ? $"  - nhom: {Quote(title.Value)}" : "  -");
            yaml.AppendLine($"    muc:");
            foreach (var target in group.Targets.Where(targets.Contains))
            {
                yaml.AppendLine($"      - id: {target.Id!.Value.ToLowerInvariant()}");
                yaml.AppendLine($"        noi-dung: {Quote(target.Sentence.Value)}");
                if (target.Value is not null) yaml.AppendLine($"        gia-tri: {Quote(target.Value.ToString())}");
                if (target.Period != Targets.Period.Unstated) yaml.AppendLine($"        ky: {Targets.PeriodKeys.Key(target.Period)}");
                yaml.AppendLine($"        cha: {target.Id.Value}");
                if (target.Value is null) yaml.AppendLine("        quan-he: cu-the-hoa");
            }
        }
        yaml.AppendLine("noi-nhan:");
        yaml.AppendLine($"  - {Quote(parentName + " (b/c)")}");
        yaml.AppendLine("  - Đảng viên chi bộ (t/h)");
        yaml.AppendLine("  - Lưu Chi bộ");
        yaml.AppendLine("ky:");
        yaml.AppendLine("  tham-quyen: T/M CHI BỘ");
        yaml.AppendLine("  chuc-vu: BÍ THƯ");
        yaml.AppendLine("  ho-ten: …");
        yaml.AppendLine("---");
        yaml.AppendLine();
        yaml.AppendLine($"Chi bộ … xây dựng {kind.Title.ToLowerInvariant()} thực hiện {parentTitle} số {parent.Frame.Number.Value} như sau:");
        yaml.AppendLine();
        yaml.AppendLine("# Mục đích, yêu cầu");
        yaml.AppendLine();
        yaml.AppendLine("- …");
        yaml.AppendLine();
        yaml.AppendLine("# Mục tiêu");
        yaml.AppendLine();
        yaml.AppendLine("## Mục tiêu cụ thể");
        yaml.AppendLine();
        yaml.AppendLine("::: chi-tieu");
        yaml.AppendLine(":::");
        yaml.AppendLine();
        yaml.AppendLine("# Nhiệm vụ và giải pháp");
        yaml.AppendLine();
        yaml.AppendLine("1. …");
        yaml.AppendLine();
        yaml.AppendLine("# Tổ chức thực hiện");
        yaml.AppendLine();
        yaml.AppendLine("…");
        return yaml.ToString();
    }

    /// <summary>A YAML double-quoted scalar.</summary>
}

namespace VanKien.Diffing.Formats;

/// <summary>The words each rendering uses for a change.</summary>
public static class DiffLabels
{
    public static string Vietnamese(this TargetChangeKind kind) => kind switch
    {
        TargetChangeKind.Added => "thêm",
        TargetChangeKind.Removed => "bỏ",
        TargetChangeKind.Raised => "nâng",
        TargetChangeKind.Lowered => "hạ",
        TargetChangeKind.UnitChanged => "đổi đơn vị",
        TargetChangeKind.PeriodChanged => "đổi kỳ",
        TargetChangeKind.ParentChanged => "đổi liên kết",
        TargetChangeKind.Reworded => "sửa câu",
        TargetChangeKind.Renamed => "đổi mã",
        _ => "chuyển chỗ",
    };

    public static string Symbol(this TargetChangeKind kind) => kind switch
    {
        TargetChangeKind.Added => "+",
        TargetChangeKind.Removed => "-",
        TargetChangeKind.Raised => "↑",
        TargetChangeKind.Lowered => "↓",
        TargetChangeKind.Moved => "⇄",
        _ => "~",
    };

    public static string Symbol(this ProseChangeKind kind) => kind switch
    {
        ProseChangeKind.Added => "+",
        ProseChangeKind.Removed => "-",
        ProseChangeKind.Moved => "⇄",
        _ => "~",
    };

    public static string Symbol(this GroupChangeKind kind) => kind == GroupChangeKind.Moved ? "⇄" : "~";

    /// <summary>"đổi tên nhóm «A» → «B»", "chuyển nhóm «A»: vị trí 2 → 1".</summary>
    public static string Describe(GroupChange change) => change.Kind switch
    {
        GroupChangeKind.Renamed => $"đổi tên nhóm «{change.Old}» → «{change.New}»",
        _ => $"chuyển nhóm «{change.New}»: vị trí {change.OldPosition} → {change.NewPosition}",
    };

    /// <summary>What a prose change's text is: a heading is named as one, in quotes, without the source's "#".</summary>
    public static string Element(ProseChange change, string text) => change.IsHeading ? $"đề mục «{text}»" : text;

    /// <summary>Where a moved piece came from, and what moved with it: " (từ «A › B»)", " (cùng 3 đoạn dưới nó)".</summary>
    public static string Moved(ProseChange change)
    {
        var from = change.From switch
        {
            null => "",
            "" => " (từ đầu văn bản)",
            var section => $" (từ «{section}»)",
        };
        return from + (change.Carried > 0 ? $" (cùng {change.Carried} đoạn dưới nó)" : "");
    }

    /// <summary>The children a renamed or removed target leaves without their link, for the line under it.</summary>
    public static string BrokenLinks(TargetChange change) => $"làm mất liên kết của: {string.Join("; ", change.BrokenLinks)}";

    public static string Summary(DocumentDiff diff)
    {
        if (diff.IsEmpty) return "Không có thay đổi.";
        var targets = diff.Targets.GroupBy(t => t.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Vietnamese()}");
        var groups = diff.Groups.Count == 0 ? "" : $"; nhóm chỉ tiêu: {diff.Groups.Count} thay đổi";
        return $"Khung: {diff.Frame.Count} thay đổi; chỉ tiêu: {(diff.Targets.Count == 0 ? "không đổi" : string.Join(", ", targets))}{groups}; nội dung: {diff.Prose.Count} đoạn.";
    }
}

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

    public static string Summary(DocumentDiff diff)
    {
        if (diff.IsEmpty) return "Không có thay đổi.";
        var targets = diff.Targets.GroupBy(t => t.Kind).OrderBy(g => g.Key).Select(g => $"{g.Count()} {g.Key.Vietnamese()}");
        return $"Khung: {diff.Frame.Count} thay đổi; chỉ tiêu: {(diff.Targets.Count == 0 ? "không đổi" : string.Join(", ", targets))}; nội dung: {diff.Prose.Count} đoạn.";
    }
}

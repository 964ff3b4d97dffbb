namespace VanKien.Model;

/// <summary>How a child target serves its parent target (DESIGN.md §4).</summary>
public enum TargetRelation
{
    /// <summary>áp dụng: the same indicator binds the child, at least as strongly.</summary>
    Applies,
    /// <summary>góp phần: the child holds a share of the parent's total.</summary>
    Contributes,
    /// <summary>cụ thể hóa: qualitative; only coverage is checked.</summary>
    Concretizes,
}

public static class TargetRelationKeys
{
    public static readonly IReadOnlyDictionary<string, TargetRelation> ByKey = new Dictionary<string, TargetRelation>(StringComparer.Ordinal)
    {
        ["ap-dung"] = TargetRelation.Applies,
        ["gop-phan"] = TargetRelation.Contributes,
        ["cu-the-hoa"] = TargetRelation.Concretizes,
    };

    public static string Key(this TargetRelation relation) => ByKey.First(p => p.Value == relation).Key;
}

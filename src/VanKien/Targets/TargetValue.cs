using VanKien.Values;

namespace VanKien.Targets;

/// <summary>The structured value of a target (DESIGN.md §4). Each prints in the source syntax.</summary>
public abstract record TargetValue;

/// <summary>"&gt;= 90%", "&lt; 5%", "&lt;= 2 điểm trường", "= 100%".</summary>
public sealed record BoundValue(Comparator Comparator, Quantity Quantity) : TargetValue
{
    public override string ToString() => $"{Comparator.Symbol()} {Quantity}";
}

/// <summary>"1..2 đảng viên", "15..20%": more is better, so the lower end is what binds.</summary>
public sealed record RangeValue(decimal Min, decimal Max, string Unit) : TargetValue
{
    public override string ToString() => new Quantity(Min, "").ToString() + ".." + new Quantity(Max, Unit);
}

/// <summary>"top 5": a rank, where lower is better.</summary>
public sealed record RankValue(int Rank, string Scope) : TargetValue
{
    public override string ToString() => Scope.Length == 0 ? $"top {Rank}" : $"top {Rank} {Scope}";
}

/// <summary>"&gt;= hoàn thành tốt nhiệm vụ", "&gt;= chuan-quoc-gia:mức độ 2": a level on an ordinal scale.</summary>
public sealed record LevelValue(Comparator Comparator, OrdinalScale Scale, int Level) : TargetValue
{
    public override string ToString() => $"{Comparator.Symbol()} {Scale.Id}:{Scale.NameOf(Level)}";
}

/// <summary>A value to reach by a year: "&gt;= 1,35 ha/trường (2030)".</summary>
public sealed record Milestone(int Year, TargetValue Value)
{
    public override string ToString() => $"{Value} ({Year})";
}

/// <summary>Milestones by year, in year order: "&gt;= 80% (2030); = 100% (2035)".</summary>
public sealed record MilestoneValue(IReadOnlyList<Milestone> Milestones) : TargetValue
{
    public override string ToString() => string.Join("; ", Milestones);
}

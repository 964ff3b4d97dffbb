using VanKien.Model;

namespace VanKien.Results;

/// <summary>
/// A target judged at a year: the verdict, the value set (in force that year, for milestones), the
/// result it was judged on and the margin — how far better (+) or worse (−) than the value set,
/// in the target's own direction and unit.
/// </summary>
public sealed record Evaluation(Target Target, Verdict Verdict, string ValueSet, Measured? Result, int? ResultYear, string? Margin, string? Note);

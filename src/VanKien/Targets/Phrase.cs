namespace VanKien.Targets;

/// <summary>
/// A value read out of a sentence, where it stands, the year or period around it, and the words it
/// measures ("đảng viên hoàn thành tốt nhiệm vụ" for "90% đảng viên hoàn thành tốt nhiệm vụ").
/// </summary>
public sealed record Phrase(TargetValue Value, Period Period, int? Year, int Index, int Length)
{
    public string Noun { get; init; } = "";
}

namespace VanKien.Targets;

/// <summary>A value read out of a sentence, where it stands, and the year or period around it.</summary>
public sealed record Phrase(TargetValue Value, Period Period, int? Year, int Index, int Length);

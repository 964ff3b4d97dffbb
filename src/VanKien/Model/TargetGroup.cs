using VanKien.Diagnostics;

namespace VanKien.Model;

/// <summary>A group of targets ("Về xây dựng Đảng và hệ thống chính trị"); the title may be absent.</summary>
public sealed record TargetGroup(Located<string>? Title, IReadOnlyList<Target> Targets, SourceLocation Location);

using VanKien.Diagnostics;

namespace VanKien.Printing;

/// <summary>
/// Where a printed run comes from: the place in the source the author wrote it (<see cref="Source"/>),
/// and, where the compiler made or changed it, the rule of the standard that has it do so
/// (<see cref="Rule"/>: "số thứ tự đề mục", "in hoa đề mục cấp 1"). A run with no source is
/// generated whole; one with both is the author's text as the rule prints it.
/// </summary>
public sealed record Origin(SourceLocation? Source, string? Rule)
{
    public static Origin Written(SourceLocation at) => new(at, null);

    public static Origin Shaped(SourceLocation at, string rule) => new(at, rule);

    public static Origin Generated(string rule) => new(null, rule);

    public bool IsGenerated => Source is null;
}

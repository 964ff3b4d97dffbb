using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Results;

/// <summary>One measured value: for a year, or (<see cref="Year"/> null) for the term so far.</summary>
public sealed record PeriodResult(int? Year, Measured Value, SourceLocation Location);

/// <summary>The results of one target of the program, with a note and the evidence they rest on.</summary>
public sealed record ResultEntry(Located<string> TargetId, IReadOnlyList<PeriodResult> Values, string? Note, string? Evidence, SourceLocation Location);

/// <summary>
/// The frame of the report compiled from the results (number, date, recipients, signature);
/// the issuing bodies and place come from the program.
/// </summary>
public sealed record ReportFrame(string? Number, DateOnly? Date, IReadOnlyList<string> Recipients, string? Authority, string? Position, string? Signer);

/// <summary>A results source (<c>loai: ket-qua</c>): the program it measures and a result per target.</summary>
public sealed record ResultSet(string Path, Located<string> Program, ReportFrame Report, IReadOnlyList<ResultEntry> Entries)
{
    public string ProgramPath => System.IO.Path.GetFullPath(System.IO.Path.Combine(System.IO.Path.GetDirectoryName(System.IO.Path.GetFullPath(Path))!, Program.Value));
}

using VanKien.Output;

namespace VanKien.Building;

/// <summary>How a build runs: where to, which formats (DOCX when none is given), with which template and LibreOffice.</summary>
public sealed record BuildOptions(
    string OutputFolder,
    IReadOnlyList<OutputFormat>? Formats = null,
    string? TemplateOverride = null,
    string? Soffice = null)
{
    /// <summary>The formats to write, each made from the printed DOCX (<see cref="OutputFormats"/>); DOCX when none was given.</summary>
    public IReadOnlyList<OutputFormat> Formats { get; init; } = Formats is { Count: > 0 } given ? given : [OutputFormats.Docx];

    public TimeSpan PdfTimeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Warm LibreOffices that outlive the build (a <c>--watch</c> session's), which the build uses and
    /// leaves running; null: the build starts its own and ends them with it.
    /// </summary>
    public Writing.Pdf.PdfConverters? PdfConverters { get; init; }

    /// <summary>Folders whose results files (loai: ket-qua) are checked with the build, under the same rule settings.</summary>
    public IReadOnlyList<string> ResultsFolders { get; init; } = [];

    /// <summary>A shard's share (<see cref="Shard"/>): only the results files in it are checked; null: every one.</summary>
    public IReadOnlySet<string>? Share { get; init; }

    /// <summary>A release build (<c>--ban-chinh-thuc</c>): a draft is an error (VK0310) and nothing is written for it.</summary>
    public bool Release { get; init; }

    /// <summary>
    /// Where the build cache (<see cref="BuildCache.RelativePath"/>) is kept; null: in the output folder.
    /// The site keeps it out of the folder it publishes, for the cache holds the building machine's paths.
    /// </summary>
    public string? CacheFolder { get; init; }

    /// <summary>Keep no cache: every output is built, and nothing is recorded.</summary>
    public bool NoCache { get; init; }

    /// <summary>Rebuild every output, whatever the cache says.</summary>
    public bool Force { get; init; }

    /// <summary>Document numbers a căn cứ may cite beyond the sources built (a report cites its program).</summary>
    public IReadOnlyList<string> KnownNumbers { get; init; } = [];

    /// <summary>Compile documents on every core (outputs are the same bytes either way).</summary>
    public bool Parallel { get; init; } = true;

    /// <summary>Ctrl-C: no document starts after it, no output is written after it; what was written is whole.</summary>
    public CancellationToken Cancellation { get; init; }

    /// <summary>Told of each document as it finishes, for a progress bar or a log line.</summary>
    public IProgress<BuildProgress>? Progress { get; init; }
}

public enum DocumentOutcome
{
    Built,
    UpToDate,
    Failed,
}

/// <summary>One document finished: how, and how many of how many are done.</summary>
public sealed record BuildProgress(string Source, DocumentOutcome Outcome, int Done, int Total);

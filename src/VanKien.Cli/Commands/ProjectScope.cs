using VanKien.Building;
using VanKien.Project;
using VanKien.Reading;

namespace VanKien.Cli.Commands;

/// <summary>What a build or check acts on: the paths given, or — given none — the project around the working folder.</summary>
internal sealed record ProjectScope(IReadOnlyList<SourceItem> Sources, ProjectFile? Project)
{
    /// <summary>The folders the scope covers: those named, or the project's root (results files are found there).</summary>
    public IReadOnlyList<string> Folders { get; init; } = [];

    /// <summary>
    /// The share of a shard (<c>--shard K/N</c>): its sources and results files; the whole scope
    /// (and no share) without one.
    /// </summary>
    public (IReadOnlyList<SourceItem> Sources, IReadOnlySet<string>? Share) ShareOf(string? shard) =>
        Shard.Parse(shard) is { } parsed ? parsed.Select(Sources, Folders) : (Sources, null);

    /// <summary>What an empty project or folder does next.</summary>
    public const string NextStep = "Bước tiếp theo: tạo văn bản đầu tiên, ví dụ 'vankien new chuong-trinh-hanh-dong -o chuong-trinh-hanh-dong.md', rồi điền các chỗ «…».";

    /// <summary>What <c>check</c> says when there is nothing to check yet: a note, not a failure.</summary>
    public const string NothingYet = "Chưa có văn bản nào để kiểm tra.";

    /// <param name="emptyIsClean">
    /// True for check: a new project with no documents yet is not an error (a CI step set up on the
    /// first day must pass); the scope comes back empty and the command says so.
    /// </param>
    public static ProjectScope? Resolve(string[] paths, TextWriter error, bool emptyIsClean = false)
    {
        if (paths.Length > 0)
            return Commands.Sources.Discover(paths, error, emptyIsClean) is { } found ? new ProjectScope(found, null) { Folders = paths.Where(Directory.Exists).ToList() } : null;

        var file = ProjectFileReader.Find(Directory.GetCurrentDirectory());
        if (file is null)
        {
            error.WriteLine("vankien: không có tệp dự án vankien.yaml ở thư mục này hay thư mục trên; chạy 'vankien init', hoặc nêu tệp, thư mục cần xử lý");
            return null;
        }
        var bag = new Diagnostics.DiagnosticBag();
        var project = ProjectFileReader.Read(file, bag);
        foreach (var d in bag.Items) error.WriteLine(d);
        if (bag.HasErrors) return null;
        var sources = ProjectBuilder.ProjectSources(project);
        if (sources.Count == 0 && emptyIsClean) return new ProjectScope([], project);
        if (sources.Count == 0)
        {
            error.WriteLine($"vankien: dự án '{file}' chưa có văn bản nguồn nào khớp 'nguon'");
            error.WriteLine(NextStep);
            return null;
        }
        return new ProjectScope(sources, project) { Folders = project.Root is { } root ? [root] : [] };
    }
}

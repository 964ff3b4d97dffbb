using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;
using VanKien.Targets;

namespace VanKien.Checking;

/// <summary>
/// The documents a check can see: the sources of this run and, followed on demand, the parents
/// they implement. Each file is read once, whoever asks for it.
/// </summary>
public sealed class DocumentSet(OrdinalScales scales, ReaderLimits limits, string? projectRoot = null, Templates.TemplateLocator? templates = null, Project.ProjectFile? project = null)
{
    private readonly object _projectLock = new();
    private bool _projectLoaded;
    public sealed record Entry(string Path, Document? Document, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    public static DocumentSet Create() => new(OrdinalScales.BuiltIn, ReaderLimits.Default);

    /// <summary>A set for sources under a project: the project's scales, and the project file's own diagnostics.</summary>
    public static (DocumentSet Set, IReadOnlyList<Diagnostic> ProjectDiagnostics) ForSourcesAt(string path, string? templateOverride = null)
    {
        var diagnostics = new DiagnosticBag();
        var file = VanKien.Project.ProjectFileReader.Find(path);
        var project = file is null ? VanKien.Project.ProjectFile.None : VanKien.Project.ProjectFileReader.Read(file, diagnostics);
        return (ForProject(project, templateOverride), diagnostics.Items);
    }

    /// <summary>A set for a project: its scales, its templates folder (unless --template says otherwise).</summary>
    public static DocumentSet ForProject(Project.ProjectFile project, string? templateOverride = null)
    {
        var templateFolder = templateOverride ?? (project.Templates is { } folder && project.Root is { } root ? Path.Combine(root, folder) : null);
        var templates = templateFolder is null ? null : new Templates.TemplateLocator(templateFolder, templateOverride is null ? project.Root : null);
        return new DocumentSet(project.AllScales, project.Limits, project.Root, templates, project);
    }

    /// <summary>The project the sources belong to (or none).</summary>
    public Project.ProjectFile Project { get; } = project ?? VanKien.Project.ProjectFile.None;

    /// <summary>The folder of the project file (vankien.yaml), when the sources belong to a project.</summary>
    public string? ProjectRoot => projectRoot;

    private IReadOnlyList<Reading.SourceItem>? _projectSources;
    private int _nextProjectSource;
    private int _projectSourcesRead;

    /// <summary>
    /// Reads every source of the project too (once), so that a reference to any document of the
    /// repository resolves even when only one file is checked. Checks run in parallel and none may look
    /// at the set before the whole project is in it: every thread that asks takes the next unread
    /// source until none is left (so all cores read, rather than one reading while the others wait),
    /// then waits for the last ones being read.
    /// </summary>
    public void LoadProject()
    {
        if (projectRoot is null || Volatile.Read(ref _projectLoaded)) return;
        using var own = Diagnostics.WorkBudget.Suspend();
        IReadOnlyList<Reading.SourceItem> sources;
        lock (_projectLock) sources = _projectSources ??= Reading.SourceDiscovery.Discover([projectRoot]).Sources;
        for (var i = Interlocked.Increment(ref _nextProjectSource) - 1; i < sources.Count; i = Interlocked.Increment(ref _nextProjectSource) - 1)
        {
            try { Load(sources[i].Path); }
            finally { Interlocked.Increment(ref _projectSourcesRead); }
        }
        SpinWait.SpinUntil(() => Volatile.Read(ref _projectSourcesRead) >= sources.Count);
        Volatile.Write(ref _projectLoaded, true);
    }

    public OrdinalScales Scales => scales;

    public ReaderLimits Limits => limits;

    /// <summary>
    /// Where each document's template comes from (section description and reference DOCX). One per set,
    /// so a later build in the same process (watch mode, tests) sees templates that changed since.
    /// </summary>
    public Templates.TemplateLocator Templates { get; } = templates ?? new VanKien.Templates.TemplateLocator();

    private readonly HashSet<string> _numbers = new(StringComparer.Ordinal);
    // The date of each number read; null when two documents read share a number with different dates (numbering restarts each term).
    private readonly Dictionary<string, DateOnly?> _dates = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<Document>> _byIssuer = new(StringComparer.Ordinal);

    /// <summary>Numbers of documents known without reading them (an incremental build's cache).</summary>
    public void AddKnownNumbers(IEnumerable<string> numbers)
    {
        lock (_lock)
            foreach (var number in numbers) _numbers.Add(References.DocumentNumbers.Normalise(number));
    }

    /// <summary>
    /// Whether a document of this number and symbol (normalised) was read or is known from the cache.
    /// Kept up to date as documents are added: a check of each of 10,000 documents must not rebuild it.
    /// </summary>
    public bool IsKnownNumber(string normalised)
    {
        lock (_lock) return _numbers.Contains(normalised);
    }

    /// <summary>The date of the one document read under this number (normalised), or null when none or several dates are known.</summary>
    public DateOnly? DateOfNumber(string normalised)
    {
        lock (_lock) return _dates.TryGetValue(normalised, out var date) ? date : null;
    }

    /// <summary>The documents read so far whose issuer is the same body as <paramref name="document"/>'s (spacing and case aside).</summary>
    public IReadOnlyList<Document> IssuedBySameBody(Document document)
    {
        var key = IssuerKey(document);
        lock (_lock) return _byIssuer.TryGetValue(key, out var documents) ? [.. documents] : [];
    }

    private static string IssuerKey(Document document) => Text.VietnameseText.Squash(document.Frame.Bodies.Issuer.Value).ToLowerInvariant();

    /// <summary>Indexes a new entry's document (under the lock).</summary>
    private void Index(Entry entry)
    {
        if (entry.Document is not { } document) return;
        var number = References.DocumentNumbers.Normalise(document.Frame.Number.Value);
        _numbers.Add(number);
        var date = document.Frame.Date.Value;
        if (!document.Frame.Undated) _dates[number] = _dates.TryGetValue(number, out var known) && known != date ? null : date;
        var key = IssuerKey(document);
        if (!_byIssuer.TryGetValue(key, out var list)) _byIssuer[key] = list = [];
        list.Add(document);
    }

    public Entry Load(string path) => Get(path, () =>
    {
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.ReadFile(path, diagnostics, limits, scales, BoundaryOf(path));
        return new Entry(path, document, diagnostics.Items);
    });

    private readonly Dictionary<string, string?> _boundaries = new(StringComparer.Ordinal);

    /// <summary>
    /// The folder a document's references must stay in: the project it belongs to (the nearest
    /// vankien.yaml above it, as .editorconfig and Directory.Build.props are found), or the repository
    /// when a vankien.yaml above that says <c>goc: true</c>. Sources of several projects checked in one
    /// run each keep their own.
    /// </summary>
    public string? BoundaryOf(string path)
    {
        var folder = Path.GetDirectoryName(Path.GetFullPath(path)) ?? "";
        lock (_lock)
            if (_boundaries.TryGetValue(folder, out var known)) return known;
        string? boundary = projectRoot;
        if (VanKien.Project.ProjectFileReader.Find(path) is { } own)
        {
            boundary = Path.GetDirectoryName(own);
            for (var above = Path.GetDirectoryName(boundary); above is not null; above = Path.GetDirectoryName(above))
            {
                if (VanKien.Project.ProjectFileReader.Find(above) is not { } file || Path.GetDirectoryName(file) is not { } root) break;
                if (VanKien.Project.ProjectFileReader.Read(file, new DiagnosticBag()).RepositoryRoot) boundary = root;
                above = root;
            }
        }
        lock (_lock) _boundaries[folder] = boundary;
        return boundary;
    }

    /// <summary>
    /// A document whose own check (and build) is done keeps what other documents read of it — frame,
    /// targets, body — but not its source text, which only its own checks and its provenance read. A
    /// district's run holds every document at once; their source lines were half of its memory.
    /// </summary>
    public Document? Done(Document document)
    {
        var slim = document with { SourceLines = [] };
        lock (_lock)
        {
            var key = Path.GetFullPath(document.SourcePath);
            if (!_entries.TryGetValue(key, out var entry) || !ReferenceEquals(entry.Document, document)) return slim;
            _entries[key] = entry with { Document = slim };
            if (_byIssuer.TryGetValue(IssuerKey(document), out var list) && list.IndexOf(document) is var at and >= 0) list[at] = slim;
        }
        return slim;
    }

    /// <summary>Registers a document read elsewhere (from memory), so that links to it resolve.</summary>
    public Entry Add(string path, Document? document, IReadOnlyList<Diagnostic> diagnostics) =>
        Get(path, () => new Entry(path, document, diagnostics));

    /// <summary>The full path of a path written in <paramref name="from"/>, relative to its folder.</summary>
    public static string Resolve(Document from, string relative) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(from.SourcePath)) ?? ".", relative));

    /// <summary>
    /// The parent a document implements (<c>thuc-hien</c>), if it names one. In a project, a parent
    /// outside it is not read: the entry carries the refusal instead.
    /// </summary>
    public Entry? ParentOf(Document document)
    {
        if (document.Frame.ParentPath is not { } parent) return null;
        var path = Resolve(document, parent.Value);
        if (!MayReadParent(document.SourcePath, path) && BoundaryOf(document.SourcePath) is { } boundary)
            return new Entry(path, null, [Diagnostic.Of(Rules.ParentOutsideProject, parent.Location,
                $"văn bản cấp trên '{parent.Value}' nằm ngoài dự án '{boundary}'; không đọc",
                "đặt văn bản cấp trên trong kho văn bản, hoặc 'goc: true' ở vankien.yaml của thư mục gốc chứa các dự án")]);
        return Load(path);
    }

    /// <summary>
    /// Whether a parent at <paramref name="parentPath"/> may be read for the source at <paramref name="sourcePath"/>:
    /// inside the source's boundary (its project), or anywhere when it has none. The one rule for check and the editor.
    /// </summary>
    public bool MayReadParent(string sourcePath, string parentPath) =>
        BoundaryOf(sourcePath) is not { } boundary || SafeFile.IsUnder(parentPath, boundary);

    private Entry Get(string path, Func<Entry> create)
    {
        var key = Path.GetFullPath(path);
        lock (_lock)
        {
            if (_entries.TryGetValue(key, out var found)) return found;
        }
        var entry = create();
        lock (_lock)
        {
            if (!_entries.TryAdd(key, entry)) return _entries[key];
            Index(entry);
            return entry;
        }
    }
}

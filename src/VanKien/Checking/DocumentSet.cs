using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;
using VanKien.Targets;

namespace VanKien.Checking;

/// <summary>
/// The documents a check can see: the sources of this run and, followed on demand, the parents
/// they implement. Each file is read once, whoever asks for it.
/// </summary>
public sealed class DocumentSet(OrdinalScales scales, ReaderLimits limits, string? projectRoot = null, Templates.TemplateLocator? templates = null)
{
    private bool _projectLoaded;
    public sealed record Entry(string Path, Document? Document, IReadOnlyList<Diagnostic> Diagnostics);

    private readonly Dictionary<string, Entry> _entries = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    public static DocumentSet Create() => new(OrdinalScales.BuiltIn, ReaderLimits.Default);

    /// <summary>A set for sources under a project: the project's scales, and the project file's own diagnostics.</summary>
    public static (DocumentSet Set, IReadOnlyList<Diagnostic> ProjectDiagnostics) ForSourcesAt(string path, string? templateOverride = null)
    {
        var diagnostics = new DiagnosticBag();
        var file = Project.ProjectFileReader.Find(path);
        var project = file is null ? Project.ProjectFile.None : Project.ProjectFileReader.Read(file, diagnostics);
        var templates = templateOverride is null ? null : new Templates.TemplateLocator(templateOverride);
        return (new DocumentSet(project.AllScales, ReaderLimits.Default, file is null ? null : Path.GetDirectoryName(file), templates), diagnostics.Items);
    }

    /// <summary>The folder of the project file (vankien.yaml), when the sources belong to a project.</summary>
    public string? ProjectRoot => projectRoot;

    /// <summary>
    /// Reads every source of the project too (once), so that a reference to any document of the
    /// repository resolves even when only one file is checked.
    /// </summary>
    public void LoadProject()
    {
        if (projectRoot is null || _projectLoaded) return;
        _projectLoaded = true;
        foreach (var source in Building.SourceDiscovery.Discover([projectRoot]).Sources) Load(source.Path);
    }

    public OrdinalScales Scales => scales;

    /// <summary>Where each document's template comes from (section description and reference DOCX).</summary>
    public Templates.TemplateLocator Templates { get; } = templates ?? VanKien.Templates.TemplateLocator.Default;

    /// <summary>Every document read so far, by full path.</summary>
    public IReadOnlyList<Entry> Entries
    {
        get { lock (_lock) return _entries.Values.OrderBy(e => e.Path, StringComparer.Ordinal).ToList(); }
    }

    public Entry Load(string path) => Get(path, () =>
    {
        var diagnostics = new DiagnosticBag();
        var document = DocumentReader.ReadFile(path, diagnostics, limits, scales);
        return new Entry(path, document, diagnostics.Items);
    });

    /// <summary>Registers a document read elsewhere (from memory), so that links to it resolve.</summary>
    public Entry Add(string path, Document? document, IReadOnlyList<Diagnostic> diagnostics) =>
        Get(path, () => new Entry(path, document, diagnostics));

    /// <summary>The full path of a path written in <paramref name="from"/>, relative to its folder.</summary>
    public static string Resolve(Document from, string relative) =>
        Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Path.GetFullPath(from.SourcePath)) ?? ".", relative));

    /// <summary>The parent a document implements (<c>thuc-hien</c>), if it names one.</summary>
    public Entry? ParentOf(Document document) =>
        document.Frame.ParentPath is { } parent ? Load(Resolve(document, parent.Value)) : null;

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
            return _entries.TryAdd(key, entry) ? entry : _entries[key];
        }
    }
}

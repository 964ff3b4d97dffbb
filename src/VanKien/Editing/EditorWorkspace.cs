using System.Text;
using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;

namespace VanKien.Editing;

/// <summary>
/// The sources an editor has open, with their unsaved text, checked the way <c>vankien check</c>
/// checks a file — the same rules, severities and project settings — except that every open
/// source is read from the editor's text, so a change to an open parent reaches its open children.
/// </summary>
public sealed class EditorWorkspace
{
    private readonly Dictionary<string, string> _open = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Document> _models = new(StringComparer.Ordinal);
    private readonly Dictionary<string, IReadOnlyList<Diagnostic>> _diagnostics = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    public static string Key(string path) => Path.GetFullPath(path);

    public void Open(string path, string text) { lock (_lock) _open[Key(path)] = text; }

    public void Change(string path, string text) => Open(path, text);

    public void Close(string path)
    {
        lock (_lock)
        {
            _open.Remove(Key(path));
            _models.Remove(Key(path));
            _diagnostics.Remove(Key(path));
        }
    }

    public IReadOnlyList<string> OpenPaths { get { lock (_lock) return [.. _open.Keys]; } }

    /// <summary>
    /// The editor's text of an open source, else the file's as <c>check</c> reads it — through SafeFile, confined to
    /// the file's project (a link to /dev/zero, a FIFO or /dev/stdin is refused, never read); null when neither can be read.
    /// </summary>
    public string? Text(string path)
    {
        lock (_lock)
            if (_open.TryGetValue(Key(path), out var text)) return text;
        var file = SafeFile.Read(path, ReaderLimits.Default.MaxSourceBytes, Checking.DocumentSet.Create().BoundaryOf(path));
        if (file.Bytes is null) return null;
        try { return new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(file.Bytes); }
        catch (DecoderFallbackException) { return null; }
    }

    /// <summary>
    /// The parent a source implements through <paramref name="link"/>, as <c>check</c> sees it: none outside the
    /// source's project (check refuses it, VK0206), read only through SafeFile (with the same confinement), and
    /// from the editor's text where the parent is open. <see cref="ParentSource.Read"/> is false when the gate refused it.
    /// </summary>
    public ParentSource? Parent(string path, string link)
    {
        var set = Checking.DocumentSet.ForSourcesAt(path).Set;
        var parent = Path.GetFullPath(Path.Combine(Path.GetDirectoryName(Key(path))!, link));
        if (!set.MayReadParent(Key(path), parent)) return null;
        string? open;
        lock (_lock) open = _open.GetValueOrDefault(Key(parent));
        if (open is not null)
            return new ParentSource(parent, DocumentReader.Read(parent, Encoding.UTF8.GetBytes(open), new DiagnosticBag(), set.Limits, set.Scales), true);
        var entry = set.Load(parent);
        return new ParentSource(parent, entry.Document, !entry.Diagnostics.Any(d => d.Rule == Rules.Io || d.Rule == Rules.Limit));
    }

    /// <summary>The model of an open source as last checked (its spans point into the text checked then).</summary>
    public Document? Model(string path) { lock (_lock) return _models.GetValueOrDefault(Key(path)); }

    /// <summary>The diagnostics of an open source as last checked.</summary>
    public IReadOnlyList<Diagnostic> Diagnostics(string path) { lock (_lock) return _diagnostics.GetValueOrDefault(Key(path)) ?? []; }

    /// <summary>
    /// Whether a text an editor holds is a VanKien file, which it checks: the project file, a source as
    /// <c>build</c> and <c>check</c> discover one in a folder (Markdown opening with front matter, YAML with a
    /// top-level <c>loai:</c>), or a results file (<c>loai: ket-qua</c>). A README, a compose file or a CI workflow
    /// is not, inside a project or out of one: the editor shows nothing for it.
    /// </summary>
    public static bool IsVanKienText(string path, string text) =>
        Path.GetFileName(path) == Project.ProjectFile.FileName
        || SourceDiscovery.IsSourceText(path, text)
        || IsResultsText(path, text);

    private static bool IsResultsText(string path, string text) =>
        DocumentReader.IsYamlSource(path) && SourceDiscovery.DeclaredKindOfText(text) == DocumentKind.ResultsKey;

    /// <summary>
    /// Checks an open source against the open texts and the files: its own diagnostics, as `check` gives them;
    /// none for a text that is not a VanKien file (<see cref="IsVanKienText"/>).
    /// </summary>
    public IReadOnlyList<Diagnostic> Check(string path)
    {
        var key = Key(path);
        Dictionary<string, byte[]> unsaved;
        string? text;
        lock (_lock)
        {
            unsaved = _open.ToDictionary(p => p.Key, p => Encoding.UTF8.GetBytes(p.Value), StringComparer.Ordinal);
            text = _open.GetValueOrDefault(key);
        }
        if (text is not null && !IsVanKienText(key, text))
        {
            lock (_lock)
            {
                _models.Remove(key);
                _diagnostics.Remove(key);
            }
            return [];
        }
        Document? document = null;
        IEnumerable<Diagnostic> all;
        if (Path.GetFileName(key) == Project.ProjectFile.FileName)
        {
            var bag = new DiagnosticBag();
            if (unsaved.TryGetValue(key, out var bytes)) Project.ProjectFileReader.Read(key, bytes, bag);
            else Project.ProjectFileReader.Read(key, bag);
            all = bag.Items;
        }
        else if (text is null ? Results.ResultsReader.IsResultsFile(key) : IsResultsText(key, text))
        {
            // A results file is checked against its program as `check` checks it: as saved.
            var program = ResultsProgram(key);
            all = program is null ? [] : ProjectBuilder.Check([Item(program)], resultsFolders: [Path.GetDirectoryName(key)!], unsaved: unsaved).Diagnostics;
        }
        else
        {
            var summary = ProjectBuilder.Check([Item(key)], unsaved: unsaved);
            document = summary.Results.FirstOrDefault()?.Document;
            all = summary.Diagnostics;
        }
        var own = all.Where(d => d.Location.File.Length > 0 && Key(d.Location.File) == key).ToList();
        lock (_lock)
        {
            if (!_open.ContainsKey(key)) return own;
            if (document is not null) _models[key] = document;
            _diagnostics[key] = own;
        }
        return own;
    }

    private static SourceItem Item(string path) => new(path, SourceItem.NameFor(Path.GetFileName(path)));

    /// <summary>The program a results file measures, as the results reader reads it.</summary>
    private static string? ResultsProgram(string path) => Results.ResultsReader.Read(path, new DiagnosticBag())?.ProgramPath;

    /// <summary>The open sources that implement <paramref name="path"/> (their <c>thuc-hien</c> names it), as last checked.</summary>
    public IReadOnlyList<string> OpenChildrenOf(string path)
    {
        var key = Key(path);
        lock (_lock)
            return _models.Where(m => m.Key != key && m.Value.Frame.ParentPath is { } parent && Key(Checking.DocumentSet.Resolve(m.Value, parent.Value)) == key)
                .Select(m => m.Key).ToList();
    }
}

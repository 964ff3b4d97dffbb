using System.Collections.Concurrent;
using System.Reflection;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Standard;

namespace VanKien.Templates;

/// <summary>
/// Finds the template of a document: <c>--template</c> (a reference .docx for every kind, or a
/// folder laid out like <c>templates/</c>); else the nearest <c>templates/&lt;kind&gt;/</c> in the
/// source's folder or above it, no higher than <see cref="TemplateSearchBounds"/> allows; else the built-in one. A kind's folder holds <c>mau.yaml</c> and
/// <c>reference.docx</c> (or <c>reference-&lt;profile&gt;.docx</c> for another profile); each falls
/// back on its own. Files are read once. A file found by searching, or in the project's own templates
/// folder, must not be a symbolic link out of the project; only an explicit --template may point anywhere.
/// </summary>
public sealed class TemplateLocator(string? overridePath = null, string? confineTo = null)
{
    public const string FolderName = "templates";
    public const string DescriptionFile = "mau.yaml";

    private readonly ConcurrentDictionary<string, (object? Value, IReadOnlyList<Diagnostic> Diagnostics)> _cache = new();

    public static TemplateLocator Default { get; } = new();

    // Keyed by "folder\0kind\0profile": a string key, because a tuple key's comparer is compiled at start-up.
    private readonly ConcurrentDictionary<string, (ResolvedTemplate, IReadOnlyList<Diagnostic>)> _resolved = new(StringComparer.Ordinal);

    /// <summary>
    /// The template for a document, with the diagnostics of reading it (once per file, whoever asks).
    /// Documents of one kind in one folder share it, so a repository of 1,000 documents looks up a few.
    /// </summary>
    public (ResolvedTemplate Template, IReadOnlyList<Diagnostic> Diagnostics) For(Document document) =>
        _resolved.GetOrAdd(
            $"{Path.GetDirectoryName(Path.GetFullPath(document.SourcePath)) ?? "."}\0{document.Kind.Key}\0{document.FormatProfile?.Value}",
            _ => Resolve(document));

    private (ResolvedTemplate Template, IReadOnlyList<Diagnostic> Diagnostics) Resolve(Document document)
    {
        var diagnostics = new List<Diagnostic>();
        var folders = Folders(document).ToList();

        var kind = folders.Select(f => Path.Combine(f, document.Kind.Key, DescriptionFile)).Where(File.Exists)
            .Select(path => Load(path, Confinement(Path.GetDirectoryName(Path.GetDirectoryName(path)!)!), diagnostics, (p, bytes, bag) => KindTemplateReader.Read(p, bytes, bag)))
            .FirstOrDefault(t => t is not null) ?? BuiltInKind(document.Kind);

        var profile = (document.FormatProfile is { } chosen ? FormatProfile.ByName(chosen.Value) : null)
            ?? FormatProfile.ByName(kind.Profile) ?? FormatProfile.Dang36_2018;

        var files = new List<string>();
        if (File.Exists(kind.Source)) files.Add(Path.GetFullPath(kind.Source));
        string? reference = null, confine = null;
        if (overridePath is not null && (IsDocx(overridePath) || File.Exists(overridePath))) reference = Path.GetFullPath(overridePath);
        foreach (var folder in folders)
        {
            if (reference is not null) break;
            var forProfile = Path.Combine(folder, document.Kind.Key, $"reference-{profile.Name}.docx");
            var plain = Path.Combine(folder, document.Kind.Key, "reference.docx");
            reference = File.Exists(forProfile) ? forProfile : File.Exists(plain) && profile.Name == kind.Profile ? plain : null;
            if (reference is not null) confine = Confinement(folder);
        }
        if (reference is not null) files.Add(Path.GetFullPath(reference));
        // Where a template would be found if it appeared: an incremental build must notice one that does.
        foreach (var folder in TemplateSearchBounds.Folders(document.SourcePath))
        {
            var kindFolder = Path.Combine(folder, FolderName, document.Kind.Key);
            files.AddRange([Path.Combine(kindFolder, DescriptionFile), Path.Combine(kindFolder, "reference.docx"), Path.Combine(kindFolder, $"reference-{profile.Name}.docx")]);
        }
        return (new ResolvedTemplate(kind, profile, new ReferenceSource(reference, profile, confine)) { Files = files.Distinct().ToList() }, diagnostics);
    }

    /// <summary>The built-in section description of a kind (embedded from the repository's templates/).</summary>
    public static KindTemplate BuiltInKind(DocumentKind kind)
    {
        using var stream = typeof(TemplateLocator).Assembly.GetManifestResourceStream($"{FolderName}/{kind.Key}/{DescriptionFile}");
        if (stream is null) return new KindTemplate(kind, kind.Title, HeadingScheme.Roman, FormatProfile.Dang36_2018.Name, [], [], null, null, "(mặc định)");
        using var buffer = new MemoryStream();
        stream.CopyTo(buffer);
        return KindTemplateReader.Read($"(mẫu có sẵn)/{kind.Key}/{DescriptionFile}", buffer.ToArray(), new DiagnosticBag())
            ?? throw new InvalidOperationException($"the built-in template of {kind.Key} does not read");
    }

    /// <summary>Template folders to search, nearest first.</summary>
    private IEnumerable<string> Folders(Document document)
    {
        if (overridePath is not null && Directory.Exists(overridePath)) yield return overridePath;
        foreach (var folder in TemplateSearchBounds.Folders(document.SourcePath))
        {
            var candidate = Path.Combine(folder, FolderName);
            if (Directory.Exists(candidate)) yield return candidate;
        }
    }

    /// <summary>A templates folder's files stay in the folder above it (the project), symbolic links included.</summary>
    private string? Confinement(string templatesFolder) =>
        confineTo is not null ? Path.GetFullPath(confineTo)
        : overridePath is not null && Path.GetFullPath(templatesFolder) == Path.GetFullPath(overridePath) ? null
        : Path.GetDirectoryName(Path.GetFullPath(templatesFolder).TrimEnd(Path.DirectorySeparatorChar));

    private static bool IsDocx(string path) =>
        Path.GetExtension(path).ToLowerInvariant() is ".docx" or ".dotx" or ".docm" or ".dotm";

    private T? Load<T>(string path, string? confine, List<Diagnostic> diagnostics, Func<string, byte[], DiagnosticBag, T?> read) where T : class
    {
        var (value, found) = _cache.GetOrAdd(Path.GetFullPath(path) + "|" + typeof(T).Name, _ =>
        {
            var bag = new DiagnosticBag();
            var file = Reading.SafeFile.Read(path, 1024 * 1024, confine);
            if (file.Bytes is null)
            {
                bag.Add(Rules.TemplateDescription, SourceLocation.StartOf(path), $"không dùng được tệp mẫu: {file.Refusal}");
                return (null, bag.Items);
            }
            return (read(path, file.Bytes, bag), bag.Items);
        });
        diagnostics.AddRange(found);
        return value as T;
    }
}

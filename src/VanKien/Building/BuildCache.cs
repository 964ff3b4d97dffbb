using System.Security.Cryptography;
using System.Text.Json;
using VanKien.Reading;

namespace VanKien.Building;

/// <summary>
/// What the last build was made from, kept under the output folder: per output, the hash of its
/// source and of every file it depended on (parent chain, template files, project file), the formats
/// and the compiler version. An output whose inputs all hash the same is up to date and is not even
/// parsed. Written atomically after each build; a missing or unreadable cache means a full build.
/// </summary>
public sealed class BuildCache
{
    public const string RelativePath = ".vankien/cache.json";

    /// <param name="Number">The document's number and symbol, so that references resolve without parsing it again.</param>
    /// <param name="Stamps">Size and modification time of each file when it was hashed: a file whose stamp is unchanged is not read again.</param>
    public sealed record Entry(string SourceHash, IReadOnlyDictionary<string, string> Dependencies, string Formats, string Version, string? Number = null,
        IReadOnlyDictionary<string, string>? Stamps = null);

    /// <summary>A cache of 10,000 documents is a few megabytes.</summary>
    private const long MaxBytes = 256L * 1024 * 1024;

    private readonly Dictionary<string, Entry> _entries;
    private readonly Dictionary<string, string?> _hashes = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string?> _stamps = new(StringComparer.Ordinal);
    private readonly object _lock = new();

    /// <summary>Something was recorded or forgotten since the cache was loaded: it needs saving.</summary>
    public bool Changed { get; private set; }

    private BuildCache(Dictionary<string, Entry> entries) => _entries = entries;

    private static string CompilerVersion => ToolVersion.Informational;

    public static BuildCache Load(string outputFolder)
    {
        try
        {
            var path = Path.Combine(outputFolder, RelativePath);
            if (!File.Exists(path)) return new BuildCache([]);
            // Through the file gate like any input: a cache linked to /dev/zero or grown huge is no cache.
            var file = Reading.SafeFile.Read(path, MaxBytes, outputFolder);
            if (file.Bytes is null) return new BuildCache([]);
            var entries = JsonSerializer.Deserialize(file.Bytes, BuildCacheJson.Default.DictionaryStringEntry) ?? [];
            // An entry someone edited into nonsense (null, no dependencies) is dropped: its output is rebuilt.
            var whole = new Dictionary<string, Entry>(StringComparer.Ordinal);
            foreach (var (key, entry) in entries)
                if (entry is { SourceHash: not null, Dependencies: not null, Formats: not null, Version: not null } && entry.Dependencies.Values.All(v => v is not null))
                    whole[key] = entry;
            return new BuildCache(whole);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return new BuildCache([]);
        }
    }

    /// <summary>True when every output of the source exists and nothing it was built from changed.</summary>
    public bool IsUpToDate(string key, string sourcePath, string formats, IEnumerable<string> outputs)
    {
        Entry? entry;
        lock (_lock) _entries.TryGetValue(key, out entry);
        if (entry is null || entry.Formats != formats || entry.Version != CompilerVersion) return false;
        if (!outputs.All(File.Exists)) return false;
        if (!Same(Path.GetFullPath(sourcePath), entry.SourceHash, entry)) return false;
        return entry.Dependencies.All(d => Same(d.Key, d.Value, entry)); // "" records a file that did not exist
    }

    /// <summary>Whether a file still has the recorded hash: by its stamp when that is unchanged, else by hashing it.</summary>
    private bool Same(string path, string hash, Entry entry)
    {
        if (entry.Stamps is { } stamps && stamps.TryGetValue(path, out var stamp) && Stamp(path) is { } now && now == stamp) return true;
        return (Hash(path) ?? "") == hash;
    }

    /// <summary>The numbers of the documents the last build made, for references to them.</summary>
    public IEnumerable<string> Numbers
    {
        get { lock (_lock) return _entries.Values.Select(e => e.Number).OfType<string>().ToList(); }
    }

    /// <summary>
    /// Records what an output was built from. A file the run read (in <paramref name="ledger"/>) is recorded
    /// by the hash of the bytes it read and its stamp from just before — never a hash taken after the
    /// compile, which would take a save made while the build ran for what was built. A file read twice with
    /// different bytes leaves the output unrecorded: the next build makes it again.
    /// </summary>
    public void Record(string key, string sourcePath, string formats, IEnumerable<string> dependencies, string? number, ReadLedger? ledger = null)
    {
        var files = dependencies.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToList();
        var source = Path.GetFullPath(sourcePath);
        var hashes = new Dictionary<string, string>(StringComparer.Ordinal);
        var stamps = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files.Append(source).Distinct(StringComparer.Ordinal))
        {
            if (ledger?.Of(file) is { } reading)
            {
                if (reading.Hash is null) { Forget(key); return; }
                hashes[file] = reading.Hash;
                if (reading.Seen - reading.LastWriteUtc > RacyWindow) stamps[file] = $"{reading.Length}:{reading.LastWriteUtc.Ticks}";
                continue;
            }
            // Not read by the run (a template that would be found if it appeared): as it is now. Stamped before hashing:
            // a file changed in between gets a newer stamp, so it is hashed again next time.
            if (Stamp(file) is { } stamp) stamps[file] = stamp;
            hashes[file] = Hash(file) ?? "";
        }
        var entry = new Entry(hashes[source], files.ToDictionary(d => d, d => hashes[d], StringComparer.Ordinal), formats, CompilerVersion, number, stamps);
        lock (_lock)
        {
            _entries[key] = entry;
            Changed = true;
        }
    }

    public void Forget(string key)
    {
        lock (_lock)
            if (_entries.Remove(key)) Changed = true;
    }

    public void Save(string outputFolder)
    {
        byte[] json;
        lock (_lock) json = JsonSerializer.SerializeToUtf8Bytes(new SortedDictionary<string, Entry>(_entries, StringComparer.Ordinal), BuildCacheJson.Default.SortedDictionaryStringEntry);
        AtomicFile.Write(Path.Combine(outputFolder, RelativePath), json);
    }

    /// <summary>
    /// A file's length and modification time (to the tick), once per build per file; null when it is
    /// not a regular file. Size and time both equal is taken as unchanged, as make and MSBuild do. A
    /// file written in the last seconds has no stamp (it is hashed): file systems keep times to a clock
    /// tick of a few milliseconds, so an edit right after a build could keep the time it had (git's
    /// "racy" case).
    /// </summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    private string? Stamp(string full)
    {
        lock (_lock)
            if (_stamps.TryGetValue(full, out var known)) return known;
        string? stamp = null;
        try
        {
            var info = new FileInfo(full);
            if (info.Exists && DateTime.UtcNow - info.LastWriteTimeUtc > RacyWindow && Reading.FileKinds.Of(full) == Reading.FileKind.Regular)
                stamp = $"{info.Length}:{info.LastWriteTimeUtc.Ticks}";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        lock (_lock) _stamps[full] = stamp;
        return stamp;
    }

    /// <summary>SHA-256 of a file's bytes, once per build per file; null when it cannot be read.</summary>
    public string? Hash(string path)
    {
        var full = Path.GetFullPath(path);
        lock (_lock)
            if (_hashes.TryGetValue(full, out var known)) return known;
        string? hash;
        try
        {
            // Streamed: a reference DOCX may be large; a device (a template given as /dev/zero) is never hashed.
            if (Reading.SafeFile.IsDevice(full) || Reading.FileKinds.Of(full) != Reading.FileKind.Regular)
                hash = null;
            else
            {
                using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
                hash = Convert.ToHexString(SHA256.HashData(stream));
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            hash = null;
        }
        lock (_lock) _hashes[full] = hash;
        return hash;
    }
}

/// <summary>
/// The cache's JSON, generated at compile time: reflection-based serialisation costs a cold build
/// tens of milliseconds of start-up, more than the cache saves on a one-document build.
/// </summary>
[System.Text.Json.Serialization.JsonSerializable(typeof(Dictionary<string, BuildCache.Entry>))]
[System.Text.Json.Serialization.JsonSerializable(typeof(SortedDictionary<string, BuildCache.Entry>))]
internal sealed partial class BuildCacheJson : System.Text.Json.Serialization.JsonSerializerContext;

using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Reading;

namespace VanKien.Publishing;

/// <summary>
/// What the last whole site run was made from and what it left on disk, kept beside the build cache
/// (never in the published folder): the run's settings, every file it read (hash, and size and time
/// when they can be trusted), the folders it looked in (a file added or removed changes its folder's
/// time), the state of git (the diff pages follow history), every file of the site, and the
/// diagnostics it gave. When all of that is as recorded, a new run would write the same bytes and say
/// the same things: it says them again and touches nothing, without checking a document.
/// </summary>
internal static class SiteStamp
{
    public const string FileName = "site-stamp.json";

    /// <summary>A stamp over a few megabytes is not one this program wrote.</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    /// <summary>As the build cache's: a time within this of the read (or of now) may not have moved for an edit made in the same tick.</summary>
    private static readonly TimeSpan RacyWindow = TimeSpan.FromSeconds(2);

    internal sealed record Input(string Hash, string? Stamp);

    internal sealed record StoredDiagnostic(string Rule, Severity Severity, string File, int Line, int Column, string Message, string? Hint,
        string? RelatedFile, int RelatedLine, int RelatedColumn);

    internal sealed record Record(string Key, SortedDictionary<string, Input> Inputs, SortedDictionary<string, string> States,
        SortedDictionary<string, string> Outputs, int Pages, List<StoredDiagnostic> Diagnostics);

    /// <summary>The diagnostics and page count of the last run, when nothing it depended on changed; else null.</summary>
    public static (int Pages, IReadOnlyList<Diagnostic> Diagnostics)? Unchanged(string cacheFolder, string key, string outputFolder)
    {
        if (Load(cacheFolder) is not { } record || record.Key != key) return null;
        foreach (var (path, state) in record.States)
            if (StateOf(path) != state) return null;
        foreach (var (path, input) in record.Inputs)
            if (!Same(path, input)) return null;
        if (!Outputs(outputFolder).SequenceEqual(record.Outputs)) return null;
        var diagnostics = new List<Diagnostic>();
        foreach (var d in record.Diagnostics)
        {
            if (Rules.All.FirstOrDefault(r => r.Id == d.Rule) is not { } rule) return null;
            diagnostics.Add(new Diagnostic(rule, d.Severity, new SourceLocation(d.File, d.Line, d.Column), d.Message,
                d.RelatedFile is null ? null : new SourceLocation(d.RelatedFile, d.RelatedLine, d.RelatedColumn), d.Hint));
        }
        return (record.Pages, diagnostics);
    }

    /// <summary>Forgets the last run: from here until this run is recorded, nothing is taken as unchanged.</summary>
    public static void Forget(string cacheFolder)
    {
        try { File.Delete(Path.Combine(cacheFolder, FileName)); }
        catch (Exception ex) when (WriteFault.Is(ex)) { }
    }

    /// <param name="states">Folders and git files as they were when the run started (see <see cref="States"/>).</param>
    public static void Save(string cacheFolder, string key, ReadLedger ledger, IReadOnlyDictionary<string, string> states, string outputFolder, int pages, IEnumerable<Diagnostic> diagnostics)
    {
        var inputs = new SortedDictionary<string, Input>(StringComparer.Ordinal);
        var own = OwnFolders([outputFolder, cacheFolder]);
        foreach (var (path, reading) in ledger.Readings)
        {
            // The build cache is read and rewritten by the run itself: it is the run's, not an input.
            if (own(path)) continue;
            // Read twice with different bytes: changed during the run, so the run is not taken as a record of it.
            if (reading.Hash is null) return;
            inputs[path] = new Input(reading.Hash, reading.Seen - reading.LastWriteUtc > RacyWindow ? $"{reading.Length}:{reading.LastWriteUtc.Ticks}" : null);
        }
        var record = new Record(key, inputs, new SortedDictionary<string, string>(states.ToDictionary(), StringComparer.Ordinal), Outputs(outputFolder), pages,
            [.. diagnostics.Select(d => new StoredDiagnostic(d.Rule.Id, d.Severity, d.Location.File, d.Location.Line, d.Location.Column, d.Message, d.Hint,
                d.Related?.File, d.Related?.Line ?? 0, d.Related?.Column ?? 0))]);
        try { AtomicFile.Write(Path.Combine(cacheFolder, FileName), JsonSerializer.SerializeToUtf8Bytes(record, SiteStampJson.Default.Record)); }
        catch (Exception ex) when (WriteFault.Is(ex)) { /* the next run is a whole one */ }
    }

    /// <summary>
    /// The folders under <paramref name="roots"/> (a file added or removed changes its folder's time) and
    /// git's state files, each with its stamp — taken before the run reads anything, so that a change made
    /// while it runs shows next time. The site's own folders are left out: the run writes there.
    /// </summary>
    public static IReadOnlyDictionary<string, string> States(IEnumerable<string> roots, IEnumerable<string> gitFiles, IEnumerable<string> ownFolders)
    {
        var Own = OwnFolders(ownFolders);
        var states = new Dictionary<string, string>(StringComparer.Ordinal);
        var pending = new Stack<string>(roots.Select(r => Path.TrimEndingDirectorySeparator(Path.GetFullPath(r))).Distinct(StringComparer.Ordinal));
        while (pending.Count > 0)
        {
            var folder = pending.Pop();
            if (Own(folder) || states.ContainsKey(folder)) continue;
            states[folder] = StateOf(folder);
            try
            {
                foreach (var child in Directory.EnumerateDirectories(folder))
                    // Links to folders are not entered, as the source walker does not; git's own folder has its state files.
                    if (Path.GetFileName(child) is not (".git" or ".vankien") && FileKinds.Of(child) == FileKind.Directory) pending.Push(child);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        }
        foreach (var file in gitFiles) states[Path.GetFullPath(file)] = StateOf(file);
        return states;
    }

    /// <summary>Whether a path is one of the folders or inside one.</summary>
    private static Func<string, bool> OwnFolders(IEnumerable<string> folders)
    {
        var own = folders.Select(f => Path.TrimEndingDirectorySeparator(Path.GetFullPath(f))).ToList();
        return path => own.Any(o => path == o || path.StartsWith(o + Path.DirectorySeparatorChar, StringComparison.Ordinal));
    }

    private static string StateOf(string path)
    {
        try
        {
            if (Directory.Exists(path)) return "d:" + Directory.GetLastWriteTimeUtc(path).Ticks;
            var info = new FileInfo(path);
            return info.Exists ? $"{info.Length}:{info.LastWriteTimeUtc.Ticks}" : "-";
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return "?";
        }
    }

    /// <summary>Every file of the site as it is now: its size and time.</summary>
    private static SortedDictionary<string, string> Outputs(string outputFolder)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        if (!Directory.Exists(outputFolder)) return files;
        foreach (var file in Directory.EnumerateFiles(outputFolder, "*", SearchOption.AllDirectories))
            files[Path.GetRelativePath(outputFolder, file)] = StateOf(file);
        return files;
    }

    private static bool Same(string path, Input input)
    {
        if (input.Stamp is { } stamp && StateOf(path) == stamp) return true;
        try
        {
            if (FileKinds.Of(path) != FileKind.Regular) return false;
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            return Convert.ToHexString(SHA256.HashData(stream)) == input.Hash;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }

    private static Record? Load(string cacheFolder)
    {
        try
        {
            var path = Path.Combine(cacheFolder, FileName);
            if (!File.Exists(path)) return null;
            var file = SafeFile.Read(path, MaxBytes, cacheFolder);
            return file.Bytes is null ? null : JsonSerializer.Deserialize(file.Bytes, SiteStampJson.Default.Record);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or JsonException)
        {
            return null;
        }
    }
}

[JsonSerializable(typeof(SiteStamp.Record))]
internal sealed partial class SiteStampJson : JsonSerializerContext;

using System.Collections.Concurrent;
using VanKien.Diagnostics;
using VanKien.Templates;
using VanKien.Standard;

namespace VanKien.Writing.Docx;

/// <summary>
/// Reference documents, read once per file version (path, size, time) in a process and shared by
/// every document that uses them; the built-in ones made once per profile.
/// </summary>
public static class ReferenceDocuments
{
    private static readonly ConcurrentDictionary<string, ReferenceDocument> BuiltIn = new();
    private static readonly ConcurrentDictionary<(string Path, string Profile, long Length, DateTime Time), (ReferenceDocument?, IReadOnlyList<Diagnostic>)> Files = new();

    public static ReferenceDocument BuiltInFor(FormatProfile profile) =>
        BuiltIn.GetOrAdd(profile.Name, _ => ReferenceDocument.FromProfile(profile));

    /// <summary>The reference to write with, and the diagnostics of reading it; the built-in one when the file cannot be used.</summary>
    public static (ReferenceDocument Reference, IReadOnlyList<Diagnostic> Diagnostics) Get(ReferenceSource source)
    {
        if (source.Path is null) return (BuiltInFor(source.Profile), []);
        var info = new FileInfo(source.Path);
        var (reference, diagnostics) = Files.GetOrAdd((info.FullName, source.Profile.Name, info.Exists ? info.Length : -1, info.Exists ? info.LastWriteTimeUtc : default), _ =>
        {
            var bag = new DiagnosticBag();
            var file = Reading.SafeFile.Read(source.Path, ReferenceDocument.MaxBytes, source.Confine);
            if (file.Bytes is null)
            {
                bag.Add(Rules.ReferenceRefused, SourceLocation.StartOf(source.Path), $"không dùng được tệp mẫu: {file.Refusal}");
                return (null, bag.Items);
            }
            return (ReferenceDocument.Read(source.Path, file.Bytes, source.Profile, bag), bag.Items);
        });
        return (reference ?? BuiltInFor(source.Profile), diagnostics);
    }
}

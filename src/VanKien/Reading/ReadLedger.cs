using System.Collections.Concurrent;
using System.Security.Cryptography;

namespace VanKien.Reading;

/// <summary>
/// What a run read, file by file: the SHA-256 of the very bytes <see cref="SafeFile"/> returned and the
/// file's size and modification time just before it read them. A build records these in its cache, not a
/// hash taken afterwards: a file saved while the build ran is then newer than what the cache says was
/// built, and the next build makes the output again. Kept per run (an async-local scope), so that
/// builds side by side in one process — the language server, the tests — keep separate ledgers.
/// Ledgers nest: a read noted in an inner one (a build inside a site run) is noted in the outer ones too.
/// </summary>
public sealed class ReadLedger
{
    /// <param name="Hash">SHA-256 of the bytes read; null when two reads of the file in the run saw different bytes.</param>
    /// <param name="Seen">When the file was read, to tell a modification time too recent to trust (see the build cache's stamps).</param>
    public sealed record Reading(string? Hash, long Length, DateTime LastWriteUtc, DateTime Seen);

    private static readonly AsyncLocal<ReadLedger?> Active = new();

    private readonly ConcurrentDictionary<string, Reading> _readings = new(StringComparer.Ordinal);

    private ReadLedger? _outer;

    /// <summary>Every file the run read, by full path.</summary>
    public IReadOnlyDictionary<string, Reading> Readings => _readings;

    /// <summary>Makes <paramref name="ledger"/> the one reads note into, for this flow of work and the tasks it starts, until disposed.</summary>
    public static IDisposable Begin(ReadLedger ledger)
    {
        var previous = Active.Value;
        if (previous != ledger) ledger._outer = previous;
        Active.Value = ledger;
        return new Scope(previous);
    }

    /// <summary>What the run read of a file (by its full path), or null when it did not read it.</summary>
    public Reading? Of(string fullPath) => _readings.TryGetValue(fullPath, out var reading) ? reading : null;

    internal static void Note(string fullPath, long length, DateTime lastWriteUtc, byte[] bytes)
    {
        if (Active.Value is null) return;
        var reading = new Reading(Convert.ToHexString(SHA256.HashData(bytes)), length, lastWriteUtc, DateTime.UtcNow);
        for (var ledger = Active.Value; ledger is not null; ledger = ledger._outer)
            ledger._readings.AddOrUpdate(fullPath, reading, (_, earlier) => earlier.Hash == reading.Hash ? earlier : earlier with { Hash = null });
    }

    private sealed class Scope(ReadLedger? previous) : IDisposable
    {
        public void Dispose() => Active.Value = previous;
    }
}

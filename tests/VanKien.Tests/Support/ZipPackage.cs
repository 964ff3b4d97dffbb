using System.IO.Compression;

namespace VanKien.Tests.Support;

/// <summary>A ZIP package made entry by entry, as hostile and hand-made DOCX are made in the tests.</summary>
internal static class ZipPackage
{
    public static byte[] Of(params (string Name, byte[] Content)[] entries) => Of(CompressionLevel.SmallestSize, entries);

    /// <summary>Entries stored at <paramref name="level"/>: <see cref="CompressionLevel.NoCompression"/> makes a package the ratio check cannot refuse.</summary>
    public static byte[] Of(CompressionLevel level, params (string Name, byte[] Content)[] entries)
    {
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var (name, content) in entries)
            {
                using var entry = zip.CreateEntry(name, level).Open();
                entry.Write(content);
            }
        return stream.ToArray();
    }
}

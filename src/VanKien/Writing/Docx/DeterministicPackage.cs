using System.IO.Compression;

namespace VanKien.Writing.Docx;

/// <summary>
/// Re-zips a package so that the same content gives the same bytes: a fixed entry order
/// ([Content_Types].xml first, then by name) and a fixed 1980-01-01 timestamp, where
/// System.IO.Packaging stamps the current time.
/// </summary>
internal static class DeterministicPackage
{
    private static readonly DateTimeOffset FixedTime = new(1980, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = input.Entries
            .OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : e.FullName.StartsWith("_rels/", StringComparison.Ordinal) ? 1 : 2)
            .ThenBy(e => e.FullName, StringComparer.Ordinal)
            .ToList();

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in entries)
            {
                var copy = zip.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = FixedTime;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }
        return output.ToArray();
    }
}

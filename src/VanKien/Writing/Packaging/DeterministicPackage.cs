using System.IO.Compression;

namespace VanKien.Writing.Packaging;

/// <summary>
/// Re-zips a package that another writer made (the SDK's workbook, an edited redline) so that the
/// same content gives the same bytes: the entry order and stamps of <see cref="PackageBuilder"/>.
/// </summary>
internal static class DeterministicPackage
{
    public static byte[] Normalize(byte[] package)
    {
        using var input = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
        var entries = new List<(string, DeflatedPart)>();
        foreach (var entry in input.Entries)
        {
            using var from = entry.Open();
            using var content = new MemoryStream();
            from.CopyTo(content);
            entries.Add((entry.FullName, DeflatedPart.Of(content.GetBuffer().AsSpan(0, (int)content.Length))));
        }
        return DeterministicZip.Write(PackageBuilder.InPackageOrder(entries));
    }
}

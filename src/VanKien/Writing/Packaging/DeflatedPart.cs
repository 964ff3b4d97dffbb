using System.IO.Compression;
using System.IO.Hashing;

namespace VanKien.Writing.Packaging;

/// <summary>
/// A part's content as a ZIP entry holds it: deflated, with its CRC-32 and length. A part that is
/// the same in every output (a reference's styles, theme, headers) is deflated once and its entry
/// copied, instead of compressed again for each document.
/// </summary>
internal sealed class DeflatedPart
{
    private DeflatedPart(byte[] data, uint crc32, int length, bool stored) => (Data, Crc32, Length, Stored) = (data, crc32, length, stored);

    /// <summary>The bytes the entry holds: deflated, or the content itself when <see cref="Stored"/>.</summary>
    public byte[] Data { get; }

    public uint Crc32 { get; }

    /// <summary>The content's length before compression.</summary>
    public int Length { get; }

    /// <summary>An empty part is stored (as System.IO.Compression writes one): deflating nothing gives two bytes.</summary>
    public bool Stored { get; }

    public static DeflatedPart Of(ReadOnlySpan<byte> content)
    {
        var crc = System.IO.Hashing.Crc32.HashToUInt32(content);
        if (content.IsEmpty) return new DeflatedPart([], crc, 0, stored: true);
        using var output = new MemoryStream(content.Length / 3 + 64);
        using (var deflate = new DeflateStream(output, CompressionLevel.Optimal, leaveOpen: true))
            deflate.Write(content);
        return new DeflatedPart(output.ToArray(), crc, content.Length, stored: false);
    }
}

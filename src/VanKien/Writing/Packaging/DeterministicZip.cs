using System.Buffers.Binary;
using System.Text;

namespace VanKien.Writing.Packaging;

/// <summary>
/// Writes a ZIP archive whose bytes depend on its entries alone: entries in the order given, each
/// stamped 1980-01-01 00:00 and marked as a Unix file readable by all (as System.IO.Compression
/// writes on Linux, but on every system alike, where that library stamps the system it runs on).
/// No ZIP64: a package part is far below 4 GB, and one that is not is refused.
/// </summary>
internal static class DeterministicZip
{
    private const ushort VersionNeeded = 20;
    private const ushort VersionMadeBy = (3 << 8) | 20;   // Unix, ZIP 2.0
    private const uint UnixFileReadable = 0x81A40000;      // regular file, rw-r--r--
    private const ushort DosDate1980 = (1 << 5) | 1;       // 1980-01-01; the time is 00:00
    private const ushort Deflate = 8;
    private const ushort Store = 0;

    public static byte[] Write(IReadOnlyList<(string Name, DeflatedPart Part)> entries)
    {
        var size = 22L;
        foreach (var (name, part) in entries) size += 30 + 46 + 2L * Encoding.UTF8.GetByteCount(name) + part.Data.Length;
        if (size > int.MaxValue || entries.Count > ushort.MaxValue) throw new InvalidOperationException("gói quá lớn để ghi không có ZIP64");

        var output = new byte[size];
        var at = 0;
        var offsets = new int[entries.Count];
        for (var i = 0; i < entries.Count; i++)
        {
            var (name, part) = entries[i];
            offsets[i] = at;
            at = Header(output, at, 0x04034b50, name, part, central: false);
            part.Data.CopyTo(output, at);
            at += part.Data.Length;
        }
        var directory = at;
        for (var i = 0; i < entries.Count; i++)
            at = Header(output, at, 0x02014b50, entries[i].Name, entries[i].Part, central: true, offsets[i]);

        var end = output.AsSpan(at);
        BinaryPrimitives.WriteUInt32LittleEndian(end, 0x06054b50);
        BinaryPrimitives.WriteUInt16LittleEndian(end[8..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt16LittleEndian(end[10..], (ushort)entries.Count);
        BinaryPrimitives.WriteUInt32LittleEndian(end[12..], (uint)(at - directory));
        BinaryPrimitives.WriteUInt32LittleEndian(end[16..], (uint)directory);
        return output;
    }

    /// <summary>A local header (30 bytes) or a central directory record (46 bytes), then the name; returns the offset after it.</summary>
    private static int Header(byte[] output, int at, uint signature, string name, DeflatedPart part, bool central, int localOffset = 0)
    {
        var span = output.AsSpan(at);
        BinaryPrimitives.WriteUInt32LittleEndian(span, signature);
        var field = span[4..];
        if (central)
        {
            BinaryPrimitives.WriteUInt16LittleEndian(field, VersionMadeBy);
            field = field[2..];
        }
        var utf8Name = !Ascii.IsValid(name);
        BinaryPrimitives.WriteUInt16LittleEndian(field, VersionNeeded);
        BinaryPrimitives.WriteUInt16LittleEndian(field[2..], (ushort)(utf8Name ? 1 << 11 : 0));
        BinaryPrimitives.WriteUInt16LittleEndian(field[4..], part.Stored ? Store : Deflate);
        BinaryPrimitives.WriteUInt16LittleEndian(field[6..], 0);
        BinaryPrimitives.WriteUInt16LittleEndian(field[8..], DosDate1980);
        BinaryPrimitives.WriteUInt32LittleEndian(field[10..], part.Crc32);
        BinaryPrimitives.WriteUInt32LittleEndian(field[14..], (uint)part.Data.Length);
        BinaryPrimitives.WriteUInt32LittleEndian(field[18..], (uint)part.Length);
        var nameLength = Encoding.UTF8.GetBytes(name, span[(central ? 46 : 30)..]);
        BinaryPrimitives.WriteUInt16LittleEndian(field[22..], (ushort)nameLength);
        BinaryPrimitives.WriteUInt16LittleEndian(field[24..], 0);
        if (central)
        {
            // Comment length, disk, internal attributes (zero), then external attributes and the local header's offset.
            BinaryPrimitives.WriteUInt32LittleEndian(span[38..], UnixFileReadable);
            BinaryPrimitives.WriteUInt32LittleEndian(span[42..], (uint)localOffset);
        }
        return at + (central ? 46 : 30) + nameLength;
    }
}

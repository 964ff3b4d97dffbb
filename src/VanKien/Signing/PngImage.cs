using System.Buffers.Binary;
using System.IO.Compression;

namespace VanKien.Signing;

/// <summary>
/// A PNG image read into 8-bit RGB samples and an 8-bit alpha channel (ISO/IEC 15948): every colour
/// type and bit depth but interlaced files, its palette and tRNS transparency applied, and its
/// physical size (pHYs) when the file records one — a seal's image is shown at its real size.
/// The CRC of each chunk is not checked; the zlib stream's own checksum is.
/// </summary>
internal sealed class PngImage
{
    public int Width { get; }
    public int Height { get; }

    /// <summary>Width × height × 3 bytes, row after row from the top.</summary>
    public byte[] Rgb { get; }

    /// <summary>Width × height bytes of opacity; null when every pixel is opaque.</summary>
    public byte[]? Alpha { get; }

    /// <summary>The image's size in points (1/72 inch) from its pHYs chunk, or null when it has no size in metres.</summary>
    public (double Width, double Height)? PhysicalSize { get; }

    private const long MaxPixels = 40_000_000;

    private static ReadOnlySpan<byte> Signature => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A];

    private PngImage(int width, int height, byte[] rgb, byte[]? alpha, (double, double)? size)
    {
        (Width, Height, Rgb, Alpha, PhysicalSize) = (width, height, rgb, alpha, size);
    }

    /// <summary>The image, or a <see cref="FormatException"/> saying in Vietnamese why the bytes are not one.</summary>
    public static PngImage Read(byte[] bytes)
    {
        if (bytes.Length < 8 || !bytes.AsSpan(0, 8).SequenceEqual(Signature)) throw new FormatException("không phải tệp PNG");
        int width = 0, height = 0, depth = 0, colour = -1;
        byte[]? palette = null, transparency = null;
        (double, double)? size = null;
        using var idat = new MemoryStream();
        var at = 8;
        var ended = false;
        while (!ended)
        {
            if (at + 8 > bytes.Length) throw new FormatException("tệp PNG bị cắt cụt");
            var length = BinaryPrimitives.ReadInt32BigEndian(bytes.AsSpan(at));
            var type = System.Text.Encoding.ASCII.GetString(bytes, at + 4, 4);
            if (length < 0 || at + 12L + length > bytes.Length) throw new FormatException("tệp PNG bị cắt cụt");
            var data = bytes.AsSpan(at + 8, length);
            switch (type)
            {
                case "IHDR":
                    if (length < 13) throw new FormatException("IHDR hỏng");
                    width = BinaryPrimitives.ReadInt32BigEndian(data);
                    height = BinaryPrimitives.ReadInt32BigEndian(data[4..]);
                    (depth, colour) = (data[8], data[9]);
                    if (data[12] != 0) throw new FormatException("ảnh PNG xen kẽ (interlaced): lưu lại ảnh không xen kẽ");
                    if (width <= 0 || height <= 0 || (long)width * height > MaxPixels) throw new FormatException($"kích thước ảnh {width}×{height} không dùng được");
                    if (!Valid(colour, depth)) throw new FormatException($"kiểu màu {colour}, {depth} bit không hợp lệ");
                    break;
                case "PLTE": palette = data.ToArray(); break;
                case "tRNS": transparency = data.ToArray(); break;
                case "pHYs" when length >= 9 && data[8] == 1:
                    var (x, y) = (BinaryPrimitives.ReadUInt32BigEndian(data), BinaryPrimitives.ReadUInt32BigEndian(data[4..]));
                    if (x > 0 && y > 0) size = (width / (double)x * 72 / 0.0254, height / (double)y * 72 / 0.0254);
                    break;
                case "IDAT": idat.Write(data); break;
                case "IEND": ended = true; break;
            }
            at += 12 + length;
        }
        if (colour < 0) throw new FormatException("thiếu IHDR");
        if (colour == 3 && palette is null) throw new FormatException("ảnh bảng màu thiếu PLTE");

        var channels = colour switch { 0 => 1, 2 => 3, 3 => 1, 4 => 2, _ => 4 };
        var bitsPerPixel = channels * depth;
        var stride = (width * bitsPerPixel + 7) / 8;
        var raw = new byte[(long)(stride + 1) * height];
        idat.Position = 0;
        try
        {
            using var inflate = new ZLibStream(idat, CompressionMode.Decompress);
            inflate.ReadExactly(raw);
        }
        catch (Exception ex) when (ex is InvalidDataException or EndOfStreamException)
        {
            throw new FormatException("dữ liệu ảnh PNG hỏng");
        }
        Unfilter(raw, stride, height, Math.Max(1, bitsPerPixel / 8));

        var rgb = new byte[(long)width * height * 3];
        var alpha = new byte[(long)width * height];
        var anyTransparent = false;
        for (var row = 0; row < height; row++)
        {
            var line = raw.AsSpan(row * (stride + 1) + 1, stride);
            for (var column = 0; column < width; column++)
            {
                var pixel = row * width + column;
                byte r, g, b, a = 255;
                switch (colour)
                {
                    case 0:
                        var grey = Sample(line, column, depth, 0, 1);
                        r = g = b = Scale(grey, depth);
                        if (transparency is { Length: >= 2 } && grey == BinaryPrimitives.ReadUInt16BigEndian(transparency)) a = 0;
                        break;
                    case 2:
                        var (sr, sg, sb) = (Sample(line, column, depth, 0, 3), Sample(line, column, depth, 1, 3), Sample(line, column, depth, 2, 3));
                        (r, g, b) = (Scale(sr, depth), Scale(sg, depth), Scale(sb, depth));
                        if (transparency is { Length: >= 6 } && sr == BinaryPrimitives.ReadUInt16BigEndian(transparency)
                            && sg == BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(2)) && sb == BinaryPrimitives.ReadUInt16BigEndian(transparency.AsSpan(4))) a = 0;
                        break;
                    case 3:
                        var index = Sample(line, column, depth, 0, 1);
                        if (index * 3 + 2 >= palette!.Length) throw new FormatException("chỉ số bảng màu ngoài bảng");
                        (r, g, b) = (palette[index * 3], palette[index * 3 + 1], palette[index * 3 + 2]);
                        if (transparency is not null && index < transparency.Length) a = transparency[index];
                        break;
                    case 4:
                        r = g = b = Scale(Sample(line, column, depth, 0, 2), depth);
                        a = Scale(Sample(line, column, depth, 1, 2), depth);
                        break;
                    default:
                        (r, g, b) = (Scale(Sample(line, column, depth, 0, 4), depth), Scale(Sample(line, column, depth, 1, 4), depth), Scale(Sample(line, column, depth, 2, 4), depth));
                        a = Scale(Sample(line, column, depth, 3, 4), depth);
                        break;
                }
                rgb[pixel * 3] = r;
                rgb[pixel * 3 + 1] = g;
                rgb[pixel * 3 + 2] = b;
                alpha[pixel] = a;
                anyTransparent |= a != 255;
            }
        }
        return new PngImage(width, height, rgb, anyTransparent ? alpha : null, size);
    }

    private static bool Valid(int colour, int depth) => colour switch
    {
        0 => depth is 1 or 2 or 4 or 8 or 16,
        3 => depth is 1 or 2 or 4 or 8,
        2 or 4 or 6 => depth is 8 or 16,
        _ => false,
    };

    /// <summary>Channel <paramref name="channel"/> of pixel <paramref name="column"/>, at its own depth.</summary>
    private static int Sample(ReadOnlySpan<byte> line, int column, int depth, int channel, int channels)
    {
        var index = column * channels + channel;
        return depth switch
        {
            8 => line[index],
            16 => (line[index * 2] << 8) | line[index * 2 + 1],
            _ => (line[index * depth / 8] >> (8 - depth - index * depth % 8)) & ((1 << depth) - 1),
        };
    }

    private static byte Scale(int sample, int depth) => depth switch
    {
        8 => (byte)sample,
        16 => (byte)(sample >> 8),
        _ => (byte)(sample * 255 / ((1 << depth) - 1)),
    };

    /// <summary>Undoes the five scanline filters (ISO/IEC 15948, 9) in place.</summary>
    private static void Unfilter(byte[] raw, int stride, int height, int bytesPerPixel)
    {
        for (var row = 0; row < height; row++)
        {
            var start = row * (stride + 1);
            var filter = raw[start];
            var line = raw.AsSpan(start + 1, stride);
            var previous = row == 0 ? Span<byte>.Empty : raw.AsSpan(start - stride, stride);
            for (var i = 0; i < stride; i++)
            {
                int left = i >= bytesPerPixel ? line[i - bytesPerPixel] : 0;
                int up = previous.IsEmpty ? 0 : previous[i];
                int corner = !previous.IsEmpty && i >= bytesPerPixel ? previous[i - bytesPerPixel] : 0;
                line[i] = filter switch
                {
                    0 => line[i],
                    1 => (byte)(line[i] + left),
                    2 => (byte)(line[i] + up),
                    3 => (byte)(line[i] + (left + up) / 2),
                    4 => (byte)(line[i] + Paeth(left, up, corner)),
                    _ => throw new FormatException($"bộ lọc dòng {filter} không hợp lệ"),
                };
            }
        }
    }

    private static int Paeth(int a, int b, int c)
    {
        var p = a + b - c;
        var (pa, pb, pc) = (Math.Abs(p - a), Math.Abs(p - b), Math.Abs(p - c));
        return pa <= pb && pa <= pc ? a : pb <= pc ? b : c;
    }
}

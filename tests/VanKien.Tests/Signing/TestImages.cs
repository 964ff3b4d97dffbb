using System.Buffers.Binary;
using System.IO.Compression;

namespace VanKien.Tests.Signing;

/// <summary>
/// PNG files made for a test, with inks of one colour each so that a rendered page tells them apart:
/// a blue signature that fills its box to the edges (a frame and a stroke across), a red seal ring that
/// touches its square's sides; each with a physical size (pHYs) so that "real size" can be measured.
/// </summary>
internal static class TestImages
{
    public const int Dpi = 300;

    /// <summary>600 × 300 px at 300 dpi: 50.8 × 25.4 mm (144 × 72 pt).</summary>
    public static string Signature(string folder) =>
        Write(Path.Combine(folder, "chu-ky.png"), 600, 300, Dpi, (x, y) =>
            x < 12 || x >= 588 || y < 12 || y >= 288 || Math.Abs(y - x / 2.0) < 6 ? ((byte)20, (byte)40, (byte)200, (byte)255) : default);

    /// <summary>A ring 425 px across at 300 dpi: 36 mm, a seal's size (102 pt).</summary>
    public static string Seal(string folder, bool physicalSize = true) =>
        Write(Path.Combine(folder, "dau.png"), 425, 425, physicalSize ? Dpi : null, (x, y) =>
        {
            var r = Math.Sqrt(Math.Pow(x + 0.5 - 212.5, 2) + Math.Pow(y + 0.5 - 212.5, 2));
            return r is >= 180 and <= 212.5 ? ((byte)220, (byte)20, (byte)30, (byte)255) : default;
        });

    public static string Write(string path, int width, int height, int? dpi, Func<int, int, (byte R, byte G, byte B, byte A)> pixel)
    {
        var raw = new byte[(width * 4 + 1) * height];
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var (r, g, b, a) = pixel(x, y);
                var at = y * (width * 4 + 1) + 1 + x * 4;
                (raw[at], raw[at + 1], raw[at + 2], raw[at + 3]) = (r, g, b, a);
            }
        using var file = new MemoryStream();
        file.Write([0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A]);
        var header = new byte[13];
        BinaryPrimitives.WriteInt32BigEndian(header, width);
        BinaryPrimitives.WriteInt32BigEndian(header.AsSpan(4), height);
        (header[8], header[9]) = (8, 6);
        Chunk(file, "IHDR", header);
        if (dpi is { } d)
        {
            var phys = new byte[9];
            var perMetre = (uint)Math.Round(d / 0.0254);
            BinaryPrimitives.WriteUInt32BigEndian(phys, perMetre);
            BinaryPrimitives.WriteUInt32BigEndian(phys.AsSpan(4), perMetre);
            phys[8] = 1;
            Chunk(file, "pHYs", phys);
        }
        using (var deflated = new MemoryStream())
        {
            using (var zlib = new ZLibStream(deflated, CompressionLevel.Fastest, leaveOpen: true)) zlib.Write(raw);
            Chunk(file, "IDAT", deflated.ToArray());
        }
        Chunk(file, "IEND", []);
        File.WriteAllBytes(path, file.ToArray());
        return path;
    }

    private static void Chunk(Stream output, string type, byte[] data)
    {
        Span<byte> length = stackalloc byte[4];
        BinaryPrimitives.WriteInt32BigEndian(length, data.Length);
        output.Write(length);
        var typed = System.Text.Encoding.ASCII.GetBytes(type).Concat(data).ToArray();
        output.Write(typed);
        BinaryPrimitives.WriteUInt32BigEndian(length, System.IO.Hashing.Crc32.HashToUInt32(typed));
        output.Write(length);
    }
}

/// <summary>A page rendered in colour by pdftoppm (PPM, P6), asked where ink of one colour is.</summary>
internal sealed class ColourPage(int width, int height, byte[] pixels, double dpi)
{
    public static ColourPage Render(string pdf, int page, double dpi = 144)
    {
        var prefix = Path.Combine(Support.Repo.NewTempFolder(), "page");
        var result = Support.ExternalTool.Run("pdftoppm", ["-r", $"{dpi}", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, prefix]);
        Assert.True(result.ExitCode == 0, result.Error);
        var bytes = File.ReadAllBytes(prefix + ".ppm");
        var (fields, at) = Support.Pgm.Header(bytes);
        return new ColourPage(int.Parse(fields[1]), int.Parse(fields[2]), bytes[at..], dpi);
    }

    /// <summary>The box, in points from the page's top left, of every pixel <paramref name="ink"/> accepts; null when none does.</summary>
    public (double Left, double Top, double Right, double Bottom)? Box(Func<byte, byte, byte, bool> ink)
    {
        int left = int.MaxValue, top = int.MaxValue, right = -1, bottom = -1;
        for (var y = 0; y < height; y++)
            for (var x = 0; x < width; x++)
            {
                var at = 3 * (y * width + x);
                if (!ink(pixels[at], pixels[at + 1], pixels[at + 2])) continue;
                (left, top, right, bottom) = (Math.Min(left, x), Math.Min(top, y), Math.Max(right, x), Math.Max(bottom, y));
            }
        var scale = 72 / dpi;
        return right < 0 ? null : (left * scale, top * scale, (right + 1) * scale, (bottom + 1) * scale);
    }

    public static bool Blue(byte r, byte g, byte b) => b > 150 && r < 90 && g < 110;
    public static bool Red(byte r, byte g, byte b) => r > 150 && g < 90 && b < 90;
    public static bool Dark(byte r, byte g, byte b) => r < 100 && g < 100 && b < 100;
}

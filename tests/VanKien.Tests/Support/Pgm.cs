namespace VanKien.Tests.Support;

/// <summary>
/// A page rendered by pdftoppm as a greyscale PGM (P5), to ask where ink is — an independent look
/// at what LibreOffice drew, not at the text it extracted.
/// </summary>
internal sealed class Pgm
{
    private readonly byte[] _pixels;

    private Pgm(int width, int height, byte[] pixels)
    {
        Width = width;
        Height = height;
        _pixels = pixels;
    }

    public int Width { get; }

    public int Height { get; }

    public static Pgm Render(string pdf, int page, int dpi = 40)
    {
        var prefix = Path.Combine(Repo.NewTempFolder(), "page");
        var result = ExternalTool.Run("pdftoppm", ["-gray", "-r", $"{dpi}", "-f", $"{page}", "-l", $"{page}", "-singlefile", pdf, prefix]);
        Assert.True(result.ExitCode == 0, result.Error);
        return Read(File.ReadAllBytes(prefix + ".pgm"));
    }

    /// <summary>A netpbm file's header (magic, width, height, max value) and where its pixels start: PGM and PPM alike.</summary>
    public static (List<string> Fields, int Data) Header(byte[] bytes)
    {
        var fields = new List<string>();
        var at = 0;
        while (fields.Count < 4)
        {
            while (char.IsWhiteSpace((char)bytes[at])) at++;
            var start = at;
            while (!char.IsWhiteSpace((char)bytes[at])) at++;
            fields.Add(System.Text.Encoding.ASCII.GetString(bytes, start, at - start));
        }
        return (fields, at + 1);
    }

    public static Pgm Read(byte[] bytes)
    {
        // Header: "P5", width, height, max value, each separated by white space; then one byte a pixel.
        var (fields, at) = Header(bytes);
        Assert.Equal("P5", fields[0]);
        var (width, height) = (int.Parse(fields[1]), int.Parse(fields[2]));
        return new Pgm(width, height, bytes[at..(at + width * height)]);
    }

    /// <summary>How many pixels of the page have each grey level (0 black – 255 white).</summary>
    public int[] Levels()
    {
        var counts = new int[256];
        foreach (var pixel in _pixels) counts[pixel]++;
        return counts;
    }

    /// <summary>The share of dark pixels in a region given in fractions of the page (0–1).</summary>
    public double Ink(double left, double top, double right, double bottom)
    {
        int x0 = (int)(left * Width), x1 = (int)(right * Width), y0 = (int)(top * Height), y1 = (int)(bottom * Height);
        var dark = 0;
        for (var y = y0; y < y1; y++)
            for (var x = x0; x < x1; x++)
                if (_pixels[y * Width + x] < 128) dark++;
        return (double)dark / Math.Max(1, (x1 - x0) * (y1 - y0));
    }
}

using System.Globalization;
using System.Text;
using VanKien.Writing.Docx;

namespace VanKien.Signing;

/// <summary>A rectangle in a page's space (points, origin at the page's lower left).</summary>
internal sealed record Box(double X, double Y, double Width, double Height)
{
    public double Right => X + Width;
    public double Top => Y + Height;

    public Box Union(Box other)
    {
        var (x, y) = (Math.Min(X, other.X), Math.Min(Y, other.Y));
        return new Box(x, y, Math.Max(Right, other.Right) - x, Math.Max(Top, other.Top) - y);
    }
}

/// <summary>Why a signature cannot be shown as the standard places it: a message and a hint, in Vietnamese.</summary>
internal sealed class AppearanceException(string message, string hint) : Exception(message)
{
    public string Hint { get; } = hint;
}

/// <summary>
/// What a signature shows on the page and where, by NĐ 30/2020/NĐ-CP, Phụ lục I, phần II (the
/// electronic form): the signer's signature as the image of their paper signature, centred between
/// the position line and the name; the organisation's as the image of its seal at its real size over
/// about the left third of the signer's image, with its information — the organisation's name and the
/// signing time in ISO 8601 with Việt Nam's offset — in Times New Roman 10, upright, black; and on an
/// appendix in the same file, at the top right of its first page, the document's number and symbol and
/// the time, without an image. Every place is read from the printed PDF's named destinations (see
/// <see cref="SignaturePlaces"/>), none guessed.
/// </summary>
internal sealed class SignatureAppearance
{
    /// <summary>One widget: its page, its rectangle, and its appearance's content in the rectangle's own space.</summary>
    public sealed record Widget(int Page, Box Rect, string Content, IReadOnlyList<PngImage> Images, string? Text = null);

    public const double InfoSize = 10;
    private const double InfoLeading = 12;
    private const double PointsPerMm = 72 / 25.4;

    public IReadOnlyList<Widget> Widgets { get; }

    /// <summary>The font the information is set in, and each glyph used with the character it shows; null when no text is drawn.</summary>
    public TrueTypeFont? Font { get; }
    public IReadOnlyDictionary<int, int> Glyphs { get; }

    /// <summary>"Signer" or "Organisation": the word a field's name ends with, by which the organisation finds the signer's image.</summary>
    public string Role { get; }

    public const string SignerRole = "người ký";
    public const string OrganisationRole = "cơ quan";

    private SignatureAppearance(string role, IReadOnlyList<Widget> widgets, TrueTypeFont? font, IReadOnlyDictionary<int, int> glyphs)
    {
        (Role, Widgets, Font, Glyphs) = (role, widgets, font, glyphs);
    }

    /// <summary>The printed positions a signature needs, read from the PDF's named destinations.</summary>
    public sealed record Places(int Page, double PositionTop, double RoomTop, double RoomCentre, double NameTop, double PageWidth,
        (int Page, double Top, double RightEdge)? Appendix);

    /// <summary>The places, or null when the PDF has none of VanKien's: it was not built by <c>vankien build --format pdf</c>.</summary>
    public static Places? Find(PdfStructure structure)
    {
        var destinations = structure.Destinations();
        if (!destinations.TryGetValue(SignaturePlaces.Room, out var room) || !destinations.TryGetValue(SignaturePlaces.Name, out var name)
            || name.Page != room.Page || name.Y >= room.Y)
            return null;
        var position = destinations.TryGetValue(SignaturePlaces.Position, out var p) && p.Page == room.Page && p.Y > room.Y ? p.Y : room.Y + 16;
        (int, double, double)? appendix = null;
        foreach (var (key, destination) in destinations)
        {
            if (!key.StartsWith(SignaturePlaces.AppendixPrefix, StringComparison.Ordinal)
                || !int.TryParse(key.AsSpan(SignaturePlaces.AppendixPrefix.Length), NumberStyles.None, CultureInfo.InvariantCulture, out var margin)) continue;
            var box = structure.MediaBox(destination.Page);
            appendix = (destination.Page, destination.Y, box[2] - margin / 20.0);
        }
        var page = structure.MediaBox(room.Page);
        return new Places(room.Page, position, room.Y, room.X, name.Y, page[2] - page[0], appendix);
    }

    /// <summary>The signer's image, centred between the position line and the name, at its real size where the file records one and the room allows.</summary>
    public static SignatureAppearance Signer(Places places, PngImage image)
    {
        var box = SignerBox(places, image);
        var content = $"q {F(box.Width)} 0 0 {F(box.Height)} 0 0 cm /Im0 Do Q\n";
        return new SignatureAppearance(SignerRole, [new Widget(places.Page, box, content, [image])], null, new Dictionary<int, int>());
    }

    /// <summary>Where the signer's image goes: within the 30 mm room's height and the signature column's width.</summary>
    public static Box SignerBox(Places places, PngImage image)
    {
        var roomHeight = places.RoomTop - places.NameTop;
        // The column is centred on the room's bookmark; it reaches no nearer the page's right edge than the standard's least right margin, 15 mm.
        var columnWidth = 2 * (places.PageWidth - 15 * PointsPerMm - places.RoomCentre);
        var (width, height) = image.PhysicalSize ?? (roomHeight * image.Width / image.Height, roomHeight);
        var scale = Math.Min(1, Math.Min(roomHeight / height, columnWidth / width));
        (width, height) = (width * scale, height * scale);
        return new Box(places.RoomCentre - width / 2, (places.RoomTop + places.NameTop) / 2 - height / 2, width, height);
    }

    /// <summary>
    /// The organisation's seal over the left third of the signer's image (<paramref name="signer"/>, as
    /// the signer's signature placed it; where there is none, where a signature the room's height and
    /// twice as wide would be), its information under the signer's name, and on an appendix its number
    /// and the time at the top right of the appendix's first page.
    /// </summary>
    public static SignatureAppearance Organisation(Places places, PngImage seal, double sealWidth, Box? signer, string name, string? number,
        DateTimeOffset time, TrueTypeFont font)
    {
        var roomHeight = places.RoomTop - places.NameTop;
        var signature = signer ?? new Box(places.RoomCentre - roomHeight, places.NameTop, 2 * roomHeight, roomHeight);
        var sealHeight = sealWidth * seal.Height / seal.Width;
        var sealBox = new Box(signature.X + signature.Width / 3 - sealWidth, signature.Y + signature.Height / 2 - sealHeight / 2, sealWidth, sealHeight);

        var glyphs = new Dictionary<int, int>();
        var when = Iso8601(time);
        string[] lines = [name, when];
        // Under the name line (as tall as the position line); where the page has no room left there, above the signature block.
        var lineHeight = places.PositionTop - places.RoomTop;
        var blockHeight = InfoLeading * lines.Length;
        var blockTop = places.NameTop - lineHeight - 2;
        if (blockTop - blockHeight < 10 * PointsPerMm) blockTop = places.PositionTop + lineHeight + blockHeight + 2;
        var (textBox, text) = TextBlock(font, lines, places.RoomCentre, blockTop, Align.Centre, glyphs);

        var rect = sealBox.Union(textBox);
        var content = new StringBuilder()
            .Append($"q {F(sealBox.Width)} 0 0 {F(sealBox.Height)} {F(sealBox.X - rect.X)} {F(sealBox.Y - rect.Y)} cm /Im0 Do Q\n")
            .Append(Shift(text, rect))
            .ToString();
        var widgets = new List<Widget> { new(places.Page, rect, content, [seal]) };

        if (places.Appendix is { } appendix)
        {
            string[] appendixLines = number is { Length: > 0 } ? [number, when] : [when];
            // In the top margin, its last line just above the appendix's first.
            var top = appendix.Top + 4 + InfoLeading * appendixLines.Length;
            var (box, appendixText) = TextBlock(font, appendixLines, appendix.RightEdge, top, Align.Right, glyphs);
            widgets.Add(new Widget(appendix.Page, box, Shift(appendixText, box), [], $"{name}: {string.Join(", ", appendixLines)}"));
        }
        return new SignatureAppearance(OrganisationRole, widgets, font, glyphs);
    }

    /// <summary>"2026-12-08T09:18:55+07:00".</summary>
    public static string Iso8601(DateTimeOffset time) => time.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    private enum Align { Centre, Right }

    /// <summary>Lines of 10 pt text, each a line of the block from <paramref name="top"/> down; drawn in page space, to be shifted into a widget's.</summary>
    private static (Box Box, List<(double X, double Y, string Hex)> Text) TextBlock(TrueTypeFont font, IReadOnlyList<string> lines, double anchor, double top,
        Align align, Dictionary<int, int> glyphs)
    {
        var ascent = InfoSize * font.Ascender / font.UnitsPerEm;
        var descent = -InfoSize * font.Descender / font.UnitsPerEm;
        var drawn = new List<(double, double, string)>();
        Box? box = null;
        for (var i = 0; i < lines.Count; i++)
        {
            var line = lines[i].Normalize(NormalizationForm.FormC);
            if (!font.Covers(line))
                throw new AppearanceException($"phông '{font.PostScriptName}' ({font.Path}) không có đủ chữ để in '{line}'", "cài phông Times New Roman có chữ tiếng Việt");
            var width = font.Width(line, InfoSize);
            var x = align == Align.Centre ? anchor - width / 2 : anchor - width;
            var baseline = top - ascent - i * InfoLeading;
            var hex = new StringBuilder();
            foreach (var rune in line.EnumerateRunes())
            {
                var glyph = font.Glyph(rune.Value);
                glyphs.TryAdd(glyph, rune.Value);
                hex.Append(glyph.ToString("X4", CultureInfo.InvariantCulture));
            }
            drawn.Add((x, baseline, hex.ToString()));
            var lineBox = new Box(x, baseline - descent, width, ascent + descent);
            box = box is null ? lineBox : box.Union(lineBox);
        }
        return (box!, drawn);
    }

    private static string Shift(List<(double X, double Y, string Hex)> text, Box rect)
    {
        var s = new StringBuilder();
        foreach (var (x, y, hex) in text)
            s.Append($"BT /F1 {F(InfoSize)} Tf 0 0 0 rg 1 0 0 1 {F(x - rect.X)} {F(y - rect.Y)} Tm <{hex}> Tj ET\n");
        return s.ToString();
    }

    internal static string F(double value) => Math.Round(value, 3).ToString("0.###", CultureInfo.InvariantCulture);
}

using System.Globalization;

namespace VanKien.Writing.Docx;

/// <summary>Conversions to WordprocessingML's units.</summary>
internal static class Units
{
    /// <summary>Twentieths of a point: 1 mm = 1440 / 25.4 twips.</summary>
    public static int Twips(double millimetres) => (int)Math.Round(millimetres * 1440 / 25.4, MidpointRounding.AwayFromZero);

    public static int TwipsFromPoints(double points) => (int)Math.Round(points * 20, MidpointRounding.AwayFromZero);

    /// <summary>Font sizes are in half-points.</summary>
    public static string HalfPoints(double points) => ((int)Math.Round(points * 2)).ToString(CultureInfo.InvariantCulture);

    /// <summary>
    /// About how wide a line of bold text is, from its characters: a bold letter of Times New Roman
    /// takes about 0,55 of its size. For what the writer sizes around a text it does not lay out
    /// (a rule under a line, a box around a word), never for the text's own layout.
    /// </summary>
    public static int EstimatedWidthTwips(int characters, double points) => (int)Math.Round(characters * points * 20 * 0.55);

    public static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}

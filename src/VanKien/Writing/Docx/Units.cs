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

    public static string Str(int value) => value.ToString(CultureInfo.InvariantCulture);
}

using System.Collections.Concurrent;
using System.Text;

namespace VanKien.Writing.Packaging;

/// <summary>
/// The small generated parts that repeat from one output to the next (content types and
/// relationships of a document without charts, the application's properties), deflated once
/// per process and found again by their text.
/// </summary>
internal static class SharedParts
{
    /// <summary>Enough for every shape of package a run writes; past it a part is deflated each time.</summary>
    private const int Capacity = 256;
    private static readonly ConcurrentDictionary<string, DeflatedPart> Parts = new(StringComparer.Ordinal);

    public static DeflatedPart Deflated(string xml)
    {
        if (Parts.TryGetValue(xml, out var part)) return part;
        part = DeflatedPart.Of(Encoding.UTF8.GetBytes(xml));
        if (Parts.Count < Capacity) Parts.TryAdd(xml, part);
        return part;
    }
}

namespace VanKien.Text;

/// <summary>
/// Finds a piece in a long text, and whether it stands there only once, in time that grows with the
/// piece and the rarest run of its characters rather than with the text: every run of
/// <see cref="Gram"/> characters of the text is hashed once and sorted, and a piece is looked for only
/// where its rarest run stands. A review of n changes to a source of n paragraphs looks n pieces up;
/// searched from the top each time, that is n times the source.
/// </summary>
public sealed class TextIndex(string text)
{
    private const int Gram = 8;

    private (int[] Hashes, int[] Positions)? _sorted;

    /// <summary>Where <paramref name="piece"/> first stands and whether that is its only place; null when absent.</summary>
    public (int First, bool Unique)? Find(string piece)
    {
        if (piece.Length < Gram || text.Length < Gram)
        {
            var first = text.IndexOf(piece, StringComparison.Ordinal);
            return first < 0 ? null : (first, text.IndexOf(piece, first + 1, StringComparison.Ordinal) < 0);
        }
        var (hashes, positions) = _sorted ??= Sort(text);
        // The run of the piece that stands least often in the text: its places are the only candidates.
        (int From, int To, int Offset) rarest = (0, int.MaxValue, 0);
        for (var offset = 0; offset + Gram <= piece.Length; offset++)
        {
            var (from, to) = EqualRange(hashes, string.GetHashCode(piece.AsSpan(offset, Gram)));
            if (to - from < rarest.To - rarest.From) rarest = (from, to, offset);
            if (from == to) return null;
        }
        int? found = null;
        var count = 0;
        for (var i = rarest.From; i < rarest.To; i++)
        {
            var start = positions[i] - rarest.Offset;
            if (start < 0 || start + piece.Length > text.Length || !text.AsSpan(start, piece.Length).SequenceEqual(piece)) continue;
            count++;
            found = found is { } f ? Math.Min(f, start) : start;
        }
        return found is { } place ? (place, count == 1) : null;
    }

    private static (int[] Hashes, int[] Positions) Sort(string text)
    {
        var count = text.Length - Gram + 1;
        var hashes = new int[count];
        var positions = new int[count];
        for (var i = 0; i < count; i++)
        {
            hashes[i] = string.GetHashCode(text.AsSpan(i, Gram));
            positions[i] = i;
        }
        Array.Sort(hashes, positions);
        return (hashes, positions);
    }

    private static (int From, int To) EqualRange(int[] sorted, int value)
    {
        int low = 0, high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid] < value) low = mid + 1; else high = mid;
        }
        var from = low;
        high = sorted.Length;
        while (low < high)
        {
            var mid = (low + high) >>> 1;
            if (sorted[mid] <= value) low = mid + 1; else high = mid;
        }
        return (from, low);
    }
}

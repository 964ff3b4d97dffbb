namespace VanKien.Text;

/// <summary>
/// Where each line of a text starts, found once, so that an offset's line and column cost a binary
/// search rather than a count from the top (which, asked for each of n places, costs n times the text).
/// </summary>
public sealed class LineMap(string text)
{
    private int[]? _starts;

    private int[] Starts => _starts ??= Compute(text);

    private static int[] Compute(string text)
    {
        var starts = new List<int> { 0 };
        for (var at = text.IndexOf('\n'); at >= 0; at = text.IndexOf('\n', at + 1)) starts.Add(at + 1);
        return [.. starts];
    }

    /// <summary>The 0-based line holding <paramref name="index"/>.</summary>
    public int LineOf(int index)
    {
        var found = Array.BinarySearch(Starts, index);
        return found >= 0 ? found : ~found - 1;
    }

    /// <summary>How many lines the text has.</summary>
    public int Count => Starts.Length;

    /// <summary>The index of a 1-based line and column; null for a line the text does not have.</summary>
    public int? IndexOf(int line, int column) =>
        line < 1 || line > Starts.Length ? null : Math.Min(text.Length, Starts[line - 1] + Math.Max(0, column - 1));

    /// <summary>The 1-based line and column of <paramref name="index"/>.</summary>
    public (int Line, int Column) Position(int index)
    {
        var line = LineOf(index);
        return (line + 1, index - Starts[line] + 1);
    }
}

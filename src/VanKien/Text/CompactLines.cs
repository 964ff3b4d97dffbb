using System.Collections;
using System.Text;

namespace VanKien.Text;

/// <summary>
/// The lines of a text, kept as UTF-8 and decoded when one is asked for. A document keeps its
/// decoded source for the checks that scan it; as UTF-16 strings, one per line, the sources of a
/// repository of 10,000 documents alone took a few hundred megabytes.
/// </summary>
public sealed class CompactLines : IReadOnlyList<string>
{
    private readonly byte[] _utf8;
    private readonly int[] _starts; // the offset of each line, then one past the end

    public CompactLines(string text)
    {
        _utf8 = Encoding.UTF8.GetBytes(text);
        var starts = new List<int> { 0 };
        for (var i = 0; i < _utf8.Length; i++)
            if (_utf8[i] == (byte)'\n') starts.Add(i + 1);
        starts.Add(_utf8.Length + 1);
        _starts = [.. starts];
    }

    /// <summary>The text as UTF-8, as it was given.</summary>
    public ReadOnlySpan<byte> Utf8 => _utf8;

    /// <summary>As <c>text.Split('\n')</c> counts them: a text ending in a newline has an empty last line.</summary>
    public int Count => _starts.Length - 1;

    public string this[int index]
    {
        get
        {
            ArgumentOutOfRangeException.ThrowIfNegative(index);
            ArgumentOutOfRangeException.ThrowIfGreaterThanOrEqual(index, Count);
            var start = _starts[index];
            var end = _starts[index + 1] - 1; // without the newline
            return Encoding.UTF8.GetString(_utf8, start, end - start);
        }
    }

    public IEnumerator<string> GetEnumerator()
    {
        for (var i = 0; i < Count; i++) yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}

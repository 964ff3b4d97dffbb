using VanKien.Model;
using VanKien.Text;

namespace VanKien.Writing.Docx;

/// <summary>
/// A table header printed without breaking inside a word. Vietnamese writes a word as syllables
/// parted by spaces ("Kết quả", "Giá trị"), so a narrow column would break "Kết / quả". A short
/// header (three syllables or fewer) is held on one line; a four-syllable one is the two
/// two-syllable words such headers are made of ("Giá trị đề ra", "Thời gian thực hiện") and breaks
/// only between them; a longer one, or one with its own punctuation, breaks where the renderer likes.
/// The column is then made at least as wide as the longest line so held.
/// </summary>
internal static class HeaderWords
{
    private const double HeaderSize = 13;
    private const int CellMarginsTwips = 2 * 85 + 60;

    public static string KeepTogether(string text)
    {
        var syllables = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (syllables.Length < 2 || syllables.Any(s => !s.All(char.IsLetter))) return text;
        var join = NoBreakGroups.NoBreakSpace.ToString();
        return syllables.Length switch
        {
            <= 3 => string.Join(join, syllables),
            4 => $"{syllables[0]}{join}{syllables[1]} {syllables[2]}{join}{syllables[3]}",
            _ => text,
        };
    }

    /// <summary>The width a column needs for its header's longest line that may not break, in twips.</summary>
    public static int WidestLineTwips(IReadOnlyList<Inline> header)
    {
        var text = KeepTogether(string.Concat(header.OfType<TextRun>().Select(r => r.Text)));
        var widest = text.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(line => PrintedWidth.Points(line, HeaderSize, bold: true)).DefaultIfEmpty(0).Max();
        return (int)Math.Ceiling(widest * 20) + CellMarginsTwips;
    }
}

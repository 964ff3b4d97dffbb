using DiffPlex;

namespace VanKien.Diffing;

/// <summary>One step of an edit script between two sequences.</summary>
public readonly record struct Edit(EditKind Kind, int OldIndex, int NewIndex);

public enum EditKind
{
    Equal,
    Delete,
    Insert,
}

/// <summary>
/// The longest-common-subsequence edit script between two sequences of strings (paragraphs,
/// words), computed by DiffPlex: equal items in order, deletions before insertions in each gap.
/// </summary>
public static class SequenceDiff
{
    private const char Separator = '\u0001';

    public static IReadOnlyList<Edit> Between(IReadOnlyList<string> older, IReadOnlyList<string> newer)
    {
        var result = new Differ().CreateCustomDiffs(
            string.Join(Separator, older.Select(Escape)), string.Join(Separator, newer.Select(Escape)), false,
            text => text.Length == 0 ? [] : text.Split(Separator));
        var edits = new List<Edit>();
        int a = 0, b = 0;
        foreach (var block in result.DiffBlocks)
        {
            while (a < block.DeleteStartA && b < block.InsertStartB) edits.Add(new Edit(EditKind.Equal, a++, b++));
            for (var i = 0; i < block.DeleteCountA; i++) edits.Add(new Edit(EditKind.Delete, a++, -1));
            for (var i = 0; i < block.InsertCountB; i++) edits.Add(new Edit(EditKind.Insert, -1, b++));
        }
        while (a < older.Count && b < newer.Count) edits.Add(new Edit(EditKind.Equal, a++, b++));
        while (a < older.Count) edits.Add(new Edit(EditKind.Delete, a++, -1));
        while (b < newer.Count) edits.Add(new Edit(EditKind.Insert, -1, b++));
        return edits;
    }

    /// <summary>Words and the white space between them, as separate pieces that join back into the text exactly.</summary>
    public static IReadOnlyList<string> Words(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\S+|\s+").Select(m => m.Value).ToList();

    /// <summary>
    /// The word-level diff of two texts as pieces, neighbours of one kind joined ("{+đầy đủ +}", not
    /// "{+đầy +}{+đủ +}"); a space alone between two changes is folded into them.
    /// </summary>
    public static IReadOnlyList<(EditKind Kind, string Text)> WordPieces(string older, string newer)
    {
        var a = Words(older);
        var b = Words(newer);
        var pieces = Between(a, b).Select(e => (e.Kind, Text: e.Kind == EditKind.Insert ? b[e.NewIndex] : a[e.OldIndex])).ToList();
        var joined = new List<(EditKind Kind, string Text)>();
        foreach (var piece in pieces)
        {
            if (joined.Count > 0 && joined[^1].Kind == piece.Kind)
                joined[^1] = (piece.Kind, joined[^1].Text + piece.Text);
            else
                joined.Add(piece);
        }
        return joined;
    }

    /// <summary>Dice similarity of two texts' word sets (case-folded): 1 for the same words, 0 for none shared.</summary>
    public static double Similarity(string a, string b)
    {
        var x = WordSet(a);
        var y = WordSet(b);
        if (x.Count == 0 && y.Count == 0) return 1;
        return 2.0 * x.Intersect(y).Count() / (x.Count + y.Count);
    }

    private static HashSet<string> WordSet(string text) =>
        System.Text.RegularExpressions.Regex.Split(text.ToLowerInvariant(), @"[^\p{L}\p{N}]+").Where(w => w.Length > 0).ToHashSet();

    // The separator must not occur inside an item.
    private static string Escape(string item) => item.Replace(Separator, ' ');
}

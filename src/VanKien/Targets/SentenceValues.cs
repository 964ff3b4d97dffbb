using VanKien.Text;

namespace VanKien.Targets;

/// <summary>
/// One value of a sentence that states several: its place in the sentence (1-based), the words
/// that show it («15% hộ nghèo»), what it measures (<see cref="Phrase.Noun"/>) and the value.
/// </summary>
public sealed record SentenceValue(int Position, string Words, string Noun, TargetValue Value);

/// <summary>
/// The values a sentence states, each with the words it measures, and their pairing with the
/// values of a parent's sentence: a child's value is held to the parent's value of the same noun
/// ("… 95% hộ dùng nước sạch, 3% hộ nghèo" against "… 90% hộ dùng nước sạch, 4% hộ nghèo").
/// </summary>
public static class SentenceValues
{
    /// <summary>Every value of the sentence in order; one tied to a year is a one-milestone value.</summary>
    public static IReadOnlyList<SentenceValue> Of(PhraseParser phrases, string sentence)
    {
        var text = VietnameseText.Nfc(sentence);
        var all = phrases.Parse(text);
        return [.. all.Select((p, i) => new SentenceValue(i + 1, WordsOf(text, p),
            p.Noun.Length > 0 ? p.Noun : NounBefore(text, p, i > 0 ? all[i - 1].Index + all[i - 1].Length : 0),
            p.Year is { } year ? new MilestoneValue([new Milestone(year, p.Value)]) : p.Value))];
    }

    /// <summary>Whether the sentence states milestones (every value tied to a year): those are one value over time, not several.</summary>
    public static bool AreMilestones(PhraseParser phrases, string sentence) =>
        phrases.Parse(sentence) is { Count: >= 2 } all && all.All(p => p.Year is not null);

    public sealed record Pairing(
        IReadOnlyList<(SentenceValue Child, SentenceValue Parent)> Pairs,
        IReadOnlyList<SentenceValue> ChildOnly,
        IReadOnlyList<SentenceValue> ParentOnly);

    /// <summary>
    /// Pairs by what each value measures: first the same words; then, in order, a value whose
    /// words begin the other's (or that names none) and that compares with it (same unit,
    /// direction or scale). What stays unpaired is returned on its side.
    /// </summary>
    public static Pairing Pair(IReadOnlyList<SentenceValue> child, IReadOnlyList<SentenceValue> parent)
    {
        var pairs = new List<(SentenceValue, SentenceValue)>();
        var paired = new HashSet<int>();
        var byNoun = new Dictionary<string, Queue<SentenceValue>>(StringComparer.Ordinal);
        foreach (var p in parent.Where(p => p.Noun.Length > 0))
            (byNoun.TryGetValue(p.Noun, out var same) ? same : byNoun[p.Noun] = new Queue<SentenceValue>()).Enqueue(p);
        var freeChild = new List<SentenceValue>();
        foreach (var c in child)
        {
            if (c.Noun.Length > 0 && byNoun.TryGetValue(c.Noun, out var same) && same.TryDequeue(out var p))
            {
                pairs.Add((c, p));
                paired.Add(p.Position);
            }
            else freeChild.Add(c);
        }
        var freeParent = parent.Where(p => !paired.Contains(p.Position)).ToList();
        // The second pass compares each unpaired value with each: a sentence states a handful, and a
        // hostile one of thousands is held to its first few rather than to quadratic time.
        foreach (var c in freeChild.Take(MostCompared).ToList())
        {
            Diagnostics.WorkBudget.Check();
            if (freeParent.Take(MostCompared).FirstOrDefault(p => Near(c.Noun, p.Noun) && Strength.Compare(c.Value, p.Value).Verdict != StrengthVerdict.Incomparable) is not { } p) continue;
            pairs.Add((c, p));
            freeChild.Remove(c);
            freeParent.Remove(p);
        }
        return new Pairing([.. pairs.OrderBy(x => x.Item1.Position)], freeChild, freeParent);
    }

    private const int MostCompared = 64;

    private static bool Near(string a, string b) =>
        a.Length == 0 || b.Length == 0 || a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    /// <summary>
    /// What a value measures when no words follow it: the words before it in its clause, "tỷ lệ hộ
    /// nghèo" of "tỷ lệ hộ nghèo dưới 3%", without the verbs that only introduce it ("đạt", "có").
    /// Never the value before it: "90% đảng viên hoàn thành tốt nhiệm vụ trở lên" measures the level
    /// by "đảng viên", not by "90% đảng viên", or a child that raises 90% to 92% would measure
    /// something else.
    /// </summary>
    private static string NounBefore(string text, Phrase phrase, int previousEnd)
    {
        var start = Math.Min(phrase.Index, text.Length);
        var from = Math.Min(start, Math.Max(Math.Max(0, start - 60), previousEnd));
        var before = text[from..start];
        var stop = before.LastIndexOfAny([',', ';', '.', '(', ':']);
        if (stop >= 0) before = before[(stop + 1)..];
        var words = before.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        while (words.Count > 0 && Introducing.Contains(words[^1])) words.RemoveAt(words.Count - 1);
        return VietnameseText.Squash(string.Join(' ', words.TakeLast(6)));
    }

    private static readonly HashSet<string> Introducing = new(StringComparer.Ordinal) { "đạt", "có", "là", "ở", "mức", "phấn", "đấu" };

    /// <summary>The value as written and the few words after it, up to the clause's end: «15% hộ nghèo».</summary>
    private static string WordsOf(string text, Phrase phrase)
    {
        var start = Math.Min(phrase.Index, text.Length);
        var end = Math.Min(phrase.Index + phrase.Length, text.Length);
        var rest = text[end..Math.Min(text.Length, end + 60)];
        var stop = rest.IndexOfAny([',', ';', '.', '(', ':']);
        if (stop >= 0) rest = rest[..stop];
        var after = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(4);
        return VietnameseText.Squash(string.Join(' ', after.Prepend(text[start..end])));
    }
}

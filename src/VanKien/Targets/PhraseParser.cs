using System.Text.RegularExpressions;
using VanKien.Text;
using VanKien.Values;

namespace VanKien.Targets;

/// <summary>
/// Reads target values out of Vietnamese sentences: "90% trở lên", "trên 90%", "dưới 5%",
/// "ít nhất 03", "01-02 đảng viên/nhiệm kỳ", "không quá 02 điểm trường", "top 5",
/// "hoàn thành tốt nhiệm vụ trở lên", "chuẩn quốc gia mức độ 2", "đến năm 2030 có 80%".
/// The same parser infers a value where the source gives only the sentence, and lets a check
/// see whether a sentence and its value agree. Document numbers, dates and years are not values.
/// </summary>
public sealed partial class PhraseParser(OrdinalScales scales)
{
    public static PhraseParser Default { get; } = new(OrdinalScales.BuiltIn);

    public IReadOnlyList<Phrase> Parse(string sentence)
    {
        var text = VietnameseText.Nfc(sentence).ToLowerInvariant();
        var phrases = new List<Phrase>();
        foreach (Match match in Top().Matches(text))
            phrases.Add(new Phrase(new RankValue(Values.AsciiDigits.Parse(match.Groups["n"].Value), match.Groups["scope"].Value.Trim()), Period.Unstated, null, match.Index, match.Length));
        phrases.AddRange(Levels(text));
        // A number inside "top 100 …" or "mức độ 2 …" belongs to that phrase, not to a count. The
        // characters taken are marked once, so a sentence of many phrases costs linear time.
        var taken = new System.Collections.BitArray(text.Length + 1);
        foreach (var t in phrases)
            for (var k = t.Index; k < t.Index + t.Length && k < text.Length; k++) taken[k] = true;
        // "12/15 xã": twelve of fifteen xã, a count of 12 (the whole it is of is not the target).
        foreach (Match match in Fraction().Matches(text))
        {
            if (!Values.VietnameseNumber.TryParse(match.Groups["n"].Value, out var part)) continue;
            var unit = match.Groups["unit"].Value;
            phrases.Add(new Phrase(new BoundValue(Comparator.Exactly, new Quantity(part, unit)), Period.Unstated, null, match.Index, match.Length) { Noun = NounAfter(text, match.Index + match.Length, unit) });
            for (var k = match.Index; k < match.Index + match.Length; k++) taken[k] = true;
        }
        var cues = PerCues(text);
        foreach (var cue in cues)
            for (var k = cue.Index; k < cue.Index + cue.Length; k++) taken[k] = true;
        foreach (Match match in Numeric().Matches(text))
        {
            Diagnostics.WorkBudget.Check();
            var overlaps = false;
            for (var k = match.Index; k < match.Index + match.Length && !overlaps; k++) overlaps = taken[k];
            if (overlaps) continue;
            if (NumericPhrase(text, match) is { } phrase) phrases.Add(WithCue(text, phrase, cues));
        }
        phrases = WithoutRestatements(text, phrases);

        // "Hằng năm …", "… trong nhiệm kỳ" set the period of every value in the sentence.
        var sentencePeriod = EachYear().IsMatch(text) ? Period.EachYear : WholeTerm().IsMatch(text) ? Period.Term : Period.Unstated;
        var result = phrases.ConvertAll(p => p.Period == Period.Unstated ? p with { Period = sentencePeriod } : p);
        // In sentence order, stably: an insertion sort for the handful of phrases a sentence holds (LINQ's
        // int-keyed sorter is compiled at run time on every cold start); a stable sort for a huge one.
        if (result.Count > 64) return [.. result.OrderBy(p => p.Index)];
        for (var i = 1; i < result.Count; i++)
            for (var j = i; j > 0 && result[j - 1].Index > result[j].Index; j--)
                (result[j - 1], result[j]) = (result[j], result[j - 1]);
        return result;
    }

    /// <summary>
    /// The value a sentence states: milestones (every phrase tied to a year, in one unit), else its
    /// first value — the target's one value, what results and contributions take. Against its parent a
    /// sentence of several values is judged value by value (<see cref="SentenceValues"/>). Null when it states none.
    /// </summary>
    public (TargetValue? Value, Period Period) Infer(string sentence)
    {
        var phrases = Parse(sentence);
        var period = phrases.Select(p => p.Period).FirstOrDefault(p => p != Period.Unstated);
        if (phrases.Count >= 2 && phrases.All(p => p.Year is not null) && phrases.Select(p => UnitOf(p.Value)).Distinct().Count() == 1)
            return (new MilestoneValue(phrases.Select(p => new Milestone(p.Year!.Value, p.Value)).OrderBy(m => m.Year).ToList()), period);
        if (phrases.Count == 0) return (null, Period.Unstated);
        var first = phrases[0];
        return (first.Year is { } year ? new MilestoneValue([new Milestone(year, first.Value)]) : first.Value, first.Period);
    }

    /// <summary>When a sentence holds several values and its value was inferred, the words of the one taken («trên 90%»); else null.</summary>
    public string? FirstOfSeveral(string sentence)
    {
        var phrases = Parse(sentence);
        if (phrases.Count < 2 || phrases.All(p => p.Year is not null)) return null;
        var text = VietnameseText.Nfc(sentence);
        return text.Substring(phrases[0].Index, Math.Min(phrases[0].Length, text.Length - phrases[0].Index)).Trim();
    }

    private static Phrase? NumericPhrase(string text, Match match)
    {
        if (!Values.VietnameseNumber.TryParse(match.Groups["n1"].Value, out var first)) return null;
        var hasSecond = match.Groups["n2"].Success;
        decimal second = 0;
        if (hasSecond && !Values.VietnameseNumber.TryParse(match.Groups["n2"].Value, out second)) return null;

        // "90 phần trăm" is "90%"; "2 điểm phần trăm" stays a difference of percentages.
        var unit = match.Groups["pct"].Success || match.Groups["unit"].Value == "phần trăm" ? "%" : match.Groups["unit"].Value;
        // A rate keeps what it is counted per, its period too: "triệu đồng/người/năm".
        var rate = Text.VietnameseText.Squash(match.Groups["rate"].Value).Replace(" / ", "/", StringComparison.Ordinal).Replace("/ ", "/", StringComparison.Ordinal);
        if (unit.Length > 0 && rate.Length > 0)
            unit += rate + (match.Groups["per"].Success ? "/" + match.Groups["per"].Value : "");
        var lead = match.Groups["lead"].Value;
        var trail = match.Groups["trail"].Value;
        // A bare number is a value only with a unit or a qualifier: "Trung ương 4" is not a target.
        if (unit.Length == 0 && lead.Length == 0 && trail.Length == 0) return null;
        if (unit.Length == 0 && Values.VietnameseNumber.LooksLikeYear(first)) return null;
        // An age ("từ 5 đến 17 tuổi") says who is counted, not how many.
        if (unit.Length == 0 && text.AsSpan(match.Index + match.Length).TrimStart().StartsWith("tuổi", StringComparison.Ordinal)) return null;

        var period = PeriodKeys.FromWord(match.Groups["per"].Value);
        int? year = match.Groups["year"].Success ? Values.AsciiDigits.Parse(match.Groups["year"].Value) : YearBefore(text, match.Index);

        TargetValue value;
        if (hasSecond)
        {
            if (first > second) return null;
            value = new RangeValue(first, second, unit);
        }
        else
        {
            var comparator = trail switch
            {
                "trở lên" => Comparator.AtLeast,
                "trở xuống" => Comparator.AtMost,
                _ => lead switch
                {
                    "trên" or ">" => Comparator.MoreThan,
                    "dưới" or "xuống dưới" or "còn dưới" or "<" => Comparator.LessThan,
                    "không quá" or "không vượt quá" or "tối đa" or "≤" or "<=" => Comparator.AtMost,
                    "từ" or "ít nhất" or "tối thiểu" or "không dưới" or "≥" or ">=" => Comparator.AtLeast,
                    _ => Comparator.Exactly,
                },
            };
            value = new BoundValue(comparator, new Quantity(first, unit));
        }
        return new Phrase(value, period, year, match.Index, match.Length) { Noun = NounAfter(text, match.Index + match.Length, unit) };
    }

    /// <summary>The words a value measures: its counted noun and the few words after it, up to a comma or a clause's end.</summary>
    private static string NounAfter(string text, int end, string unit)
    {
        var rest = text[end..Math.Min(text.Length, end + 80)];
        var stop = rest.IndexOfAny([',', ';', '.', '(', ':']);
        if (stop >= 0) rest = rest[..stop];
        var words = rest.Split(' ', StringSplitOptions.RemoveEmptyEntries).Take(6);
        return Text.VietnameseText.Squash(string.Join(' ', unit.Length > 0 && unit != "%" ? words.Prepend(unit) : words));
    }

    /// <summary>"Đến năm 2030 có 80% …": the last "đến (năm) YYYY" earlier in the same clause.</summary>
    private static int? YearBefore(string text, int index)
    {
        // The clause before the value, and no more than a line of it: a sentence of thousands of
        // values would otherwise search its whole beginning again for each one.
        var clauseStart = Math.Max(text.LastIndexOf(';', Math.Max(0, index - 1)) + 1, index - 200);
        var clause = text[clauseStart..index];
        var matches = ByYear().Matches(clause);
        return matches.Count == 0 ? null : Values.AsciiDigits.Parse(matches[^1].Groups[1].Value);
    }

    private IEnumerable<Phrase> Levels(string text)
    {
        // Scales whose levels are names ("hoàn thành tốt nhiệm vụ"): a level is a target only where
        // the sentence grades something — "xếp loại …", "đạt …", "được …", or "… trở lên".
        foreach (var scale in scales.All.Where(s => s.Cue is null))
        {
            var longestFirst = new List<string>(scale.Levels);
            longestFirst.Sort((a, b) => b.Length.CompareTo(a.Length));
            var names = string.Join("|", longestFirst.Select(Regex.Escape));
            foreach (Match match in Regex.Matches(text, $@"(?<!\p{{L}})(?<level>{names})(?!\p{{L}})(?<trail>\s+trở lên)?"))
            {
                var before = text[Math.Max(0, match.Index - 12)..match.Index];
                var atLeast = match.Groups["trail"].Success;
                if (!atLeast && !GradingCue().IsMatch(before)) continue;
                yield return new Phrase(new LevelValue(atLeast ? Comparator.AtLeast : Comparator.Exactly, scale, scale.LevelOf(match.Groups["level"].Value)),
                    Period.Unstated, null, match.Index, match.Length);
            }
        }
        foreach (var scale in scales.All.Where(s => s.Cue is not null))
        {
            foreach (Match match in NumberedLevel().Matches(text))
            {
                var word = match.Groups["word"].Value;
                var level = Values.AsciiDigits.Parse(match.Groups["n"].Value);
                var window = text[Math.Max(0, match.Index - 40)..Math.Min(text.Length, match.Index + match.Length + 25)];
                if (!window.Contains(scale.Cue!, StringComparison.Ordinal) || !scale.Levels[0].StartsWith(word, StringComparison.Ordinal)) continue;
                if (level < 1 || level > scale.Levels.Count) continue;
                yield return new Phrase(new LevelValue(match.Groups["trail"].Success ? Comparator.AtLeast : Comparator.Exactly, scale, level),
                    Period.Unstated, null, match.Index, match.Length);
            }
        }
    }

    /// <summary>
    /// "mỗi hộ …", "trên 1 ha …", "bình quân đầu người/năm …": what the next value of the clause is
    /// counted per, written before it. A cue counts only when a value follows it in its clause, so
    /// "trên 1 ha" alone is still the value "&gt; 1 ha".
    /// </summary>
    private sealed record PerCue(int Index, int Length, string Per, Period Period)
    {
        /// <summary>A cue gives its per to one value: the next of its clause.</summary>
        public bool Used { get; set; }
    }

    /// <summary>How far a cue reaches, and how far a restating parenthesis is looked for: about a line, so a sentence of many values costs linear time.</summary>
    private const int Reach = 200;

    private static List<PerCue> PerCues(string text)
    {
        var cues = new List<PerCue>();
        foreach (Match match in PerBefore().Matches(text))
        {
            Diagnostics.WorkBudget.Check();
            var end = match.Index + match.Length;
            var rest = text[end..ClauseEnd(text, end)];
            if (!Numeric().Matches(rest).Any(m => m.Groups["pct"].Success || m.Groups["unit"].Success)) continue;
            var period = match.Groups["period"].Success ? PeriodKeys.FromWord(match.Groups["period"].Value) : Period.Unstated;
            cues.Add(new PerCue(match.Index, match.Length, match.Groups["per"].Value, period));
        }
        return cues;
    }

    /// <summary>Where the clause that starts at <paramref name="from"/> ends: a ";", a ", " or a ". " (a comma inside a number is its decimal mark), and no further than <see cref="Reach"/>.</summary>
    private static int ClauseEnd(string text, int from)
    {
        var limit = Math.Min(text.Length, from + Reach);
        for (var i = from; i < limit; i++)
        {
            if (text[i] == ';') return i;
            if (text[i] is ',' or '.' && (i + 1 == text.Length || text[i + 1] == ' ')) return i;
        }
        return limit;
    }

    /// <summary>The phrase with the per of the cue just before it in its clause, if that cue is unused; percentages and values that name their own per are left as they are.</summary>
    private static Phrase WithCue(string text, Phrase phrase, List<PerCue> cues)
    {
        var unit = UnitOf(phrase.Value);
        if (unit.Length == 0 || unit == "%" || unit.Contains('/') || cues.Count == 0) return phrase;
        // The cues are in sentence order: the last one that ends before the phrase, by binary search.
        var (low, high) = (0, cues.Count - 1);
        while (low <= high)
        {
            var mid = (low + high) / 2;
            if (cues[mid].Index + cues[mid].Length <= phrase.Index) low = mid + 1; else high = mid - 1;
        }
        if (high < 0) return phrase;
        var cue = cues[high];
        if (cue.Used || cue.Per == unit || ClauseEnd(text, cue.Index + cue.Length) < phrase.Index) return phrase;
        cue.Used = true;
        var perUnit = unit + "/" + cue.Per;
        TargetValue value = phrase.Value switch
        {
            BoundValue b => b with { Quantity = b.Quantity with { Unit = perUnit } },
            RangeValue r => r with { Unit = perUnit },
            var v => v,
        };
        return phrase with { Value = value, Period = cue.Period == Period.Unstated ? phrase.Period : cue.Period };
    }

    /// <summary>
    /// "50% (8 xã)", "58,9% (66/112 thôn, tăng thêm 20 thôn)": counts in a parenthesis right after a
    /// percentage restate it; they are not values of their own. A percentage there still is ("98% (mục tiêu 98%)").
    /// </summary>
    private static List<Phrase> WithoutRestatements(string text, List<Phrase> phrases)
    {
        System.Collections.BitArray? restating = null;
        foreach (var p in phrases.Where(p => UnitOf(p.Value) == "%"))
        {
            var i = p.Index + p.Length;
            while (i < text.Length && text[i] == ' ') i++;
            if (i >= text.Length || text[i] != '(') continue;
            restating ??= new System.Collections.BitArray(text.Length + 1);
            for (var k = i + 1; k < Math.Min(text.Length, i + Reach) && text[k] != ')' && !restating[k]; k++) restating[k] = true;
        }
        return restating is null ? phrases : phrases.FindAll(p => UnitOf(p.Value) == "%" || p.Index >= text.Length || !restating[p.Index]);
    }

    private static string UnitOf(TargetValue value) => value switch
    {
        BoundValue b => b.Quantity.Unit,
        RangeValue r => r.Unit,
        RankValue => "top",
        LevelValue l => l.Scale.Id,
        _ => "",
    };

    [GeneratedRegex(@"(?<![\p{L}0-9/.,\-–])(?:(?<lead>xuống dưới|còn dưới|không vượt quá|không quá|không dưới|ít nhất|tối thiểu|tối đa|từ|trên|dưới|≥|≤|>=|<=|>|<)\s*)?(?<n1>" + Number + @")(?![/.,]?[0-9]|\-\p{L})(?:\s*(?:-|–|đến)\s*(?<n2>" + Number + @")(?![/.,]?[0-9]|\-\p{L}))?\s*(?:(?<pct>%)|(?<unit>" + UnitPatternForRegex + @")(?!\p{L}))?(?<rate>(?:\s*/\s*(?!năm học|nhiệm kỳ|năm(?!\p{L}))\p{L}+(?:\s(?!trở\s)\p{L}+)?)*)(?:(?:\s+\p{L}+){0,2}?\s*/\s*(?<per>năm học|nhiệm kỳ|năm))?(?:\s*(?<trail>trở lên|trở xuống))?(?:\s*\((?<year>(?:19|20)[0-9]{2})\))?")]
    private static partial Regex Numeric();

    private const string Number = "(?:" + Values.VietnameseNumber.Pattern + ")";

    // Kept in step with UnitWords.Pattern, made from Values.UnitTable (a generated regex needs a constant; a test holds the two together).
    private const string UnitPatternForRegex = @"tổ chức cơ sở đảng|điểm phần trăm|nghìn tỷ đồng|doanh nghiệp|hộ gia đình|điểm trường|công trình|hợp tác xã|lượt người|nghìn đồng|triệu đồng|tổ dân phố|chuyên đề|giáo viên|ngàn đồng|phần trăm|triệu eur|triệu usd|đoàn viên|đảng viên|học sinh|hội viên|km đường|sản phẩm|đô la mỹ|mô hình|tỉ đồng|tỷ đồng|chi bộ|cán bộ|héc-ta|trường|điểm %|người|cuộc|lượt|nhóm|thôn|đồng|eur|gam|km2|km²|lít|lần|lớp|mét|sào|trẻ|tấn|usd|ha|hộ|kg|km|m2|m3|m²|m³|tạ|xã|g|m";

    // Kept in step with UnitWords.PerPattern, as the units above.
    private const string PerPatternForRegex = @"tổ chức cơ sở đảng|doanh nghiệp|hộ gia đình|điểm trường|công trình|hợp tác xã|lượt người|tổ dân phố|chuyên đề|giáo viên|đoàn viên|đảng viên|học sinh|hội viên|km đường|sản phẩm|mô hình|chi bộ|cán bộ|héc-ta|trường|người|cuộc|lượt|nhóm|thôn|gam|km2|km²|lít|lớp|mét|sào|trẻ|tấn|ha|hộ|kg|km|m2|m3|m²|m³|tạ|xã|g|m";

    [GeneratedRegex(@"(?<![\p{L}0-9/.,\-–])(?<n>" + Number + @")\s*/\s*(?<of>" + Number + @")\s*(?<unit>" + UnitPatternForRegex + @")(?!\p{L})")]
    private static partial Regex Fraction();

    [GeneratedRegex(@"(?<!\p{L})(?:(?:(?:bình quân|trung bình|trên|cho)\s+)*mỗi\s+|(?:bình quân|trung bình|trên|cho)\s+(?:1|01|một)\s+|(?:bình quân\s+)?đầu\s+(?=người))(?<per>" + PerPatternForRegex + @")(?!\p{L})(?:\s*/\s*(?<period>năm học|nhiệm kỳ|năm)(?!\p{L}))?")]
    private static partial Regex PerBefore();

    // "top 5", "tốp 10", "xếp thứ 3", "đứng thứ 2": a rank, lower is better.
    [GeneratedRegex(@"(?:\btop|(?<!\p{L})tốp|(?<!\p{L})(?:xếp|đứng)\s+(?:thứ|hạng))\s*(?<n>[0-9]+)(?<scope>[^,.;()]*)")]
    private static partial Regex Top();

    [GeneratedRegex(@"(xếp loại|đạt|được)\s*$")]
    private static partial Regex GradingCue();

    [GeneratedRegex(@"(?<word>mức độ|cấp độ)\s+(?<n>[0-9])(?<trail>\s+trở lên)?")]
    private static partial Regex NumberedLevel();

    [GeneratedRegex(@"(?<!\p{L})(hằng năm|hàng năm|mỗi năm)(?!\p{L})")]
    private static partial Regex EachYear();

    [GeneratedRegex(@"(?<!\p{L})(trong|cả|toàn) nhiệm kỳ(?!\p{L})")]
    private static partial Regex WholeTerm();

    [GeneratedRegex(@"đến\s+(?:năm\s+)?((?:19|20)[0-9]{2})")]
    private static partial Regex ByYear();
}

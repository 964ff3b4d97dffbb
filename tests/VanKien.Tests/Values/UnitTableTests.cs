using FsCheck.Xunit;
using VanKien.Targets;
using VanKien.Values;

namespace VanKien.Tests.Values;

/// <summary>
/// Every entry of the unit table held to the laws of the values area: printed in FORMAT.md's
/// number form and read back equal (in gia-tri, and in a sentence where the word is read there),
/// converted to its base and back exactly, compared across scales of one base; and a value
/// counted per something reads the same unit whether the per is written after the number
/// ("12 triệu đồng/hộ") or before it ("mỗi hộ … 12 triệu đồng", "trên 1 ha … 100 triệu đồng").
/// </summary>
public class UnitTableTests
{
    private static readonly UnitEntry[] Entries = [.. UnitTable.All];

    private static readonly UnitEntry[] InSentences = [.. UnitTable.All.Where(e => e.InSentences)];

    /// <summary>What a value may be counted per in the generated sentences.</summary>
    private static readonly string[] Pers = ["hộ", "người", "ha", "xã", "học sinh"];

    /// <summary>An amount with at most two decimals, as documents write them.</summary>
    private static decimal Amount(uint hundredths) => hundredths % 100_000_000 / 100m;

    private static T Pick<T>(T[] items, int index) => items[(int)((uint)index % (uint)items.Length)];

    [Fact]
    public void The_table_has_every_kind_planning_documents_measure()
    {
        var dimensions = Entries.Select(e => e.Dimension).ToHashSet();
        foreach (var d in Enum.GetValues<Dimension>().Where(d => d != Dimension.None))
            Assert.Contains(d, dimensions);
        foreach (var word in new[] { "kg", "tạ", "tấn", "lít", "m³", "sào", "đảng viên", "hộ", "xã", "thôn", "giáo viên", "hội viên", "chi bộ", "tổ chức cơ sở đảng", "lượt", "công trình", "km đường", "lần", "điểm phần trăm", "usd", "eur" })
            Assert.NotNull(UnitTable.Find(word));
        Assert.Equal(Entries.Length, Entries.Select(e => e.Word).Distinct().Count());
    }

    [Property(MaxTest = 1000)]
    public bool Every_entry_prints_then_reads_back_in_gia_tri(int entry, uint hundredths, bool floor)
    {
        var e = Pick(Entries, entry);
        var value = new BoundValue(floor ? Comparator.AtLeast : Comparator.AtMost, new Quantity(Amount(hundredths), e.Word));
        return ValueParser.Default.Parse(value.ToString()).Value == value;
    }

    [Property(MaxTest = 1000)]
    public bool Every_sentence_entry_prints_then_reads_back_in_a_sentence(int entry, uint hundredths)
    {
        var e = Pick(InSentences, entry);
        var quantity = new Quantity(Amount(hundredths), e.Word);
        var read = PhraseParser.Default.Parse($"Phấn đấu đạt {quantity} trong năm.");
        return read.Count == 1 && read[0].Value is BoundValue { Comparator: Comparator.Exactly } b
            && b.Quantity.Amount == quantity.Amount && Same(b.Quantity.Measure, quantity.Measure);
    }

    [Property(MaxTest = 1000)]
    public bool Every_entry_converts_to_its_base_and_back_exactly(int entry, uint hundredths)
    {
        var unit = Unit.Parse(Pick(Entries, entry).Word);
        var amount = Amount(hundredths);
        return unit.FromBase(unit.ToBase(amount)) == amount && unit.ToBase(amount) == amount * Pick(Entries, entry).Scale;
    }

    /// <summary>Two entries of one base: an amount and its equivalent are equal; one smallest step less is weaker.</summary>
    [Property(MaxTest = 2000)]
    public bool Entries_of_one_base_compare_across_scales(int a, int b, uint times)
    {
        var x = Pick(Entries, a);
        var sameBase = Entries.Where(e => e.Dimension == x.Dimension && e.Base == x.Base).ToArray();
        var y = Pick(sameBase, b);
        // An amount of the base that both write as whole numbers: a multiple of both scales.
        var inBase = (times % 1000 + 1) * Lcm((long)x.Scale, (long)y.Scale);
        var child = new BoundValue(Comparator.AtLeast, new Quantity(inBase / x.Scale, x.Word));
        var same = new BoundValue(Comparator.AtLeast, new Quantity(inBase / y.Scale, y.Word));
        var less = new BoundValue(Comparator.AtLeast, new Quantity(inBase / y.Scale - 0.01m, y.Word));
        return Strength.Compare(child, same).Verdict == StrengthVerdict.Equal
            && Strength.Compare(less, child).Verdict == StrengthVerdict.Weaker
            && Strength.Compare(child, less).Verdict == StrengthVerdict.Stronger;
    }

    private static decimal Lcm(long a, long b)
    {
        var (x, y) = (a, b);
        while (y != 0) (x, y) = (y, x % y);
        return a / x * (decimal)b;
    }

    [Theory]
    [InlineData(">= 1 tấn", ">= 1.000 kg", StrengthVerdict.Equal)]
    [InlineData(">= 1 tấn", ">= 999 kg", StrengthVerdict.Stronger)]
    [InlineData(">= 999 kg", ">= 1 tấn", StrengthVerdict.Weaker)]
    [InlineData(">= 5 tạ", ">= 0,5 tấn", StrengthVerdict.Equal)]
    [InlineData(">= 1,5 tỷ đồng", ">= 1.500 triệu đồng", StrengthVerdict.Equal)]
    [InlineData(">= 2 m³", ">= 2.000 lít", StrengthVerdict.Equal)]
    [InlineData(">= 1 tấn", ">= 1.000 lít", StrengthVerdict.Incomparable)]
    [InlineData(">= 10 sào", ">= 3.600 m²", StrengthVerdict.Incomparable)]
    [InlineData(">= 100 usd", ">= 2 triệu đồng", StrengthVerdict.Incomparable)]
    [InlineData(">= 2 điểm %", ">= 2%", StrengthVerdict.Incomparable)]
    [InlineData(">= 60 tạ/ha", ">= 6 tấn/ha", StrengthVerdict.Equal)]
    [InlineData(">= 12 triệu đồng/người", ">= 12 triệu đồng/người/năm", StrengthVerdict.Equal)]
    [InlineData(">= 12 triệu đồng/người/năm", ">= 12 triệu đồng/người/nhiệm kỳ", StrengthVerdict.Incomparable)]
    public void Named_comparisons_across_scales(string child, string parent, StrengthVerdict verdict) =>
        Assert.Equal(verdict, Strength.Compare(ValueParser.Default.Parse(child).Value!, ValueParser.Default.Parse(parent).Value!).Verdict);

    public enum PerPlace { None, After, Before, OnOne }

    /// <summary>Every sentence entry with a per it can be counted by, × no per, per after, "mỗi …" before, "trên 1 …" before.</summary>
    public static TheoryData<string, string, PerPlace> WordsAndPers()
    {
        var data = new TheoryData<string, string, PerPlace>();
        foreach (var e in InSentences.Where(e => e.Dimension is not (Dimension.Percent or Dimension.PercentagePoint or Dimension.Ratio)))
        {
            data.Add(e.Word, "", PerPlace.None);
            foreach (var per in Pers.Where(p => p != e.Word))
                foreach (var place in new[] { PerPlace.After, PerPlace.Before, PerPlace.OnOne })
                    data.Add(e.Word, per, place);
        }
        return data;
    }

    [Fact]
    public void The_cross_product_covers_every_sentence_entry()
    {
        var cases = WordsAndPers().Select(row => (string)row[0]).ToHashSet();
        Assert.Equal(InSentences.Count(e => e.Dimension is not (Dimension.Percent or Dimension.PercentagePoint or Dimension.Ratio)), cases.Count);
    }

    [Theory]
    [MemberData(nameof(WordsAndPers))]
    public void A_per_on_either_side_of_the_number_reads_the_same_unit(string word, string per, PerPlace place)
    {
        var sentence = place switch
        {
            PerPlace.None => $"Bình quân đạt 12,5 {word} trở lên.",
            PerPlace.After => $"Bình quân đạt 12,5 {word}/{per} trở lên.",
            PerPlace.Before => $"Phấn đấu mỗi {per} bình quân đạt 12,5 {word} trở lên.",
            _ => $"Giá trị trên 1 {per} đạt 12,5 {word} trở lên.",
        };
        var read = Assert.Single(PhraseParser.Default.Parse(sentence));
        var bound = Assert.IsType<BoundValue>(read.Value);
        Assert.Equal(Comparator.AtLeast, bound.Comparator);
        Assert.Equal(12.5m, bound.Quantity.Amount);
        var expected = Unit.Parse(place == PerPlace.None ? word : $"{word}/{per}");
        Assert.True(Same(bound.Quantity.Measure, expected), $"«{sentence}» read {bound.Quantity.Unit}, expected {expected}");
    }

    private static bool Same(Unit a, Unit b) =>
        a.Dimension == b.Dimension && a.Base == b.Base && a.Scale == b.Scale && a.Per.SequenceEqual(b.Per);
}

using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VanKien.Diagnostics;

namespace VanKien.Tests.Checking;

/// <summary>
/// A sentence that states several values is judged value by value against its parent's sentence
/// (issue 33, point 3): each value is paired with the parent's value of the same noun, and
/// lowering any one of them is one VK0220 that says which. Checked through the real checker, on
/// the rule test bed's parent and child with their first target replaced.
/// </summary>
public class SeveralValuesTests
{
    private const string ParentLine = """- { id: P-01, noi-dung: Hằng năm có 85% trở lên đảng viên hoàn thành tốt nhiệm vụ., gia-tri: ">= 85%" }""";
    private const string ChildLine = """- { id: c-01, noi-dung: Hằng năm có 90% trở lên đảng viên hoàn thành tốt nhiệm vụ., gia-tri: ">= 90%", cha: P-01 }""";

    private static List<Diagnostic> Check(string parentSentence, string childSentence, string? extraChild = null)
    {
        Assert.Contains(ParentLine, RuleTestBed.Parent);
        Assert.Contains(ChildLine, RuleTestBed.Child);
        var parent = RuleTestBed.Parent.Replace(ParentLine, $"- {{ id: P-01, noi-dung: \"{parentSentence}\" }}");
        var indent = RuleTestBed.Child.Split('\n').First(l => l.Contains(ChildLine, StringComparison.Ordinal)).Split('-')[0];
        var child = RuleTestBed.Child.Replace(ChildLine, $"- {{ id: c-01, noi-dung: \"{childSentence}\", cha: P-01 }}"
            + (extraChild is null ? "" : $"\n{indent}- {{ id: c-01b, noi-dung: \"{extraChild}\", cha: P-01 }}"));
        return [.. new RuleTestBed(parent, child).Check().Where(d => d.Severity != Severity.Info)];
    }

    private const string Parent = "Hằng năm có 95% trở lên hộ dùng nước sạch, tỷ lệ hộ nghèo dưới 3%, kết nạp ít nhất 20 hội viên mới";

    [Fact]
    public void Lowering_the_second_value_is_caught_and_named()
    {
        var diagnostic = Assert.Single(Check(Parent, "Hằng năm có 95% trở lên hộ dùng nước sạch, tỷ lệ hộ nghèo dưới 4%, kết nạp ít nhất 20 hội viên mới"));
        Assert.Equal("VK0220", diagnostic.Rule.Id);
        Assert.Contains("giá trị thứ 2 «dưới 4%", diagnostic.Message);
        Assert.Contains("«dưới 3%", diagnostic.Message);
    }

    [Fact]
    public void Values_are_paired_by_noun_not_by_place()
    {
        // The child writes the same values in another order, and one of them stronger.
        Assert.Empty(Check(Parent, "Kết nạp ít nhất 25 hội viên mới, hằng năm có 95% trở lên hộ dùng nước sạch, tỷ lệ hộ nghèo dưới 3%").Select(d => d.ToString()));
        var diagnostic = Assert.Single(Check(Parent, "Kết nạp ít nhất 15 hội viên mới, hằng năm có 95% trở lên hộ dùng nước sạch, tỷ lệ hộ nghèo dưới 3%"));
        Assert.Contains("giá trị thứ 1 «ít nhất 15 hội viên", diagnostic.Message);
    }

    [Fact]
    public void A_value_the_child_drops_is_reported_unless_another_target_keeps_it()
    {
        var diagnostic = Assert.Single(Check(Parent, "Hằng năm có 95% trở lên hộ dùng nước sạch, kết nạp ít nhất 20 hội viên mới"));
        Assert.Equal("VK0220", diagnostic.Rule.Id);
        Assert.Contains("bỏ giá trị thứ 2 «dưới 3%", diagnostic.Message);
        Assert.Empty(Check(Parent, "Hằng năm có 95% trở lên hộ dùng nước sạch, kết nạp ít nhất 20 hội viên mới", extraChild: "Tỷ lệ hộ nghèo dưới 3%").Select(d => d.ToString()));
    }

    [Fact]
    public void Values_whose_words_come_before_them_are_paired_by_those_words()
    {
        const string parent = "Tỷ lệ hộ dùng nước sạch đạt 95%, tỷ lệ trẻ em đến trường đạt 98%";
        Assert.Empty(Check(parent, "Tỷ lệ trẻ em đến trường đạt 99%, tỷ lệ hộ dùng nước sạch đạt 96%").Select(d => d.ToString()));
        var diagnostic = Assert.Single(Check(parent, "Tỷ lệ trẻ em đến trường đạt 97%, tỷ lệ hộ dùng nước sạch đạt 96%"));
        Assert.Contains("giá trị thứ 1 «97%", diagnostic.Message);
        Assert.Contains("giá trị thứ 2 «98%", diagnostic.Message);
    }

    /// <summary>A value with no words after it measures the words between it and the value before, never that value.</summary>
    [Theory]
    [InlineData("91", "20")]
    [InlineData("95", "25")]
    [InlineData("90", "21")]
    public void A_level_after_a_percentage_keeps_its_noun_when_the_percentage_is_raised(string first, string second)
    {
        const string parent = "Hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ trở lên, trong đó 20% trở lên hoàn thành xuất sắc nhiệm vụ";
        Assert.Empty(Check(parent, parent.Replace("90%", first + "%").Replace("20%", second + "%")).Select(d => d.ToString()));
        var lowered = Assert.Single(Check(parent, parent.Replace("90%", first + "%").Replace("20%", "15%")));
        Assert.Contains("15%", lowered.Message);
    }

    [Fact]
    public void A_value_of_the_childs_own_is_not_judged() =>
        Assert.Empty(Check(Parent, Parent + ", xây dựng 02 mô hình dân vận khéo").Select(d => d.ToString()));

    // The property: 1–4 values of distinct nouns, one of them weakened.

    /// <summary>A value as a sentence writes it: how it binds, its unit and what it measures.</summary>
    private sealed record Part(string Lead, string Unit, string Trail, string Noun, bool Floor)
    {
        public string Span(int amount) => Unit == "%" ? $"{Lead}{amount}%{Trail}" : $"{Lead}{amount} {Unit}{Trail}";

        public string Text(int amount) => $"{Span(amount)} {Noun}";
    }

    private static readonly Part[] Parts =
    [
        new("", "%", " trở lên", "hộ dùng nước sạch", true),
        new("dưới ", "%", "", "hộ nghèo", false),
        new("ít nhất ", "hội viên", "", "mới", true),
        new("", "tấn", " trở lên", "thóc", true),
        new("trên ", "triệu đồng", "", "vốn vay ưu đãi", true),
        new("không quá ", "điểm trường", "", "lẻ", false),
        new("", "km đường", "", "bê tông", true),
        new("", "%", "", "trẻ em đến trường", true),
    ];

    public sealed record Case(int[] Parts, int[] Amounts, int Lowered);

    private static Gen<Case> Cases =>
        from count in Gen.Choose(1, 4)
        from parts in Gen.Shuffle(Enumerable.Range(0, Parts.Length).ToArray())
        from amounts in Gen.ArrayOf(Gen.Choose(2, 99), count)
        from lowered in Gen.Choose(0, count - 1)
        select new Case(parts[..count], amounts, lowered);

    private static string Sentence(Case c, int? lowered)
    {
        var texts = c.Parts.Select((p, i) => Parts[p].Text(i == lowered ? Weakened(c, i) : c.Amounts[i]));
        return "Phấn đấu " + string.Join(", ", texts);
    }

    private static int Weakened(Case c, int i) => Parts[c.Parts[i]].Floor ? c.Amounts[i] - 1 : c.Amounts[i] + 1;

    [Property(MaxTest = 60)]
    public Property Lowering_any_one_value_gives_exactly_one_VK0220_naming_it() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var parent = Sentence(c, lowered: null);
            var diagnostics = Check(parent, Sentence(c, c.Lowered));
            var part = Parts[c.Parts[c.Lowered]];
            var weakened = Weakened(c, c.Lowered);
            // One value: the one-value message names it as its value prints ("(> 41 triệu đồng)").
            var names = c.Parts.Length == 1
                ? (part.Unit == "%" ? $"{weakened}%)" : $"{weakened} {part.Unit})")
                : $"giá trị thứ {c.Lowered + 1} «{part.Span(weakened)}";
            return (diagnostics.Count == 1 && diagnostics[0].Rule.Id == "VK0220" && diagnostics[0].Message.Contains(names, StringComparison.Ordinal))
                .Label($"{parent} → {string.Join(" / ", diagnostics.Select(d => d.Message))}");
        });

    [Property(MaxTest = 30)]
    public Property A_child_equal_to_its_parent_is_quiet() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var sentence = Sentence(c, lowered: null);
            var diagnostics = Check(sentence, sentence);
            return (diagnostics.Count == 0).Label($"{sentence} → {string.Join(" / ", diagnostics.Select(d => d.Message))}");
        });
}

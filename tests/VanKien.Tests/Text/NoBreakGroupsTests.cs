using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using VanKien.Text;

namespace VanKien.Tests.Text;

/// <summary>
/// The groups a printed line keeps whole: every space inside a term, a period, a date or a numbered
/// word becomes a no-break space, in any case and with either dash, and nothing else changes.
/// </summary>
public class NoBreakGroupsTests
{
    private static readonly string[] Leads = ["nhiệm kỳ", "Nhiệm kỳ", "NHIỆM KỲ", "giai đoạn", "GIAI ĐOẠN", "năm học", "niên khóa", "khóa"];
    private static readonly string[] Dashes = ["-", "–", " - ", " – ", "- ", " -"];

    public static TheoryData<string, string> Periods()
    {
        var data = new TheoryData<string, string>();
        foreach (var lead in Leads)
            foreach (var dash in Dashes)
                data.Add(lead, dash);
        return data;
    }

    [Theory]
    [MemberData(nameof(Periods))]
    public void A_term_or_period_with_its_years_has_no_breakable_space(string lead, string dash)
    {
        var group = $"{lead} 2025{dash}2030";
        var printed = NoBreakGroups.Apply($"Thực hiện Nghị quyết {group} của Đảng bộ");
        Assert.Contains(group.Replace(' ', NoBreakGroups.NoBreakSpace), printed);
        Assert.StartsWith("Thực hiện Nghị quyết ", printed);
        Assert.EndsWith(" của Đảng bộ", printed);
    }

    [Theory]
    [InlineData("Hùng An, ngày 22 tháng 12 năm 2027", "ngày 22 tháng 12 năm 2027")]
    [InlineData("Căn cứ Nghị quyết ngày 01/10/2025 của", "ngày 01/10/2025")]
    [InlineData("hoàn thành trong tháng 3 năm 2026.", "tháng 3 năm 2026")]
    [InlineData("Chương trình hành động số 05-CTr/CB,", "số 05-CTr/CB")]
    [InlineData("đến năm 2030, 100% trường học", "năm 2030")]
    [InlineData("Đại hội lần thứ I, nhiệm kỳ 2025 - 2030 quyết nghị", "nhiệm kỳ 2025 - 2030")]
    public void A_date_or_a_numbered_word_has_no_breakable_space(string text, string group)
    {
        Assert.Contains(group.Replace(' ', NoBreakGroups.NoBreakSpace), NoBreakGroups.Apply(text));
    }

    [Theory]
    [InlineData("Tổ chức sinh hoạt chi bộ định kỳ hằng tháng.")]
    [InlineData("100% đảng viên hoàn thành nhiệm vụ, trong đó 90% trở lên")]
    [InlineData("Chi bộ có 12 đảng viên")]
    public void Text_without_a_group_is_left_as_written(string text)
    {
        Assert.Equal(text, NoBreakGroups.Apply(text));
    }

    [Property(MaxTest = 300)]
    public Property Only_spaces_change_and_read_back_as_spaces_the_text_is_the_same()
    {
        var words = new[] { "nhiệm", "kỳ", "năm", "ngày", "tháng", "2025", "-", "–", "2030", "01/10/2025", "số", "05-CTr/CB", "chi", "bộ", "12", ",", "giai", "đoạn" };
        var sentence = Gen.Elements(words).ListOf().Select(w => string.Join(' ', w));
        return Prop.ForAll(sentence.ToArbitrary(), text =>
        {
            var printed = NoBreakGroups.Apply(text);
            return printed.Length == text.Length && NoBreakGroups.AsSpaces(printed) == text;
        });
    }
}

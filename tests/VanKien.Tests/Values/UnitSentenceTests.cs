using VanKien.Results;
using VanKien.Targets;
using VanKien.Values;

namespace VanKien.Tests.Values;

/// <summary>
/// The unit misses of issue 33, in sentences written the way plans state them (examples of our
/// own, in the phrasing of the corpus): mass, a per before the number, percentage points, ratios,
/// fractions, ranks, and a yearly result against a yearly range.
/// </summary>
public class UnitSentenceTests
{
    public static TheoryData<string, string> Sentences => new()
    {
        // Mass and volume.
        { "Sản lượng lương thực bình quân hằng năm đạt 12.500 tấn.", "= 12.500 tấn/hang-nam" },
        { "Năng suất lúa đạt 62 tạ/ha trở lên.", ">= 62 tạ/ha" },
        { "Mỗi hộ nuôi bò sữa bình quân cho 15 kg sữa.", "= 15 kg/hộ" },
        { "Cung cấp nước sạch bình quân 120 lít/người/ngày.", "= 120 lít/người/ngày" },
        // A per before the number.
        { "Phấn đấu thu nhập bình quân mỗi hộ đạt 85 triệu đồng trở lên.", ">= 85 triệu đồng/hộ" },
        { "Giá trị sản xuất trên 1 ha đất canh tác đạt 150 triệu đồng.", "= 150 triệu đồng/ha" },
        { "Thu nhập bình quân đầu người/năm đạt 70 triệu đồng.", "= 70 triệu đồng/người/hang-nam" },
        { "Thu nhập đạt 70 triệu đồng/người/năm.", "= 70 triệu đồng/người/năm/hang-nam" },
        { "Bình quân mỗi năm tăng 9%.", "= 9%/hang-nam" },
        { "Mở rộng diện tích cánh đồng mẫu lên trên 1 ha.", "> 1 ha" },
        // Percentage points.
        { "Tỷ lệ hộ nghèo giảm 1,5 điểm % so với đầu nhiệm kỳ.", "= 1,5 điểm %" },
        { "Tỷ lệ lao động qua đào tạo tăng 2 điểm phần trăm mỗi năm.", "= 2 điểm phần trăm/hang-nam" },
        // Ratios, fractions, ranks.
        { "Tổng vốn huy động gấp 2 lần giai đoạn trước.", "= 2 lần" },
        { "Có 12/15 xã đạt chuẩn nông thôn mới nâng cao.", "= 12 xã" },
        { "Tỷ lệ xã đạt chuẩn đạt 80% (12/15 xã).", "= 80%" },
        { "Chất lượng giáo dục xếp thứ 3 toàn tỉnh.", "top 3 toàn tỉnh" },
        { "Chỉ số cải cách hành chính thuộc tốp 10 của tỉnh.", "top 10 của tỉnh" },
        // Counted nouns of the table.
        { "Kết nạp ít nhất 25 hội viên mới.", ">= 25 hội viên" },
        { "Xây dựng 02 mô hình dân vận khéo, làm mới 5 km đường giao thông.", "= 2 mô hình | = 5 km đường" },
    };

    [Theory]
    [MemberData(nameof(Sentences))]
    public void Each_sentence_gives_its_values(string sentence, string expected) =>
        Assert.Equal(expected, string.Join(" | ", PhraseParser.Default.Parse(sentence).Select(Describe)));

    [Fact]
    public void Mass_has_a_dimension_of_its_own()
    {
        Assert.Equal(Dimension.Mass, Unit.Parse("tấn").Dimension);
        Assert.Equal(0, Quantities.Compare(new Quantity(1, "tấn"), new Quantity(1000, "kg")));
        Assert.Equal(1, Quantities.Compare(new Quantity(1, "tấn"), new Quantity(999, "kg")));
        Assert.Equal(0, Quantities.Compare(new Quantity(1.5m, "tỷ đồng"), new Quantity(1500, "triệu đồng")));
    }

    [Fact]
    public void A_yearly_result_meets_a_yearly_range()
    {
        var range = ValueParser.Default.Parse("8..10%/năm");
        Assert.Equal(Period.EachYear, range.Period);
        Assert.True(Evaluator.SameUnit(((RangeValue)range.Value!).Unit, "%/năm"));
        Assert.Equal(Verdict.Met, Evaluator.Judge(range.Value, Measured.Parse("9%/năm"), 2027).Verdict);
        Assert.Equal(Verdict.Missed, Evaluator.Judge(range.Value, Measured.Parse("7,5%/năm"), 2027).Verdict);
    }

    [Fact]
    public void A_result_or_a_gia_tri_may_leave_the_per_implicit_but_not_name_another()
    {
        var target = PhraseParser.Default.Infer("Phấn đấu thu nhập bình quân mỗi hộ đạt 85 triệu đồng trở lên.").Value;
        Assert.Equal(">= 85 triệu đồng/hộ", target!.ToString());
        Assert.Equal(Verdict.Exceeded, Evaluator.Judge(target, Measured.Parse("90 triệu đồng"), 2027).Verdict);
        Assert.Equal(Verdict.Missed, Evaluator.Judge(target, Measured.Parse("84.000 nghìn đồng/hộ"), 2027).Verdict);
        Assert.Equal(Verdict.NotAssessable, Evaluator.Judge(target, Measured.Parse("90 triệu đồng/người"), 2027).Verdict);
        var stated = PhraseParser.Default.Parse("Giá trị sản xuất trên 1 ha đất canh tác đạt 150 triệu đồng.")[0].Value;
        Assert.True(Agreement.Agrees(stated, ValueParser.Default.Parse("= 150 triệu đồng").Value!));
        Assert.True(Agreement.Agrees(stated, ValueParser.Default.Parse("= 150.000 nghìn đồng/ha").Value!));
        Assert.False(Agreement.Agrees(stated, ValueParser.Default.Parse("= 150 nghìn đồng").Value!));
        // Against the parent, a per is never implicit: a total is not an amount per household.
        Assert.Equal(StrengthVerdict.Incomparable, Strength.Compare(ValueParser.Default.Parse(">= 90 triệu đồng").Value!, target).Verdict);
    }

    [Fact]
    public void A_yearly_result_is_not_a_result_over_the_term()
    {
        var value = ValueParser.Default.Parse(">= 2 đảng viên/nhiệm kỳ");
        Assert.False(Unit.Parse("đảng viên/năm").ComparableWith(Unit.Parse("đảng viên/nhiệm kỳ")));
        Assert.True(Unit.Parse("đảng viên").ComparableWith(Unit.Parse("đảng viên/nhiệm kỳ")));
        Assert.Equal(Period.Term, value.Period);
    }

    private static string Describe(Phrase phrase) =>
        phrase.Value + (phrase.Period == Period.Unstated ? "" : "/" + phrase.Period.Key()) + (phrase.Year is { } y ? $" ({y})" : "");
}

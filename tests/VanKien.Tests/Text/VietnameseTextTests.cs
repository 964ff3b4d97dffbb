using VanKien.Text;

namespace VanKien.Tests.Text;

public class VietnameseTextTests
{
    [Theory]
    [InlineData(2025, 10, 1, "ngày 01 tháng 10 năm 2025")]
    [InlineData(2026, 4, 3, "ngày 03 tháng 4 năm 2026")]
    [InlineData(2026, 2, 20, "ngày 20 tháng 02 năm 2026")]
    [InlineData(2026, 1, 9, "ngày 09 tháng 01 năm 2026")]
    [InlineData(2025, 12, 31, "ngày 31 tháng 12 năm 2025")]
    public void Long_dates_take_leading_zeros_for_days_1_to_9_and_months_1_and_2(int y, int m, int d, string expected) =>
        Assert.Equal(expected, VietnameseDate.Long(new DateOnly(y, m, d)));

    [Theory]
    [InlineData(2026, 3, 25, "25/3/2026")]
    [InlineData(2025, 8, 8, "08/8/2025")]
    [InlineData(2025, 2, 1, "01/02/2025")]
    public void Short_dates_follow_the_same_rule(int y, int m, int d, string expected) =>
        Assert.Equal(expected, VietnameseDate.Short(new DateOnly(y, m, d)));

    [Fact]
    public void Decomposed_text_is_normalised_to_NFC()
    {
        var decomposed = "Đảng ủy".Normalize(System.Text.NormalizationForm.FormD);
        Assert.NotEqual("Đảng ủy", decomposed);
        Assert.Equal("Đảng ủy", VietnameseText.Nfc(decomposed));
    }

    [Fact]
    public void Capitals_keep_every_diacritic()
    {
        Assert.Equal("CHI BỘ TRƯỜNG MẦM NON VIỆT HỒNG", VietnameseText.Upper("Chi bộ Trường Mầm non Việt Hồng"));
        Assert.Equal("ĐẢNG ỦY XÃ HÙNG AN", VietnameseText.Upper("Đảng ủy xã Hùng An"));
    }

    [Fact]
    public void A_word_far_from_every_key_gets_no_suggestion() =>
        Assert.Null(EditDistance.Closest("so-van-ban-goc", ["so", "ngay", "ky"]));

    [Theory]
    [InlineData(1, "I")]
    [InlineData(4, "IV")]
    [InlineData(9, "IX")]
    [InlineData(14, "XIV")]
    public void Roman_numerals(int n, string expected) => Assert.Equal(expected, RomanNumerals.From(n));

    [Theory]
    [InlineData("ngya", "ngay")]
    [InlineData("noi-nhn", "noi-nhan")]
    [InlineData("trichyeu", "trich-yeu")]
    public void Misspelt_keys_get_a_suggestion(string typed, string expected) =>
        Assert.Equal(expected, EditDistance.Closest(typed, ["so", "noi-nhan", "trich-yeu", "ngay", "ky"]));
}

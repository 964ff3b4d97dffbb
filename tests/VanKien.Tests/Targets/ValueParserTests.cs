using VanKien.Targets;

namespace VanKien.Tests.Targets;

public class ValueParserTests
{
    [Theory]
    [InlineData(">= 90%", ">= 90%", "")]
    [InlineData("≥90 %", ">= 90%", "")]
    [InlineData("> 90%", "> 90%", "")]
    [InlineData("< 5%", "< 5%", "")]
    [InlineData("<= 2 điểm trường", "<= 2 điểm trường", "")]
    [InlineData("= 100%", "= 100%", "")]
    [InlineData("100%", "= 100%", "")]
    [InlineData(">= 3", ">= 3", "")]
    [InlineData("1..2 đảng viên/nhiệm kỳ", "1..2 đảng viên", "nhiem-ky")]
    [InlineData("15..20%", "15..20%", "")]
    [InlineData(">= 2 lần/năm", ">= 2 lần", "hang-nam")]
    [InlineData(">= 1,35 ha/trường", ">= 1,35 ha/trường", "")]
    [InlineData(">= 1,35 ha/trường (2030); >= 1,8 ha/trường (2035)", ">= 1,35 ha/trường (2030); >= 1,8 ha/trường (2035)", "")]
    [InlineData(">= 100% (2035); >= 80% (2030)", ">= 80% (2030); >= 100% (2035)", "")]
    [InlineData("top 5", "top 5", "")]
    [InlineData("top 100 trường của tỉnh", "top 100 trường của tỉnh", "")]
    [InlineData("tốp 5", "top 5", "")]
    [InlineData("Tốp 10 của huyện", "top 10 của huyện", "")]
    [InlineData("xếp thứ 3", "top 3", "")]
    [InlineData("xếp hạng 2 toàn tỉnh", "top 2 toàn tỉnh", "")]
    [InlineData("đứng thứ 1", "top 1", "")]
    [InlineData(">= hoàn thành tốt nhiệm vụ", ">= xep-loai:hoàn thành tốt nhiệm vụ", "")]
    [InlineData(">= Hoàn thành tốt nhiệm vụ", ">= xep-loai:hoàn thành tốt nhiệm vụ", "")]
    [InlineData(">= chuan-quoc-gia:mức độ 2", ">= chuan-quoc-gia:mức độ 2", "")]
    [InlineData(">= chuyen-doi-so:3", ">= chuyen-doi-so:mức độ 3", "")]
    [InlineData("1.000 người", "= 1.000 người", "")]
    public void Parses_the_value_syntax(string text, string expected, string period)
    {
        var result = ValueParser.Default.Parse(text);
        Assert.Null(result.Error);
        Assert.Equal(expected, result.Value!.ToString());
        Assert.Equal(period, result.Period.Key());
    }

    [Theory]
    [InlineData(">= 1.35 ha/trường", "dấu phẩy thập phân")]
    [InlineData("2..1 đảng viên", "đầu khoảng lớn hơn cuối khoảng")]
    [InlineData(">= mức độ 2", "có ở nhiều thang")]
    [InlineData(">= xep-hang:2", "thang bậc 'xep-hang' không có")]
    [InlineData(">= chuan-quoc-gia:mức độ 5", "không có bậc 'mức độ 5'")]
    [InlineData(">= 80% (2030); >= 100%", "mỗi mốc phải có năm")]
    [InlineData(">= nhiều", "không phải số lượng hay bậc")]
    public void Explains_what_is_wrong(string text, string message)
    {
        var result = ValueParser.Default.Parse(text);
        Assert.Null(result.Value);
        Assert.Contains(message, result.Error);
    }
}

using VanKien.Targets;
using VanKien.Values;

namespace VanKien.Tests.Values;

/// <summary>
/// Real phrases — from the corpus of public documents (../shared/corpus), the seeds and the
/// samples — with the values they state, read off by hand before the parser ran: each value as
/// "value/period (year)", in order, then what the first one measures in its dimension's base
/// (a "triệu đồng" is 1.000.000 "đồng", a "ha" 10.000 "m²").
/// </summary>
public class ValuePhraseTests
{
    public static TheoryData<string, string, string> Phrases => new()
    {
        // Corpus 11: a district congress's targets as a newspaper printed them.
        { "Tốc độ tăng giá trị sản xuất bình quân hàng năm (giá so sánh năm 2010) đạt 16%, trong đó: Nông, lâm, thủy sản tăng 6%", "= 16%/hang-nam | = 6%/hang-nam", "Percent 16 %" },
        { "Thu nhập bình quân đầu người/năm đến năm 2025: 60 triệu đồng", "= 60 triệu đồng/người/hang-nam (2025)", "Money 60.000.000 đồng/người" }, // issue 33: per person, each year
        { "ứng dụng công nghệ cao đến năm 2025 đạt 1.900 ha", "= 1.900 ha (2025)", "Area 19.000.000 m²" },
        { "Giá trị sản phẩm trên một ha đất trồng trọt và nuôi trồng thủy sản năm 2025 đạt 72 triệu đồng", "= 72 triệu đồng/ha", "Money 72.000.000 đồng/ha" }, // issue 33: the per before the number
        { "Tổng huy động vốn đầu tư phát triển thời kỳ 2021-2025: 5.000 tỷ đồng", "= 5.000 tỷ đồng", "Money 5.000.000.000.000 đồng" },
        { "Tỷ lệ tăng thu ngân sách bình quân hàng năm: 12%", "= 12%/hang-nam", "Percent 12 %" },
        { "Tỷ lệ số xã đạt chuẩn nông thôn mới năm 2025 đạt 50% (8 xã), trong đó: Tỷ lệ số xã đạt chuẩn nông thôn mới nâng cao 6,25% (1 xã)", "= 50% | = 6,25%", "Percent 50 %" },
        { "tỷ lệ thôn đạt chuẩn nông thôn mới 58,9% (66/112 thôn, tăng thêm 20 thôn)", "= 58,9%", "Percent 58,9 %" },
        { "tỷ lệ thôn đạt chuẩn nông thôn mới kiểu mẫu 1,8% (2 thôn)", "= 1,8%", "Percent 1,8 %" },
        { "Tỷ lệ đô thị hóa đến năm 2025: 16% trở lên", ">= 16% (2025)", "Percent 16 %" },
        { "Tỷ lệ đường giao thông trên địa bàn (không tính quốc lộ và tỉnh lộ) được cứng hóa đến năm 2025: 80%", "= 80% (2025)", "Percent 80 %" },
        { "Tốc độ tăng dân số bình quân hằng năm dưới 1%", "< 1%/hang-nam", "Percent 1 %" },
        { "Tỷ lệ lao động nông nghiệp trong tổng lao động năm 2025: 50%", "= 50%", "Percent 50 %" },
        { "Tỷ lệ lao động qua đào tạo năm 2025: 65%", "= 65%", "Percent 65 %" },
        { "Trong giai đoạn 2011-2015, đã huy động trên 10.950 tỷ đồng, tăng gần 2 lần so giai đoạn trước", "> 10.950 tỷ đồng | = 2 lần", "Money 10.950.000.000.000 đồng" },
        // Corpus: provincial and school plans.
        { "14,0 - 14,7%", "14..14,7%", "Percent 14 %" },
        { "2,5 - 2,9%", "2,5..2,9%", "Percent 2,5 %" },
        { "7,0 - 7,5%", "7..7,5%", "Percent 7 %" },
        { "tỉ lệ lưu ban không quá 2%", "<= 2%", "Percent 2 %" },
        { "người chưa thành niên từ 5 đến 17 tuổi xuống dưới 1 %", "< 1%", "Percent 1 %" },
        { "Trên 95% trẻ em có nguy cơ, lao động trẻ", "> 95%", "Percent 95 %" },
        { "học sinh đi học đúng độ tuổi hàng năm đạt 98 % (mục tiêu 98%)", "= 98%/hang-nam | = 98%/hang-nam", "Percent 98 %" },
        { "Năm học 2019-2020 đạt 99,6%", "= 99,6%", "Percent 99,6 %" },
        { "Hàng năm đạt 100% (mục tiêu 100%)", "= 100%/hang-nam | = 100%/hang-nam", "Percent 100 %" },
        { "kiểm tra giám sát ít nhất 15-20% đảng viên trong chi bộ", "15..20%", "Percent 15 %" },
        { "tỷ lệ trường đạt chuẩn quốc gia mức độ 2 đạt từ 80% trở lên", "= chuan-quoc-gia:mức độ 2 | >= 80%", "" },
        { "các trường trọng điểm ≥ 3 ha/trường", ">= 3 ha/trường", "Area 30.000 m²/trường" },
        { "đến năm 2035 đạt từ 1,8 ha/trường trở lên", ">= 1,8 ha/trường (2035)", "Area 18.000 m²/trường" },
        { "100% trường có thư viện", "= 100%", "Percent 100 %" },
        { "100% là nữ, tuổi đơì bình quân 38 tuổi", "= 100%", "Percent 100 %" },
        { "số đảng viên kết nạp trong năm 01 đ/c", "", "" },
        { "Phấn đấu 100% đảng viên hoàn thành tốt nhiệm vụ, chi bộ đạt trong sạch vững mạnh", "= 100%", "Percent 100 %" },
        // Seeds and samples.
        { "Thực hiện kết nạp đảng viên mới đạt từ 01-02 đảng viên/nhiệm kỳ (đảm bảo nguồn phát triển Đảng).", "1..2 đảng viên/nhiem-ky", "Count 1 đảng viên" },
        { "Phân đấu trên 90% đảng viên hoàn tốt nhiệm vụ, trong đó 20% đảng viên hoàn thành xuất sắc nhiệm vụ.", "> 90% | = 20%", "Percent 90 %" },
        { "Phân đấu bồi dưỡng, giới thiệu 02 đoàn viên ưu tú cho Đảng.", "= 2 đoàn viên", "Count 2 đoàn viên" },
        { "Thành tích HSG xếp trong top 100 trường của tỉnh", "top 100 trường của tỉnh", "" },
        { "top 5", "top 5", "" },
        { "Duy trì và nâng cao chất lượng trường đạt chuẩn quốc gia mức độ 1 và kiểm định chất lượng giáo dục cấp độ 2 theo quy định.", "= chuan-quoc-gia:mức độ 1 | = kiem-dinh:cấp độ 2", "" },
        { "Hằng năm chi bộ được xếp loại hoàn thành tốt nhiệm vụ trở lên, phấn đấu có năm đạt hoàn thành xuất sắc nhiệm vụ.", ">= xep-loai:hoàn thành tốt nhiệm vụ/hang-nam | = xep-loai:hoàn thành xuất sắc nhiệm vụ/hang-nam", "" },
        { "không quá 02 điểm trường", "<= 2 điểm trường", "Count 2 điểm trường" },
        { "ít nhất 03 chuyên đề", ">= 3 chuyên đề", "Count 3 chuyên đề" },
        { "Giảm tỷ lệ trẻ suy dinh dưỡng thể thấp còi xuống dưới 5%", "< 5%", "Percent 5 %" },
        { "Mỗi cấp ≥ 01 trường trọng điểm", ">= 1 trường", "Count 1 trường" },
        { "≥ 35% trên chuẩn; 100% được bồi dưỡng/năm", ">= 35% | = 100%", "Percent 35 %" },
        { "100% đảng viên hoàn thành nhiệm vụ, trong đó 90% trở lên hoàn thành tốt nhiệm vụ, không có đảng viên không hoàn thành nhiệm vụ.", "= 100% | >= 90%", "Percent 100 %" },
        { "Thực hiện kiểm tra, giám sát 100% đảng viên trong nhiệm kỳ, trong đó kiểm tra, giám sát chuyên đề đạt từ 30% trở lên.", "= 100%/nhiem-ky | >= 30%/nhiem-ky", "Percent 100 %" },
        { "Tỷ lệ trẻ đến trường đạt trên 90%, tỷ lệ chuyên cần đạt trên 95%.", "> 90% | > 95%", "Percent 90 %" },
        { "Hằng năm có 90% trở lên giáo viên đạt danh hiệu lao động tiên tiến, trong đó có 15% giáo viên đạt danh hiệu chiến sĩ thi đua cơ sở.", ">= 90%/hang-nam | = 15%/hang-nam", "Percent 90 %" },
        { "Phấn đấu đến năm 2030 có 80% và đến năm 2035 có 100% trường học được đầu tư", "= 80% (2030) | = 100% (2035)", "Percent 80 %" },
        { "≥ 1,35 ha/trường (2030); ≥ 1,8 ha/trường (2035)", ">= 1,35 ha/trường (2030) | >= 1,8 ha/trường (2035)", "Area 13.500 m²/trường" },
        { "Tỷ lệ trẻ được ăn bán trú đạt 60%", "= 60%", "Percent 60 %" },
        { "100% chi bộ triển khai; kiểm điểm 2 lần/năm", "= 100% | = 2 lần/hang-nam", "Percent 100 %" },
        { "phân đấu đến năm 2030 có 100% các trường học đạt mức độ 3 về chuyển đổi số", "= 100% (2030) | = chuyen-doi-so:mức độ 3", "Percent 100 %" },
        { "Tỷ lệ huy động trẻ mẫu giáo ra lớp đạt trên 90%.", "> 90%", "Percent 90 %" },
        { "Đến năm 2027, 100% hồ sơ chuyên môn, quản lý của các trường học được số hóa.", "= 100% (2027)", "Percent 100 %" },
        { "Các chi bộ trường học kết nạp từ 04 đảng viên mới trở lên trong nhiệm kỳ.", ">= 4 đảng viên/nhiem-ky", "Count 4 đảng viên" },
        // The values issue's own cases: thousands, money, foreign currency, a rate, two values.
        { "15.000 đảng viên", "= 15.000 đảng viên", "Count 15.000 đảng viên" },
        { "ít nhất 12.000 đảng viên", ">= 12.000 đảng viên", "Count 12.000 đảng viên" },
        { "200 nghìn đồng", "= 200 nghìn đồng", "Money 200.000 đồng" },
        { "150 triệu đồng", "= 150 triệu đồng", "Money 150.000.000 đồng" },
        { "150 USD", "= 150 usd", "Money 150 USD" },
        { "thu nhập bình quân đạt 50 triệu đồng/người/năm", "= 50 triệu đồng/người/năm/hang-nam", "Money 50.000.000 đồng/người/năm" },
        { "trên 90% đảng viên hoàn thành tốt nhiệm vụ, trong đó 20% hoàn thành xuất sắc", "> 90% | = 20%", "Percent 90 %" },
    };

    [Theory]
    [MemberData(nameof(Phrases))]
    public void Each_phrase_gives_the_values_read_by_hand(string sentence, string expected, string firstInBase)
    {
        var phrases = PhraseParser.Default.Parse(sentence);
        Assert.Equal(expected, string.Join(" | ", phrases.Select(Describe)));
        Assert.Equal(firstInBase, phrases.Count == 0 ? "" : InBase(phrases[0].Value));
    }

    [Fact]
    public void The_table_holds_at_least_sixty_phrases() => Assert.True(Phrases.Count >= 60, $"{Phrases.Count} phrases");

    private static string Describe(Phrase phrase) =>
        phrase.Value + (phrase.Period == Period.Unstated ? "" : "/" + phrase.Period.Key()) + (phrase.Year is { } y ? $" ({y})" : "");

    private static string InBase(TargetValue value)
    {
        if (Bounds.Threshold(value) is not { } threshold) return "";
        var unit = threshold.Quantity.Measure;
        return $"{unit.Dimension} {VietnameseNumber.Format(unit.ToBase(threshold.Quantity.Amount))} {unit.Base}{string.Concat(unit.Per.Select(p => "/" + p))}";
    }
}

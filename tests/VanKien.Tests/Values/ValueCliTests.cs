using VanKien.Tests.Support;

namespace VanKien.Tests.Values;

/// <summary>
/// The values issue's cases through the command line: thousands that count, money compared by
/// amount and never across currencies, both values of a two-value sentence in the diff, numbers
/// printed the Vietnamese way, and a child with no value to hold against its parent.
/// </summary>
public class ValueCliTests
{
    private static string Valid => File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"));

    /// <summary>A source with one target; a child names its parent and the parent target.</summary>
    private static string Source(string folder, string name, string number, string target, string? parent = null)
    {
        var text = Valid.Replace("01-CTr/CB", number).Replace("noi-nhan:",
            (parent is null ? "" : $"thuc-hien: {parent}\n") + $"chi-tieu:\n  - nhom: Về xây dựng Đảng\n    muc:\n{target}noi-nhan:") + "\n::: chi-tieu\n:::\n";
        var path = Path.Combine(folder, name);
        File.WriteAllText(path, text);
        return path;
    }

    private static string Target(string id, string sentence, string? value = null, string? parent = null) =>
        $"      - id: {id}\n        noi-dung: \"{sentence}\"\n" + (value is null ? "" : $"        gia-tri: \"{value}\"\n") + (parent is null ? "" : $"        cha: {parent}\n");

    private static CliRun.Result CheckChild(string parentTarget, string childTarget)
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "vankien.yaml"), "mau: templates\n");
        Source(folder, "cap-tren.md", "01-CTr/CB", parentTarget);
        return CliRun.Run("check", Source(folder, "cap-duoi.md", "02-CTr/CB", childTarget, parent: "cap-tren.md"));
    }

    [Fact]
    public void A_child_target_of_12_000_is_weaker_than_a_parent_target_of_15_000()
    {
        var result = CheckChild(Target("CT-01", "Kết nạp 15.000 đảng viên mới trong nhiệm kỳ."),
            Target("ct-01", "Kết nạp ít nhất 12.000 đảng viên mới trong nhiệm kỳ.", parent: "CT-01"));
        Assert.Equal(1, result.ExitCode);
        var d = Assert.Single(result.DiagnosticLines, l => l.Contains(" VK0220: "));
        Assert.Contains(">= 12.000 đảng viên", d);
        Assert.Contains("= 15.000 đảng viên", d);
    }

    [Fact]
    public void Money_compares_by_amount_and_never_across_currencies()
    {
        var parent = Target("CT-01", "Thu nhập bình quân đạt 150 triệu đồng.", ">= 150 triệu đồng");
        var weaker = CheckChild(parent, Target("ct-01", "Thu nhập bình quân đạt 200 nghìn đồng.", ">= 200 nghìn đồng", "CT-01"));
        Assert.Equal(1, weaker.ExitCode);
        Assert.Contains(weaker.DiagnosticLines, l => l.Contains(" VK0220: "));

        var stronger = CheckChild(parent, Target("ct-01", "Thu nhập bình quân đạt 0,2 tỷ đồng.", ">= 0,2 tỷ đồng", "CT-01"));
        Assert.DoesNotContain(stronger.DiagnosticLines, l => l.Contains(" VK0220: ") || l.Contains(" VK0221: "));

        var foreign = CheckChild(parent, Target("ct-01", "Thu nhập bình quân đạt 150 USD.", ">= 150 USD", "CT-01"));
        Assert.Equal(1, foreign.ExitCode);
        var d = Assert.Single(foreign.DiagnosticLines, l => l.Contains(" VK0221: "));
        Assert.Contains("tiền tệ khác nhau", d);
    }

    [Fact]
    public void A_child_applying_a_measured_parent_target_without_any_value_is_a_warning()
    {
        var result = CheckChild(Target("CT-01", "Kết nạp 15.000 đảng viên mới trong nhiệm kỳ."),
            Target("ct-01", "Làm tốt công tác phát triển đảng viên.", parent: "CT-01"));
        var d = Assert.Single(result.DiagnosticLines, l => l.Contains(" VK0227: "));
        Assert.Contains("cảnh báo", d);
    }

    [Fact]
    public void The_diff_of_a_two_value_sentence_lists_both_raises()
    {
        var folder = Repo.NewTempFolder();
        var before = Source(folder, "nam-2026.md", "01-CTr/CB",
            Target("ct-01", "Hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ, trong đó 20% hoàn thành xuất sắc nhiệm vụ."));
        var after = Source(folder, "nam-2027.md", "02-CTr/CB",
            Target("ct-01", "Hằng năm có trên 92% đảng viên hoàn thành tốt nhiệm vụ, trong đó 25% hoàn thành xuất sắc nhiệm vụ."));
        var result = CliRun.Run("diff", before, after);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("↑ nâng ct-01: > 90% → > 92%", result.Output);
        Assert.Contains("↑ nâng ct-01: giá trị thứ 2 của câu (hoàn thành xuất sắc nhiệm vụ): = 20% → = 25%", result.Output);
    }

    [Fact]
    public void A_report_prints_thousands_with_a_dot()
    {
        var folder = Repo.NewTempFolder();
        var program = Source(folder, "ctr.md", "01-CTr/CB", Target("ct-01", "Toàn tỉnh có ít nhất 36.000 đảng viên.", ">= 36.000 đảng viên"));
        File.WriteAllText(program, File.ReadAllText(program).Replace("ngay: 2025-10-01", "ngay: 2025-10-01\nnhiem-ky: 2025-2030"));
        var results = Path.Combine(folder, "ket-qua.yaml");
        File.WriteAllText(results, "loai: ket-qua\nchuong-trinh: ctr.md\nbao-cao:\n  so: 03-BC/CB\n  ngay: 2027-12-15\n  noi-nhan: [Đảng ủy xã (b/c), Lưu Chi bộ]\n  ky: { tham-quyen: T/M CHI BỘ, chuc-vu: BÍ THƯ, ho-ten: Nguyễn Văn An }\nket-qua:\n  - id: ct-01\n    gia-tri: { 2027: 36875 đảng viên }\n");
        var output = Path.Combine(folder, "out");
        var result = CliRun.Run("report", program, "--results", results, "--kind", "so-ket", "--nam", "2027", "-o", output);
        Assert.True(result.ExitCode == 0, result.Error);
        var source = File.ReadAllText(Path.Combine(output, "bao-cao-so-ket-2027.md"));
        Assert.Contains("36.875 đảng viên", source);
        Assert.DoesNotContain("36875", source);
        var words = Docx.MainDocument(File.ReadAllBytes(Path.Combine(output, "bao-cao-so-ket-2027.docx"))).Descendants(Docx.W + "t").Select(t => t.Value);
        Assert.Contains("36.875 đảng viên", string.Join(' ', words));
    }

    [Fact]
    public void Targets_names_a_child_at_the_low_end_of_the_parents_range()
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "vankien.yaml"), "mau: templates\n");
        Source(folder, "cap-tren.md", "01-CTr/CB", Target("CT-01", "Kết nạp từ 01-02 đảng viên mới mỗi nhiệm kỳ.", "1..2 đảng viên/nhiệm kỳ"));
        var child = Source(folder, "cap-duoi.md", "02-CTr/CB", Target("ct-01", "Kết nạp ít nhất 01 đảng viên mới mỗi nhiệm kỳ.", ">= 1 đảng viên/nhiệm kỳ", "CT-01"), parent: "cap-tren.md");
        var result = CliRun.Run("targets", child);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.Contains("bằng mức thấp của khoảng", result.Output);
    }
}

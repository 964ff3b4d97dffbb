using VanKien.Tests.Support;

namespace VanKien.Tests.Checking;

/// <summary>
/// The deliberately broken child (Fixtures/broken): each planted defect is reported once, at its
/// line and column, with its rule id; the check exits 1. The samples check clean.
/// </summary>
public class BrokenChildTests
{
    private static readonly string Broken = Path.Combine(Repo.Fixtures, "broken", "chuong-trinh-hanh-dong-loi.md");

    [Fact]
    public void Each_planted_defect_is_reported_once_at_its_place()
    {
        var result = CliRun.Run("check", Broken);

        Assert.Equal(1, result.ExitCode);
        var reported = result.DiagnosticLines.Select(l => l[(Broken.Length + 1)..]).Select(l => System.Text.RegularExpressions.Regex.Match(l, @"^\d+:\d+: [^:]+ VK\d{4}:").Value).ToList();
        Assert.Equal(
        [
            "4:1: lỗi VK0301:",      // no recipients
            "4:1: cảnh báo VK0504:",   // no "Mục đích, yêu cầu" section
            "5:5: lỗi VK0303:",     // "7 -CTr/CB"
            "10:7: lỗi VK0304:",    // dated before the resolution
            "12:11: lỗi VK0305:",   // term 2025-2031
            "13:12: lỗi VK0224:",   // CT-12 neither adopted nor waived
            "17:24: cảnh báo VK0205:", // cites 07-KH/ĐU, unknown
            "27:18: lỗi VK0220:",   // >= 80% against >= 85%
            "35:18: lỗi VK0221:",   // đảng viên against %
            "39:14: lỗi VK0202:",   // CT-55
            "45:13: lỗi VK0203:",   // hs-06 twice
            "53:19: lỗi VK0222:",   // 2029 after 2027
            "60:18: cảnh báo VK0226:", // "90% trở lên" but >= 95%
            "63:18: lỗi VK0010:",   // 1.35 with a decimal point
            "66:14: lỗi VK0223:",   // han: 2032
            "87:8: cảnh báo VK0401:",  // Phân đấu
            "89:28: cảnh báo VK0403:", // two spaces
        ], reported);
    }

    [Fact]
    public void The_samples_check_clean()
    {
        var result = CliRun.Run("check", Repo.Samples, "--warnaserror");
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
    }

    [Fact]
    public void Warnings_fail_the_check_with_warnaserror()
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "van-ban.md");
        File.WriteAllText(source, File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md")) + "\nChi bộ Phân đấu hoàn thành.\n");
        Assert.Equal(0, CliRun.Run("check", source).ExitCode);
        Assert.Equal(1, CliRun.Run("check", source, "--warnaserror").ExitCode);
    }

    [Fact]
    public void The_human_format_shows_the_source_line_with_a_caret_the_hint_and_the_related_place()
    {
        var result = CliRun.Run("check", Broken);
        var lines = result.Error.Replace("\r\n", "\n").Split('\n').ToList();
        var at = lines.FindIndex(l => l.Contains("lỗi VK0220:"));
        Assert.Equal(" 27 |         gia-tri: \">= 80%\"", lines[at + 1]);
        Assert.Equal("    |                  ^", lines[at + 2]); // under column 18, the value
        Assert.StartsWith("   = gợi ý: chỉ tiêu áp dụng phải ít nhất bằng cấp trên", lines[at + 3]);
        Assert.Matches(@"^   = liên quan: .*nghi-quyet-dai-hoi-2025-2030\.yaml:\d+:\d+$", lines[at + 4]);
    }
}

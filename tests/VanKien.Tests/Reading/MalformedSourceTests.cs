using VanKien.Tests.Support;

namespace VanKien.Tests.Reading;

/// <summary>
/// Each malformed source gives exactly one diagnostic, at the line and column of the mistake,
/// with its rule id; the build exits 1 and writes no file.
/// </summary>
public class MalformedSourceTests
{
    private static string Fixture(string name) => Path.Combine(Repo.Fixtures, "malformed", name);

    [Theory]
    [InlineData("broken-yaml-indentation.md", 6, 2, "VK0001", "YAML không hợp lệ")]
    [InlineData("broken-yaml-unclosed-quote.md", 9, 12, "VK0001", "YAML không hợp lệ")]
    [InlineData("unknown-key.md", 9, 1, "VK0002", "khóa 'trich-yu' không được hỗ trợ\n 9 | trich-yu: Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I\n   | ^\n   = gợi ý: có phải ý bạn là 'trich-yeu'?")]
    [InlineData("impossible-date.md", 8, 7, "VK0005", "'ngay': ngày 30/02/2025 không tồn tại")]
    [InlineData("wrong-type.md", 4, 10, "VK0003", "'co-quan' phải gồm các cặp 'khóa: giá trị'")]
    public void Build_reports_one_diagnostic_exits_1_and_writes_nothing(string fixture, int line, int column, string rule, string message)
    {
        var output = Repo.NewTempFolder();
        var source = Fixture(fixture);

        var result = CliRun.Run("build", source, "-o", output);

        Assert.Equal(1, result.ExitCode);
        var diagnostic = Assert.Single(result.DiagnosticLines);
        Assert.StartsWith($"{source}:{line}:{column}: lỗi {rule}: ", diagnostic);
        Assert.Contains(message, result.Error);
        Assert.DoesNotContain("   at ", result.Error); // never a stack trace
        Assert.Empty(Directory.EnumerateFileSystemEntries(output, "*", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("broken-yaml-indentation.md", "VK0001")]
    [InlineData("unknown-key.md", "VK0002")]
    [InlineData("impossible-date.md", "VK0005")]
    [InlineData("wrong-type.md", "VK0003")]
    public void Check_reports_the_same_diagnostic(string fixture, string rule)
    {
        var result = CliRun.Run("check", Fixture(fixture));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($": lỗi {rule}: ", Assert.Single(result.DiagnosticLines));
    }

    [Fact]
    public void The_unbroken_fixture_they_derive_from_builds_cleanly()
    {
        var output = Repo.NewTempFolder();
        var result = CliRun.Run("build", Fixture("valid-minimal.md"), "-o", output);
        Assert.Equal(0, result.ExitCode);
        Assert.Empty(result.Error);
        Assert.True(File.Exists(Path.Combine(output, "valid-minimal.docx")));
    }
}

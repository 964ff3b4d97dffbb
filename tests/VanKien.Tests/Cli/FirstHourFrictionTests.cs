using VanKien.Tests.Support;

namespace VanKien.Tests.Cli;

/// <summary>
/// The frictions a new user met in the first hour (issue 31, point 4), each as the user met it:
/// through the command line, in a fresh folder.
/// </summary>
public class FirstHourFrictionTests
{
    private static string Sample(string root) => Path.Combine(root, "samples", "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");

    [Fact]
    public void Human_diagnostics_name_their_severity_in_vietnamese_and_json_keeps_the_machine_words()
    {
        var root = Repo.CopyOfSamples();
        var path = Sample(root);
        var source = File.ReadAllText(path)
            .Replace("so: 05-CTr/CB", "so: 05 CTr CB", StringComparison.Ordinal)
            .Replace("# Mục đích, yêu cầu", "# Mục đích, yêu cầu\n\nPhân đấu hoàn thành.", StringComparison.Ordinal);
        File.WriteAllText(path, source);

        var human = CliRun.Run("check", path);
        Assert.Equal(1, human.ExitCode);
        Assert.Contains(human.ErrorLines, l => l.Contains(": lỗi VK0303: ", StringComparison.Ordinal));
        Assert.Contains(human.ErrorLines, l => l.Contains(": cảnh báo VK0401: ", StringComparison.Ordinal));
        Assert.DoesNotContain(human.ErrorLines, l => System.Text.RegularExpressions.Regex.IsMatch(l, @":\d+:\d+: (error|warning|info) VK"));

        var json = CliRun.Run("check", path, "--diagnostics", "json");
        Assert.Contains("\"severity\": \"error\"", json.Output.Replace("\":\"", "\": \""), StringComparison.Ordinal);
        Assert.Contains("\"severity\": \"warning\"", json.Output.Replace("\":\"", "\": \""), StringComparison.Ordinal);
    }
}

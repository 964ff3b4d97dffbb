using System.Text.RegularExpressions;
using VanKien.Tests.Support;
using Xunit.Abstractions;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Alias bombs, deep nesting and an oversized file are turned away cheaply: the whole process, start-up
/// included, under a second of processor time and under 100 MB at its peak (GNU time measures both).
/// </summary>
[Trait("Speed", "Slow")]
public class HostileInputCostTests(ITestOutputHelper log)
{
    [ExternalToolTheory("time")]
    [InlineData("yaml-alias-bomb")]
    [InlineData("yaml-10000-deep")]
    [InlineData("markdown-10000-quotes")]
    [InlineData("markdown-1000-deep-list")]
    [InlineData("file-of-50-mb")]
    public async Task A_hostile_input_is_rejected_within_a_second_and_100_mb(string name)
    {
        var folder = Repo.NewTempFolder();
        var source = BadInputCatalogue.All.Single(e => e.Name == name).Make(folder);
        // Measured from outside, by GNU time (as the benchmarks are): the whole process, native or managed.
        var start = VankienProcess.StartInfo(["build", source, "-o", Path.Combine(folder, "out")], ExternalTool.Find("time")!, "-f", "peak-kb: %M\ncpu-s: %U %S");
        using var process = System.Diagnostics.Process.Start(start)!;
        var error = process.StandardError.ReadToEndAsync();
        await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5)); // a hang fails here (generous: a loaded machine is slow to start a process)

        var text = await error;
        Assert.Equal(1, process.ExitCode);
        Assert.Contains("lỗi VK0009", text);
        var peak = long.Parse(Regex.Match(text, @"peak-kb: (\d+)").Groups[1].Value) * 1024;
        var times = Regex.Match(text, @"cpu-s: ([0-9.]+) ([0-9.]+)");
        var cpu = (long)((double.Parse(times.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture)
            + double.Parse(times.Groups[2].Value, System.Globalization.CultureInfo.InvariantCulture)) * 1000);
        log.WriteLine($"{name}: peak {peak / 1024 / 1024} MB, {cpu} ms of processor time");
        // The peak proves GNU time measured the process; its processor time counts in hundredths of a
        // second, so a native binary turned away in under 10 ms reads 0.
        Assert.InRange(peak, 1, 100L * 1024 * 1024);
        Assert.InRange(cpu, 0, 1000);
    }
}

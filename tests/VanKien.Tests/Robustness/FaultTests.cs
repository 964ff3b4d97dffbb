using System.Diagnostics;
using System.IO.Compression;
using VanKien.Tests.Support;
using Xunit.Abstractions;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Faults around a build, each in separate processes as CI meets them: a build killed with SIGKILL,
/// one stopped with Ctrl-C, two at once on one output folder, an output folder that cannot be written.
/// </summary>
[Trait("Speed", "Slow")]
public class FaultTests(ITestOutputHelper log)
{

    /// <summary>The samples, <paramref name="copies"/> times over, as one project; <c>edited</c> changes every document's title.</summary>
    private static string Project(int copies, bool edited)
    {
        var root = Repo.NewTempFolder();
        File.Copy(Path.Combine(Repo.Samples, "vankien.yaml"), Path.Combine(root, "vankien.yaml"));
        for (var k = 1; k <= copies; k++)
            foreach (var source in Repo.SampleSources())
            {
                var target = Path.Combine(root, $"ban-{k}", Path.GetRelativePath(Repo.Samples, source));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                var text = File.ReadAllText(source);
                File.WriteAllText(target, edited ? text.Replace("\ntrich-yeu: ", "\ntrich-yeu: Bản sửa đổi - ") : text);
            }
        return root;
    }

    /// <summary>
    /// The build, started with SIGINT at its default disposition: a suite run as a background job
    /// (`bash .ci/run &amp;`) hands its children SIGINT ignored, as POSIX says, and .NET cannot then
    /// see Ctrl-C. env(1) of coreutils 9 resets it; where env cannot, the Ctrl-C test skips.
    /// </summary>
    private static Process Start(string folder, string[] arguments, int slowRenamesMs = 0, bool defaultSigint = false)
    {
        var start = defaultSigint ? VankienProcess.StartInfo(arguments, "env", "--default-signal=INT") : VankienProcess.StartInfo(arguments);
        start.WorkingDirectory = folder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        if (slowRenamesMs > 0) SlowRenames.Apply(start, slowRenamesMs);
        return Process.Start(start)!;
    }

    private static bool EnvResetsSignals { get; } =
        ExternalTool.Run("env", ["--default-signal=INT", "true"]).ExitCode == 0;

    private static ExternalTool.Result Run(string folder, params string[] arguments) => VankienProcess.RunIn(folder, arguments);

    private static Dictionary<string, byte[]> Outputs(string folder) =>
        Directory.EnumerateFiles(folder, "*.docx", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    private static void CopyFolder(string from, string to)
    {
        if (Directory.Exists(to)) Directory.Delete(to, recursive: true);
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }

    /// <summary>The old and the new outputs of the same project: what a build turns one into the other.</summary>
    private (string Project, Dictionary<string, byte[]> Old, Dictionary<string, byte[]> New, string OldFolder) OldAndNew(int copies)
    {
        var old = Project(copies, edited: false);
        Assert.Equal(0, Run(old, "build", "-o", "out").ExitCode);
        var project = Project(copies, edited: true);
        Assert.Equal(0, Run(project, "build", "-o", "new").ExitCode);
        var before = Outputs(Path.Combine(old, "out"));
        var after = Outputs(Path.Combine(project, "new"));
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before.Keys, k => Assert.NotEqual(before[k], after[k]));
        return (project, before, after, Path.Combine(old, "out"));
    }

    private static void AssertEachOutputIsOldOrNew(string outputFolder, Dictionary<string, byte[]> old, Dictionary<string, byte[]> @new, ref int newCount)
    {
        var now = Outputs(outputFolder);
        Assert.Equal(old.Keys.Order(), now.Keys.Order()); // none lost
        foreach (var (name, bytes) in now)
        {
            var isOld = bytes.AsSpan().SequenceEqual(old[name]);
            var isNew = bytes.AsSpan().SequenceEqual(@new[name]);
            Assert.True(isOld || isNew, $"{name} is neither the previous output nor the complete new one ({bytes.Length} bytes)");
            if (isNew) newCount++;
            using var zip = new ZipArchive(new MemoryStream(bytes)); // and it opens
            Assert.NotNull(zip.GetEntry("word/document.xml"));
        }
    }

    [ExternalToolFact("clang")]
    public void A_build_killed_mid_write_leaves_every_output_whole_the_previous_or_the_new()
    {
        var (project, old, @new, oldFolder) = OldAndNew(copies: 2);
        var output = Path.Combine(project, "out");
        int killed = 0, newSeen = 0, finished = 0, midWrite = 0;
        var clock = Stopwatch.StartNew();
        // Kill at a spread of moments, from start-up to the end of the writing, until the build outruns the kill.
        for (var delay = 100; delay <= 10_000 && finished < 2; delay += 60)
        {
            CopyFolder(oldFolder, output);
            using var build = Start(project, ["build", "-o", "out", "--force"], slowRenamesMs: 40);
            if (build.WaitForExit(delay)) finished++;
            else
            {
                build.Kill(); // SIGKILL: no clean-up runs
                build.WaitForExit();
                killed++;
            }
            var newNow = 0;
            AssertEachOutputIsOldOrNew(output, old, @new, ref newNow);
            if (newNow > 0 && newNow < old.Count) midWrite++;
            newSeen += newNow;
        }
        log.WriteLine($"{killed} builds killed in {clock.Elapsed.TotalSeconds:0.0} s, {midWrite} of them part-way through writing the {old.Count} outputs; {finished} ran to the end");
        Assert.True(killed >= 5, $"only {killed} builds were killed before finishing");
        Assert.True(midWrite >= 3, $"only {midWrite} kills landed part-way through the writes");

        // The next build removes the temporary files the killed ones left, and finishes the job.
        Assert.Equal(0, Run(project, "build", "-o", "out").ExitCode);
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
        Assert.All(Outputs(output), o => Assert.Equal(@new[o.Key], o.Value));
    }

    [ExternalToolFact("clang")]
    public async Task Ctrl_c_stops_a_build_cleanly_with_no_partial_files()
    {
        if (!EnvResetsSignals)
        {
            // Visible in the log; fails under CI, whose .ci/run has coreutils 9.
            Assert.False(ExternalTool.IsCi, "env --default-signal is missing: the Ctrl-C test cannot give its build the default SIGINT disposition");
            log.WriteLine("SKIPPED: env --default-signal is missing (coreutils < 9)");
            return;
        }
        var (project, old, @new, oldFolder) = OldAndNew(copies: 4);
        var output = Path.Combine(project, "out");
        CopyFolder(oldFolder, output);
        using var build = Start(project, ["build", "-o", "out", "--force"], slowRenamesMs: 40, defaultSigint: true);
        // The first progress line: the build is under way.
        var errorReading = build.StandardError.ReadToEndAsync();
        var outputReading = build.StandardOutput.ReadToEndAsync();
        // Wait until a write is under way (its temporary file is there), then press Ctrl-C.
        var clock = Stopwatch.StartNew();
        while (!Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories).Any() && clock.Elapsed < TimeSpan.FromSeconds(60) && !build.HasExited)
            await Task.Delay(5);
        Assert.False(build.HasExited, "the build ended before it could be interrupted");
        using (var signal = Process.Start("kill", ["-INT", build.Id.ToString()])) await signal.WaitForExitAsync();
        await outputReading;
        await build.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(1));
        var error = await errorReading;
        log.WriteLine(error);

        Assert.Equal(130, build.ExitCode);
        Assert.Contains("đã dừng theo yêu cầu", error);
        Assert.DoesNotContain("   at ", error);
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
        var newSeen = 0;
        AssertEachOutputIsOldOrNew(output, old, @new, ref newSeen);
        log.WriteLine($"{newSeen} of {old.Count} outputs were written before the stop");
        Assert.InRange(newSeen, 1, old.Count - 1); // the write under way was finished, the rest not started

        // Nothing stopped half-way is taken for done: the next build brings every output up to date.
        Assert.Equal(0, Run(project, "build", "-o", "out").ExitCode);
        Assert.All(Outputs(output), o => Assert.Equal(@new[o.Key], o.Value));
    }

    [ExternalToolFact("clang")]
    public async Task Two_builds_at_once_on_one_output_folder_do_not_corrupt_each_other()
    {
        var project = Project(copies: 2, edited: false);
        Assert.Equal(0, Run(project, "build", "-o", "expected").ExitCode);
        var expected = Outputs(Path.Combine(project, "expected"));

        for (var round = 0; round < 3; round++)
        {
            using var one = Start(project, ["build", "-o", "out", "--force"], slowRenamesMs: 5);
            using var two = Start(project, ["build", "-o", "out", "--force"], slowRenamesMs: 5);
            var streams = new[] { one, two }.Select(p => Task.WhenAll(p.StandardError.ReadToEndAsync(), p.StandardOutput.ReadToEndAsync())).ToList();
            var texts = await Task.WhenAll(streams);
            await Task.WhenAll(one.WaitForExitAsync(), two.WaitForExitAsync()).WaitAsync(TimeSpan.FromMinutes(2));
            Assert.True(one.ExitCode == 0, texts[0][0]);
            Assert.True(two.ExitCode == 0, texts[1][0]);
        }
        var output = Path.Combine(project, "out");
        Assert.Equal(expected.Keys.Order(), Outputs(output).Keys.Order());
        Assert.All(Outputs(output), o => Assert.Equal(expected[o.Key], o.Value));
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
        // The shared build cache is whole JSON, whichever build wrote it last.
        using var cache = System.Text.Json.JsonDocument.Parse(File.ReadAllBytes(Path.Combine(output, ".vankien", "cache.json")));
        Assert.Equal(System.Text.Json.JsonValueKind.Object, cache.RootElement.ValueKind);
    }

    [Theory]
    [InlineData("/proc/vankien-out")]          // a read-only file system, even for root
    [InlineData("{project}/vankien.yaml/out")] // a file where a folder should be
    public void An_output_folder_that_cannot_be_written_gives_a_diagnostic(string folder)
    {
        var project = Project(copies: 1, edited: false);
        var output = folder.Replace("{project}", project);
        var result = CliRun.Run("build", Path.Combine(project, "ban-1", "chi-bo-tieu-hoc-hung-an"), "-o", output);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(": lỗi VK0901: không ghi được", result.Error);
        Assert.DoesNotContain("   at ", result.Error);
    }
}

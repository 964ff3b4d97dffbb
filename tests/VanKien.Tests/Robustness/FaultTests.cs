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
        var start = StartInfo(folder, arguments, defaultSigint);
        if (slowRenamesMs > 0) SlowRenames.Apply(start, slowRenamesMs);
        return Process.Start(start)!;
    }

    private static ProcessStartInfo StartInfo(string folder, string[] arguments, bool defaultSigint = false)
    {
        var start = defaultSigint ? VankienProcess.StartInfo(arguments, "env", "--default-signal=INT") : VankienProcess.StartInfo(arguments);
        start.WorkingDirectory = folder;
        start.RedirectStandardOutput = true;
        start.RedirectStandardError = true;
        return start;
    }

    /// <summary>
    /// Lets the build's renames through the gate until the <paramref name="k"/>-th rename of a DOCX is held
    /// there, and returns the DOCX outputs replaced before it, each seen replaced on disk. Other renames
    /// (the build cache) pass. Fails if the build ends first.
    /// </summary>
    private static List<string> HoldAtDocx(RenameGate gate, Process build, int k, string output, Dictionary<string, byte[]> @new)
    {
        var replaced = new List<string>();
        for (var n = 1; ; n++)
        {
            var target = gate.WaitFor(n, build, TimeSpan.FromMinutes(3));
            Assert.True(target is not null, $"the build ended (or hung) before its rename {n}");
            if (!target.EndsWith(".docx", StringComparison.Ordinal)) { gate.Release(n); continue; }
            if (replaced.Count == k - 1) break;
            gate.Release(n);
            replaced.Add(Path.GetRelativePath(output, target));
        }
        // A rename let through lands at once; waited for, not assumed.
        foreach (var name in replaced)
            Assert.True(SpinWait.SpinUntil(() => File.ReadAllBytes(Path.Combine(output, name)).AsSpan().SequenceEqual(@new[name]), TimeSpan.FromMinutes(1)),
                $"{name} was let through the gate but never replaced");
        return replaced;
    }

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
        // SIGKILL while the k-th output's complete temporary file waits to replace the previous one: before
        // any is replaced, after the second, half-way, and with only the last to go. The rename seam holds
        // each write until the test lets it go, so the moment of the kill is chosen, never raced.
        foreach (var k in new[] { 1, 3, old.Count / 2, old.Count }.Distinct())
        {
            CopyFolder(oldFolder, output);
            var start = StartInfo(project, ["build", "-o", "out", "--force"]);
            var gate = SlowRenames.Gate(start);
            using var build = Process.Start(start)!;
            var replaced = HoldAtDocx(gate, build, k, output, @new);
            Assert.NotEmpty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories)); // the write under way
            build.Kill(); // SIGKILL: no clean-up runs
            build.WaitForExit();

            var newSeen = 0;
            AssertEachOutputIsOldOrNew(output, old, @new, ref newSeen);
            var nowNew = Outputs(output).Where(o => o.Value.AsSpan().SequenceEqual(@new[o.Key])).Select(o => o.Key).Order();
            Assert.Equal(replaced.Order(), nowNew); // exactly those let through, the rest the previous build's
            log.WriteLine($"killed before output {k} of {old.Count}: {newSeen} new, {old.Count - newSeen} previous, every one whole");
        }

        // The next build removes the temporary files the killed ones left, and finishes the job.
        Assert.Equal(0, Run(project, "build", "-o", "out").ExitCode);
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
        Assert.All(Outputs(output), o => Assert.Equal(@new[o.Key], o.Value));
    }

    [RequirementFact(Requirement.EnvDefaultSignal, "clang")]
    public async Task Ctrl_c_stops_a_build_cleanly_with_no_partial_files()
    {
        var (project, old, @new, oldFolder) = OldAndNew(copies: 2);
        var output = Path.Combine(project, "out");
        CopyFolder(oldFolder, output);
        var start = StartInfo(project, ["build", "-o", "out", "--force"], defaultSigint: true);
        var gate = SlowRenames.Gate(start);
        using var build = Process.Start(start)!;
        var outputReading = build.StandardOutput.ReadToEndAsync();
        // Ctrl-C while the second output waits to replace the previous one, the first already replaced.
        var replaced = HoldAtDocx(gate, build, 2, output, @new);
        using (var signal = Process.Start("kill", ["-INT", build.Id.ToString()])) await signal.WaitForExitAsync();
        // The tool says at once that it heard; only then are the held writes let go.
        var error = new System.Text.StringBuilder();
        while (await build.StandardError.ReadLineAsync() is { } line)
        {
            error.AppendLine(line);
            if (line.Contains("đã nhận yêu cầu dừng", StringComparison.Ordinal)) break;
        }
        Assert.Contains("đã nhận yêu cầu dừng", error.ToString());
        gate.ReleaseAll();
        error.Append(await build.StandardError.ReadToEndAsync());
        await outputReading;
        await build.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        log.WriteLine(error.ToString());

        Assert.Equal(130, build.ExitCode);
        Assert.Contains("đã dừng theo yêu cầu", error.ToString());
        Assert.DoesNotContain("   at ", error.ToString());
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
        var newSeen = 0;
        AssertEachOutputIsOldOrNew(output, old, @new, ref newSeen);
        log.WriteLine($"{newSeen} of {old.Count} outputs were written before the stop");
        // The writes under way (one per worker) were finished; none was started after the Ctrl-C.
        Assert.InRange(newSeen, replaced.Count + 1, replaced.Count + Environment.ProcessorCount);

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

using System.Diagnostics;
using System.IO.Compression;
using System.Text;
using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Inputs an attacker or a careless user would try, beyond the bad-input catalogue: paths that lead
/// out, outputs that collide or land on a source, files that never end, work that grows faster than
/// its input, digits from other scripts, hostile caches and templates, names with control characters.
/// Each names the guarantee it holds (docs/bao-tri/reliability.md).
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class ProbeTests
{

    private static string Valid => File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"));

    private static ExternalTool.Result RunIn(string folder, params string[] arguments) =>
        VankienProcess.RunIn(folder, arguments, TimeSpan.FromMinutes(3));

    /// <summary>A project folder with the valid fixture as <c>a.md</c>.</summary>
    private static string Project(string? projectFile = "mau: templates\n")
    {
        var root = Path.Combine(Repo.NewTempFolder(), "du-an");
        Directory.CreateDirectory(root);
        if (projectFile is not null) File.WriteAllText(Path.Combine(root, "vankien.yaml"), projectFile);
        File.WriteAllText(Path.Combine(root, "a.md"), Valid);
        return root;
    }

    private static void Git(string folder, params string[] arguments)
    {
        var result = ExternalTool.RunIn(folder, "git", ["-c", "user.name=t", "-c", "user.email=t@t", "-c", "commit.gpgsign=false", .. arguments]);
        Assert.True(result.ExitCode == 0, result.Error);
    }

    private static string Repository()
    {
        var root = Project(null);
        Git(root, "init", "-q");
        Git(root, "add", ".");
        Git(root, "commit", "-q", "-m", "a");
        return root;
    }

    private static void NoInternalError(string error)
    {
        Assert.DoesNotContain("lỗi nội bộ", error);
        Assert.DoesNotContain("   at ", error);
        Assert.DoesNotContain("Exception", error);
    }

    // 1. A revision is never an option of git's.
    [Fact]
    public void Probe01_a_revision_starting_with_a_dash_never_reaches_git_as_an_option()
    {
        var repo = Repository();
        var victim = Path.Combine(Path.GetDirectoryName(repo)!, "x");
        var result = RunIn(repo, "diff", $"--output={victim}:a.md", "a.md");
        Assert.False(File.Exists($"{victim}:a.md"), "git wrote a file named by the revision");
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("không phải một phiên bản git", result.Error);
    }

    // 2. The sweep removes only VanKien's own temporary files and never crosses a link; the project's
    //    output folder stays inside the project.
    [Fact]
    public void Probe02_the_stale_temporary_sweep_keeps_the_users_files_and_does_not_follow_links()
    {
        var root = Project();
        var output = Path.Combine(root, "out");
        Directory.CreateDirectory(output);
        var users = Path.Combine(output, ".ghi-chu.123.ban-nhap.tmp"); // the old sweep's pattern, a dead pid
        File.WriteAllText(users, "của người dùng");
        var outside = Path.Combine(Path.GetDirectoryName(root)!, "ngoai");
        Directory.CreateDirectory(outside);
        var outsideTemp = Path.Combine(outside, ".x.vankien-tam-999999-0123456789abcdef0123456789abcdef.tmp");
        File.WriteAllText(outsideTemp, "ngoài thư mục đầu ra");
        Directory.CreateSymbolicLink(Path.Combine(output, "lien-ket"), outside);
        var ownStale = Path.Combine(output, ".a.docx.vankien-tam-999999-0123456789abcdef0123456789abcdef.tmp");
        File.WriteAllText(ownStale, "");

        var result = CliRun.Run("build", Path.Combine(root, "a.md"), "-o", output);
        Assert.Equal(0, result.ExitCode);
        Assert.True(File.Exists(users), "a user's file was deleted");
        Assert.True(File.Exists(outsideTemp), "the sweep followed a link out of the output folder");
        Assert.False(File.Exists(ownStale), "VanKien's own stale temporary file was kept");
    }

    [Theory]
    [InlineData("dau-ra: ../..\n", "'../..'")]
    [InlineData("dau-ra: out/../../x\n", "'out/../../x'")]
    [InlineData("dau-ra: /tmp/vankien-ngoai\n", "'/tmp/vankien-ngoai'")]
    [InlineData("nguon: [\"a/../*.md\"]\n", "a/../*.md")]
    [InlineData("nguon: [\"../**/*.md\"]\n", "../**/*.md")]
    public void Probe02_a_project_file_cannot_send_outputs_or_globs_out_of_the_project(string projectFile, string named)
    {
        var root = Project(projectFile);
        var parentBefore = Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(root)!).Order().ToList();
        var result = RunIn(root, "build");
        NoInternalError(result.Error);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("vankien.yaml:", result.Error);
        Assert.Contains(" VK0006: ", result.Error);
        Assert.Contains(named, result.Error);
        Assert.Equal(parentBefore, Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(root)!).Order().ToList());
    }

    [Fact]
    public void Probe02_an_output_folder_linked_out_of_the_project_is_refused()
    {
        var root = Project("dau-ra: out\n");
        var outside = Path.Combine(Path.GetDirectoryName(root)!, "ngoai");
        Directory.CreateDirectory(outside);
        Directory.CreateSymbolicLink(Path.Combine(root, "out"), outside);
        var result = RunIn(root, "build");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(" VK0905: ", result.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(outside));
    }

    // 3. Two sources never write one output.
    [Fact]
    public void Probe03_two_sources_that_map_to_one_output_are_an_error_before_anything_is_written()
    {
        var root = Project();
        foreach (var folder in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(root, folder));
            File.WriteAllText(Path.Combine(root, folder, "x.md"), Valid);
        }
        var output = Path.Combine(root, "out");
        var result = CliRun.Run("build", Path.Combine(root, "a", "x.md"), Path.Combine(root, "b", "x.md"), "-o", output);
        Assert.Equal(1, result.ExitCode);
        Assert.Equal(2, result.DiagnosticLines.Count(l => l.Contains(" VK0904: ")));
        Assert.False(Directory.Exists(output) && Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories).Any());

        // n.md beside n.yaml in one folder.
        var both = Path.Combine(root, "c");
        Directory.CreateDirectory(both);
        File.WriteAllText(Path.Combine(both, "n.md"), Valid);
        File.WriteAllText(Path.Combine(both, "n.yaml"), Valid.Split("---")[1].TrimStart('\n'));
        result = CliRun.Run("build", both, "-o", Path.Combine(root, "out2"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(" VK0904: ", result.Error);

        // The same file named twice is one source, not a collision.
        result = CliRun.Run("build", Path.Combine(root, "a.md"), Path.Combine(root, "a.md"), "-o", Path.Combine(root, "out3"));
        Assert.Equal(0, result.ExitCode);
    }

    // 4. An output is never written over a source or a file of another kind.
    [Fact]
    public void Probe04_a_redline_or_an_exported_template_never_replaces_a_source()
    {
        var root = Project();
        var b = Path.Combine(root, "b.md");
        File.WriteAllText(b, Valid.Replace("thành nhiệm vụ của thôn", "thành nhiệm vụ cụ thể của thôn"));
        var before = File.ReadAllBytes(b);
        var result = CliRun.Run("diff", Path.Combine(root, "a.md"), b, "--redline", b);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(" VK0905: ", result.Error);
        Assert.Equal(before, File.ReadAllBytes(b));

        var victim = Path.Combine(root, "victim.md");
        File.WriteAllText(victim, "ghi chú");
        result = CliRun.Run("template", "export", "chuong-trinh-hanh-dong", "-o", victim);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(" VK0905: ", result.Error);
        Assert.Equal("ghi chú", File.ReadAllText(victim));
    }

    [Fact]
    public void Probe04_report_keeps_a_hand_edited_source_unless_told_to_overwrite()
    {
        var folder = Path.Combine(Repo.NewTempFolder(), "bao-cao");
        var program = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        var results = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "ket-qua-2025-2030.yaml");
        string[] args = ["report", program, "--results", results, "--kind", "so-ket", "-o", folder];
        Assert.Equal(0, CliRun.Run(args).ExitCode);
        var source = Directory.EnumerateFiles(folder, "bao-cao-*.md").Single();
        Assert.Equal(0, CliRun.Run(args).ExitCode); // unchanged: written again, same bytes

        File.AppendAllText(source, "\nĐoạn thêm bằng tay.\n");
        var edited = File.ReadAllText(source);
        var result = CliRun.Run(args);
        Assert.Equal(2, result.ExitCode);
        Assert.Contains(" VK0905: ", result.Error);
        Assert.Equal(edited, File.ReadAllText(source));

        Assert.Equal(0, CliRun.Run([.. args, "--ghi-de"]).ExitCode);
        Assert.DoesNotContain("Đoạn thêm bằng tay.", File.ReadAllText(source));
    }

    // 5. Only regular files are read; folders are walked without following links.
    [Fact]
    public void Probe05_fifos_devices_and_link_loops_in_a_source_folder_end_in_diagnostics()
    {
        var root = Project();
        Assert.Equal(0, ExternalTool.Run("mkfifo", [Path.Combine(root, "f.md")]).ExitCode);
        File.CreateSymbolicLink(Path.Combine(root, "z.md"), "/dev/zero");
        File.CreateSymbolicLink(Path.Combine(root, "r.yaml"), "/dev/urandom");
        Directory.CreateSymbolicLink(Path.Combine(root, "vong-1"), ".");
        Directory.CreateSymbolicLink(Path.Combine(root, "vong-2"), ".");

        var result = RunIn(root, "check", ".");
        NoInternalError(result.Error);
        Assert.Equal(1, result.ExitCode);
        foreach (var name in new[] { "f.md", "z.md", "r.yaml" })
            Assert.Contains(result.Error.Split('\n'), l => l.Contains($"{name}:1:1: lỗi VK0901: "));
    }

    [Fact]
    public void Probe05_a_fifo_named_directly_is_refused_by_check_import_and_template()
    {
        var root = Project();
        var fifo = Path.Combine(root, "ong.md");
        Assert.Equal(0, ExternalTool.Run("mkfifo", [fifo]).ExitCode);
        var docxFifo = Path.Combine(root, "ong.docx");
        Assert.Equal(0, ExternalTool.Run("mkfifo", [docxFifo]).ExitCode);

        var check = RunIn(root, "check", fifo);
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("không phải tệp thường", check.Error);
        var import = RunIn(root, "import", docxFifo, "-o", Path.Combine(root, "nhap"));
        Assert.NotEqual(0, import.ExitCode);
        Assert.Contains("không phải tệp thường", import.Error);
        var template = RunIn(root, "build", "a.md", "-o", "out", "--template", docxFifo);
        Assert.Equal(1, template.ExitCode);
        Assert.Contains(" VK0501: ", template.Error);
    }

    // 6. Limits bound the work, not only the input.
    [Fact]
    public void Probe06_one_large_scalar_aliased_many_times_is_refused_by_its_expanded_size()
    {
        var root = Project();
        var big = new string('x', 7 * 1024 * 1024);
        var yaml = new StringBuilder("---\nx: &a \"").Append(big).Append("\"\ny: [");
        yaml.Append(string.Join(",", Enumerable.Repeat("*a", 63))).Append("]\n---\n\n# A\n");
        var path = Path.Combine(root, "alias.md");
        File.WriteAllText(path, yaml.ToString());
        var result = CliRun.Run("check", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(" VK0009: ", result.Error);
        Assert.Contains("bung ra", result.Error);
    }

    [Fact]
    public void Probe06_a_sentence_of_many_values_is_read_to_its_end()
    {
        // 128,000 repetitions took 134 s with a quadratic phrase parser. The project's own time limit is
        // set far past any machine's load here, so what is tested is that the check finishes its work;
        // how the work grows is the next test's (in bytes) and the growth benchmark's (in time).
        var root = Project("mau: templates\ngioi-han:\n  giay-moi-van-ban: 3600\n");
        var sentence = string.Concat(Enumerable.Repeat("top 1 trường, 5% đảng viên; ", 128_000));
        var text = Valid.Replace("noi-nhan:", $"chi-tieu:\n  - nhom: Về xây dựng Đảng\n    muc:\n      - noi-dung: \"{sentence}\"\nnoi-nhan:")
            + "\n::: chi-tieu\n:::\n";
        File.WriteAllText(Path.Combine(root, "dai.md"), text);
        var result = CliRun.Run("check", Path.Combine(root, "dai.md"));
        NoInternalError(result.Error);
        Assert.DoesNotContain("VK0009", result.Error);
    }

    [Fact]
    public void Probe06_a_sentence_of_many_values_costs_in_proportion_to_its_length()
    {
        static long Parsing(int repetitions)
        {
            var sentence = string.Concat(Enumerable.Repeat("top 1 trường, 5% đảng viên; ", repetitions));
            var before = GC.GetAllocatedBytesForCurrentThread();
            VanKien.Targets.PhraseParser.Default.Parse(sentence);
            return GC.GetAllocatedBytesForCurrentThread() - before;
        }
        Parsing(100);
        var small = Parsing(4_000);
        var large = Parsing(16_000);
        Assert.True(large < 6 * small, $"4,000 repetitions: {small:N0} bytes; 16,000: {large:N0} bytes ({(double)large / small:0.0}×)");
    }

    [Fact]
    public void Probe06_paragraphs_of_deeply_nested_brackets_are_refused_before_markdown_parses_them()
    {
        var root = Project();
        var paragraphs = string.Concat(Enumerable.Repeat(new string('[', 10_000) + " x\n\n", 100));
        var path = Path.Combine(root, "ngoac.md");
        File.WriteAllText(path, Valid + "\n" + paragraphs);
        var result = CliRun.Run("check", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:18:1: lỗi VK0009: ", result.Error);
    }

    [Fact]
    public void Probe06_the_time_budget_is_looked_at_inside_the_loops()
    {
        using (VanKien.Diagnostics.WorkBudget.Start(0))
        {
            Thread.Sleep(5);
            Assert.Throws<VanKien.Diagnostics.WorkBudget.Exceeded>(VanKien.Diagnostics.WorkBudget.Check);
        }
        VanKien.Diagnostics.WorkBudget.Check(); // no budget: free
        var parser = VanKien.Targets.PhraseParser.Default;
        using (VanKien.Diagnostics.WorkBudget.Start(0))
        {
            Thread.Sleep(5);
            Assert.Throws<VanKien.Diagnostics.WorkBudget.Exceeded>(() => parser.Parse("90% đảng viên; 5 chi bộ"));
        }
    }

    // 7. Every byte read goes through a bounded gate: DOCX for textconv, git blobs, the build cache.
    [Fact]
    public void Probe07_textconv_refuses_a_zip_bomb_through_the_import_gate()
    {
        var folder = Repo.NewTempFolder();
        var bomb = Path.Combine(folder, "bom.docx");
        using (var zip = ZipFile.Open(bomb, ZipArchiveMode.Create))
        {
            using (var stream = zip.CreateEntry("[Content_Types].xml").Open()) stream.Write("<Types/>"u8);
            using (var stream = zip.CreateEntry("word/document.xml", CompressionLevel.SmallestSize).Open())
            {
                stream.Write("<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body><w:p><w:r><w:t>"u8);
                var spaces = new byte[1024 * 1024];
                Array.Fill(spaces, (byte)' ');
                for (var k = 0; k < 200; k++) stream.Write(spaces);
            }
        }
        Assert.True(new FileInfo(bomb).Length < 1024 * 1024);
        var result = CliRun.Run("textconv", bomb);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{bomb}:1:1: lỗi VK0603: ", result.Error);
    }

    [Fact]
    public void Probe07_a_git_blob_larger_than_the_limit_is_refused_not_read_into_memory()
    {
        var repo = Repository();
        var big = Path.Combine(repo, "a.md");
        using (var stream = new FileStream(big, FileMode.Append))
        {
            var spaces = new byte[1024 * 1024];
            Array.Fill(spaces, (byte)'\n');
            for (var k = 0; k < 65; k++) stream.Write(spaces);
        }
        Git(repo, "commit", "-q", "-am", "big");
        File.WriteAllText(big, Valid);
        var result = RunIn(repo, "diff", "HEAD:a.md", "a.md");
        NoInternalError(result.Error);
        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains("lớn hơn", result.Error);
    }

    [Theory]
    [InlineData("link-to-dev-zero")]
    [InlineData("{\"x\": null}")]
    [InlineData("{\"a.docx\": {\"SourceHash\": \"00\", \"Formats\": \"Docx\", \"Version\": \"0\"}}")]
    [InlineData("[1, 2")]
    public void Probe07_and_10_a_hostile_build_cache_means_a_full_build(string cache)
    {
        var root = Project();
        var output = Path.Combine(root, "out");
        var cacheFile = Path.Combine(output, ".vankien", "cache.json");
        Directory.CreateDirectory(Path.GetDirectoryName(cacheFile)!);
        if (cache == "link-to-dev-zero") File.CreateSymbolicLink(cacheFile, "/dev/zero");
        else File.WriteAllText(cacheFile, cache);
        for (var run = 0; run < 2; run++)
        {
            var result = CliRun.Run("build", Path.Combine(root, "a.md"), "-o", output);
            NoInternalError(result.Error);
            Assert.Equal(0, result.ExitCode);
            Assert.True(File.Exists(Path.Combine(output, "a.docx")));
        }
    }

    // 8. soffice is ended with its whole process group, on a timeout and on SIGTERM.
    [Fact]
    public async Task Probe08_sigterm_ends_a_build_waiting_on_a_hanging_soffice_and_its_children()
    {
        var root = Project();
        var started = Path.Combine(root, "soffice-started");
        var fake = Path.Combine(root, "soffice-treo");
        File.WriteAllText(fake, $"#!/bin/sh\nsleep 1000 &\necho $! > '{started}.child'\necho $$ > '{started}'\nwait\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);

        var start = VankienProcess.StartInfo(["build", "a.md", "-o", "out", "--format", "pdf", "--soffice", fake]);
        start.WorkingDirectory = root;
        using var build = Process.Start(start)!;
        var streams = Task.WhenAll(build.StandardOutput.ReadToEndAsync(), build.StandardError.ReadToEndAsync());
        // The event to wait for: the fake soffice has started (and forked its child).
        for (var waited = 0; !File.Exists(started) && !build.HasExited && waited < 1200; waited++) await Task.Delay(100);
        Assert.True(File.Exists(started), "the fake soffice never started");
        while (!File.Exists(started + ".child") || File.ReadAllText(started + ".child").Trim().Length == 0) await Task.Delay(50);
        var child = int.Parse(File.ReadAllText(started + ".child").Trim());

        using (var signal = Process.Start("kill", ["-TERM", build.Id.ToString()])) await signal.WaitForExitAsync();
        await build.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));
        var texts = await streams;
        Assert.True(build.ExitCode == 130, texts[1]);
        // The child soffice left is gone too (its process group was ended).
        for (var waited = 0; waited < 100 && Alive(child); waited++) await Task.Delay(100);
        Assert.False(Alive(child), "soffice's child outlived the build");
    }

    [Fact]
    public void Probe08_a_soffice_whose_child_holds_its_output_does_not_hang_the_build()
    {
        var root = Project();
        var fake = Path.Combine(root, "soffice-con");
        // Writes the PDFs, leaves a child holding stdout and stderr open, and exits.
        File.WriteAllText(fake, "#!/bin/sh\nout=''\nfor a in \"$@\"; do if [ \"$prev\" = --outdir ]; then out=$a; fi; prev=$a; done\n" +
                                "for a in \"$@\"; do case $a in *.docx) n=$(basename \"$a\" .docx); printf '%%PDF-1.4\\n' > \"$out/$n.pdf\";; esac; done\n" +
                                "sleep 600 &\nexit 0\n");
        File.SetUnixFileMode(fake, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        var result = RunIn(root, "build", "a.md", "-o", "out", "--format", "pdf", "--soffice", fake);
        Assert.True(result.ExitCode == 0, result.Error);
        Assert.True(File.Exists(Path.Combine(root, "out", "a.pdf")));
    }

    private static bool Alive(int pid)
    {
        try
        {
            using var process = Process.GetProcessById(pid);
            return !process.HasExited;
        }
        catch (ArgumentException) { return false; }
    }

    // 9. Numbers are read from ASCII digits only, and never overflow.
    [Theory]
    [InlineData("gia-tri: \"top ３\"")]
    [InlineData("gia-tri: \"top ٣\"")]
    [InlineData("gia-tri: \">= mức độ ٢\"")]
    [InlineData("gia-tri: \">= 80% (20٣٠)\"")]
    [InlineData("gia-tri: \"top 99999999999\"")]
    [InlineData("noi-dung: \"Top 99999999999 trường của tỉnh (20٣٠)\"")]
    public void Probe09_other_scripts_digits_and_huge_numbers_end_in_diagnostics_in_every_command(string line)
    {
        var root = Project();
        var text = Valid.Replace("noi-nhan:", $"chi-tieu:\n  - nhom: Về xây dựng Đảng\n    muc:\n      - id: ct-01\n        noi-dung: Chỉ tiêu\n        {line}\nnoi-nhan:")
            .Replace("        noi-dung: Chỉ tiêu\n        noi-dung:", "        noi-dung:") + "\n::: chi-tieu\n:::\n";
        var path = Path.Combine(root, "so.md");
        File.WriteAllText(path, text);
        foreach (var args in new[] { ["check", path], ["build", path, "-o", Path.Combine(root, "out")], ["targets", path], ["textconv", path], ["diff", Path.Combine(root, "a.md"), path], new[] { "import", path, "-o", Path.Combine(root, "nhap") } })
        {
            var result = CliRun.Run(args);
            NoInternalError(result.Error);
            Assert.True(result.ExitCode is 0 or 1, $"{args[0]}: exit {result.ExitCode}\n{result.Error}");
        }
    }

    [Theory]
    [InlineData("ngay: \"２０２３-01-16\"")]
    [InlineData("ngay: \"2023-٠1-16\"")]
    public void Probe09_a_date_in_other_scripts_digits_is_a_located_date_error(string line)
    {
        var root = Project();
        var path = Path.Combine(root, "ngay.md");
        File.WriteAllText(path, Valid.Replace("ngay: 2025-10-01", line));
        var result = CliRun.Run("check", path);
        NoInternalError(result.Error);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:8:7: lỗi VK0005: ", result.Error);
    }

    [Fact]
    public void Probe09_a_huge_result_on_a_rank_target_is_judged_not_crashed()
    {
        var folder = Repo.NewTempFolder();
        var program = Path.Combine(folder, "ctr.md");
        File.WriteAllText(program, Valid.Replace("noi-nhan:", "nhiem-ky: 2025-2030\nchi-tieu:\n  - nhom: Về chất lượng\n    muc:\n      - id: ct-01\n        noi-dung: Trường vào top 5 của huyện\n        gia-tri: \"top 5\"\nnoi-nhan:") + "\n::: chi-tieu\n:::\n");
        var results = Path.Combine(folder, "ket-qua.yaml");
        File.WriteAllText(results, "loai: ket-qua\nchuong-trinh: ctr.md\nket-qua:\n  ct-01:\n    2027: \"top 3000000000\"\n");
        var result = CliRun.Run("report", program, "--results", results, "--kind", "so-ket", "-o", Path.Combine(folder, "out"));
        NoInternalError(result.Error);
        Assert.True(result.ExitCode is 0 or 1, result.Error);
    }

    // 10. Output paths that cannot be written are located refusals, not internal errors.
    [Fact]
    public void Probe10_output_paths_that_are_files_folders_empty_or_system_paths_are_refused()
    {
        var root = Project();
        File.WriteAllText(Path.Combine(root, "b.md"), Valid.Replace("của thôn", "của cả thôn"));
        var aFile = Path.Combine(root, "a-file");
        File.WriteAllText(aFile, "x");
        var program = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        var results = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "ket-qua-2025-2030.yaml");
        string[][] cases =
        [
            ["import", Path.Combine(Repo.Seeds, "000_63e18895940b4e1d.txt"), "-o", aFile],
            ["report", program, "--results", results, "--kind", "so-ket", "-o", aFile],
            ["diff", Path.Combine(root, "a.md"), Path.Combine(root, "b.md"), "--redline", root],
            ["diff", Path.Combine(root, "a.md"), Path.Combine(root, "b.md"), "--redline", ""],
            ["diff", Path.Combine(root, "a.md"), Path.Combine(root, "b.md"), "--redline", "/proc/x.docx"],
        ];
        foreach (var args in cases)
        {
            var result = CliRun.Run(args);
            NoInternalError(result.Error);
            Assert.True(result.ExitCode == 2, $"{string.Join(' ', args)}: exit {result.ExitCode}\n{result.Error}");
            Assert.Contains(":1:1: lỗi VK0905: ", result.Error);
        }
        Assert.Equal("x", File.ReadAllText(aFile));
    }

    [Fact]
    public void Probe10_a_diff_side_over_the_size_limit_is_a_located_diagnostic()
    {
        var root = Project();
        var big = Path.Combine(root, "lon.md");
        using (var stream = new FileStream(big, FileMode.Create)) stream.SetLength(65L * 1024 * 1024);
        var result = CliRun.Run("diff", Path.Combine(root, "a.md"), big);
        NoInternalError(result.Error);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{big}:1:1: lỗi VK0901: ", result.Error);
    }

    // 11. A reference DOCX's header is parsed, sanitised and written anew; its page is validated.
    private static string Reference(string root, Func<string, string>? header = null, string? pageSize = null, string? headerRels = null)
    {
        var exported = Path.Combine(root, "goc.docx");
        Assert.Equal(0, CliRun.Run("template", "export", "chuong-trinh-hanh-dong", "-o", exported).ExitCode);
        var path = Path.Combine(root, "mau.docx");
        File.Copy(exported, path);
        using var zip = ZipFile.Open(path, ZipArchiveMode.Update);
        void Rewrite(string name, Func<string, string> change)
        {
            var entry = zip.GetEntry(name)!;
            string text;
            using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
            entry.Delete();
            using var writer = new StreamWriter(zip.CreateEntry(name).Open());
            writer.Write(change(text));
        }
        var headerName = zip.Entries.Select(e => e.FullName).Where(n => n.StartsWith("word/header", StringComparison.Ordinal)).Order().ToList();
        var defaultHeader = headerName.First(n => Encoding.UTF8.GetString(ReadAll(zip.GetEntry(n)!)).Contains("PAGE"));
        if (header is not null) Rewrite(defaultHeader, header);
        if (headerRels is not null)
        {
            var rels = $"word/_rels/{Path.GetFileName(defaultHeader)}.rels";
            using var writer = new StreamWriter(zip.CreateEntry(rels).Open());
            writer.Write(headerRels);
        }
        if (pageSize is not null) Rewrite("word/document.xml", t => System.Text.RegularExpressions.Regex.Replace(t, "<w:pgSz [^>]*/>", pageSize));
        return path;
    }

    private static byte[] ReadAll(ZipArchiveEntry entry)
    {
        using var stream = entry.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    [Theory]
    [InlineData("dtd")]
    [InlineData("not-xml")]
    [InlineData("page-negative")]
    [InlineData("page-zero")]
    public void Probe11_a_hostile_reference_header_or_page_is_refused(string kind)
    {
        var root = Project();
        var reference = kind switch
        {
            "dtd" => Reference(root, t => t.Replace("<w:hdr", "<!DOCTYPE w:hdr [<!ENTITY x SYSTEM \"file:///etc/hostname\">]><w:hdr").Replace("?><!DOCTYPE", "?>\n<!DOCTYPE")),
            "not-xml" => Reference(root, _ => "đây không phải XML"),
            "page-negative" => Reference(root, pageSize: "<w:pgSz w:w=\"-5\" w:h=\"16838\"/>"),
            _ => Reference(root, pageSize: "<w:pgSz w:w=\"0\" w:h=\"0\"/>"),
        };
        var output = Path.Combine(root, "out");
        var result = CliRun.Run("build", Path.Combine(root, "a.md"), "-o", output, "--template", reference);
        NoInternalError(result.Error);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{reference}:1:1: lỗi VK0501: ", result.Error);
        Assert.False(File.Exists(Path.Combine(output, "a.docx")));
    }

    [Fact]
    public void Probe11_a_reference_headers_fields_and_relationships_are_sanitised()
    {
        var root = Project();
        var reference = Reference(root,
            t => t.Replace("</w:hdr>",
                "<w:p><w:fldSimple w:instr=\" INCLUDETEXT &quot;/etc/hostname&quot; \"><w:r><w:t>bao gồm</w:t></w:r></w:fldSimple></w:p>" +
                "<w:p><w:r><w:drawing><wp:inline xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\"><a:graphic xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\"><a:graphicData uri=\"x\"><a:blip xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\" r:embed=\"rIdMissing\"/></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p></w:hdr>"));
        var output = Path.Combine(root, "out");
        var result = CliRun.Run("build", Path.Combine(root, "a.md"), "-o", output, "--template", reference);
        Assert.True(result.ExitCode == 0, result.Error);
        var docx = File.ReadAllBytes(Path.Combine(output, "a.docx"));
        Assert.Empty(Docx.ValidationErrors(docx));
        using var zip = new ZipArchive(new MemoryStream(docx));
        var headers = zip.Entries.Where(e => e.FullName.StartsWith("word/header", StringComparison.Ordinal))
            .Select(e => Encoding.UTF8.GetString(ReadAll(e))).ToList();
        Assert.Contains(headers, h => h.Contains("PAGE"));
        Assert.All(headers, h =>
        {
            Assert.DoesNotContain("INCLUDETEXT", h);
            Assert.DoesNotContain("r:embed", h);
            Assert.DoesNotContain("DOCTYPE", h);
        });
        Assert.Contains(headers, h => h.Contains("bao gồm")); // the field's shown text stays, as plain text
    }

    // 12. git names read with -z: a Vietnamese file name is not skipped.
    [Fact]
    public void Probe12_diff_with_no_arguments_sees_a_changed_source_with_a_vietnamese_name()
    {
        var root = Project(null);
        var name = Path.Combine(root, "văn bản.md");
        File.Move(Path.Combine(root, "a.md"), name);
        Git(root, "init", "-q");
        Git(root, "add", ".");
        Git(root, "commit", "-q", "-m", "a");
        File.WriteAllText(name, Valid.Replace("ngay: 2025-10-01", "ngay: 2025-10-02"));
        var result = RunIn(root, "diff", "--exit-code");
        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        Assert.Contains("văn bản.md", result.Output);
    }

    // 13. Human output never prints a control character from a path raw.
    [Fact]
    public void Probe13_a_file_name_with_a_newline_cannot_forge_a_workflow_command()
    {
        var root = Project();
        var name = Path.Combine(root, "x\n::warning file=a.md::gia mao\n.md");
        File.WriteAllText(name, Valid.Replace("so: 01-CTr/CB", "so: 1 - CTr/CB"));
        var result = CliRun.Run("build", root, "-o", Path.Combine(root, "out"));
        Assert.DoesNotContain(result.Error.Split('\n').Concat(result.Output.Split('\n')), l => l.StartsWith("::", StringComparison.Ordinal));
        Assert.Contains("x\\n::warning", result.Error);
    }

    [Fact]
    public async Task Probe13_watch_ignores_its_own_outputs_through_a_link_and_sees_new_files()
    {
        var root = Project();
        Directory.CreateDirectory(Path.Combine(root, "that"));
        Directory.CreateSymbolicLink(Path.Combine(Path.GetDirectoryName(root)!, "ra"), Path.Combine(root, "that"));
        var start = VankienProcess.StartInfo(["build", ".", "-o", Path.Combine(Path.GetDirectoryName(root)!, "ra"), "--watch"]);
        start.WorkingDirectory = root;
        start.RedirectStandardInput = true;
        using var watch = Process.Start(start)!;
        var lines = new System.Collections.Concurrent.ConcurrentQueue<string>();
        watch.OutputDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue(e.Data); };
        watch.ErrorDataReceived += (_, e) => { if (e.Data is not null) lines.Enqueue(e.Data); };
        watch.BeginOutputReadLine();
        watch.BeginErrorReadLine();
        try
        {
            async Task Until(Func<bool> condition, string what)
            {
                for (var waited = 0; !condition() && waited < 1800; waited++) await Task.Delay(100);
                Assert.True(condition(), $"{what}; printed:\n{string.Join('\n', lines)}");
            }
            int Builds() => lines.Count(l => l.StartsWith("Đã ghi", StringComparison.Ordinal));
            await Until(() => lines.Any(l => l.StartsWith("Đang theo dõi", StringComparison.Ordinal)), "the watch never started");

            File.WriteAllText(Path.Combine(root, "moi.md"), Valid);
            await Until(() => File.Exists(Path.Combine(root, "that", "moi.docx")), "a new source was not built");
            // Quiet now: its own writes (through the link) must not start build after build.
            var settled = Builds();
            await Task.Delay(3000);
            Assert.InRange(Builds(), settled, settled + 1);
        }
        finally
        {
            watch.Kill(entireProcessTree: true);
            await watch.WaitForExitAsync();
        }
    }

    // 14. Invisible characters, impossible percentages, impossible years.
    [Theory]
    [InlineData("ct\u200B-01", "U+200B")]
    [InlineData("ct-01\u202E", "U+202E")]
    public void Probe14_zero_width_and_bidirectional_characters_are_located_errors(string id, string named)
    {
        var root = Project();
        var path = Path.Combine(root, "vo-hinh.md");
        File.WriteAllText(path, Valid.Replace("noi-nhan:", $"chi-tieu:\n  - nhom: Về xây dựng Đảng\n    muc:\n      - id: \"{id}\"\n        noi-dung: 90% đảng viên hoàn thành tốt nhiệm vụ\nnoi-nhan:") + "\n::: chi-tieu\n:::\n");
        var result = CliRun.Run("check", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:13:", result.Error);
        Assert.Contains(" VK0011: ", result.Error);
        Assert.Contains(named, result.Error);
    }

    [Fact]
    public void Probe14_a_share_above_100_percent_is_an_error_and_a_negative_report_year_is_refused()
    {
        var root = Project();
        var path = Path.Combine(root, "phan-tram.md");
        File.WriteAllText(path, Valid.Replace("noi-nhan:", "chi-tieu:\n  - nhom: Về xây dựng Đảng\n    muc:\n      - noi-dung: Kết nạp đảng viên\n        gia-tri: \">= 200%\"\nnoi-nhan:") + "\n::: chi-tieu\n:::\n");
        var result = CliRun.Run("check", path);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"{path}:14:18: lỗi VK0010: ", result.Error);

        var program = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        var results = Path.Combine(Repo.Samples, "chi-bo-mam-non-viet-hong", "ket-qua-2025-2030.yaml");
        var report = CliRun.Run("report", program, "--results", results, "--kind", "so-ket", "--nam", "-5", "-o", Path.Combine(root, "out"));
        Assert.Equal(2, report.ExitCode);
        Assert.False(Directory.Exists(Path.Combine(root, "out")));
    }
}

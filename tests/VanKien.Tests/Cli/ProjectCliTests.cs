using VanKien.Tests.Support;

namespace VanKien.Tests.Cli;

/// <summary>A repository of documents driven by its vankien.yaml, in separate processes as a user runs them.</summary>
public class ProjectCliTests
{

    private static ExternalTool.Result Vankien(string folder, params string[] arguments) =>
        VankienProcess.RunIn(folder, arguments);

    private static string Project(string projectFile)
    {
        var folder = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(folder, "vankien.yaml"), projectFile);
        Directory.CreateDirectory(Path.Combine(folder, "van-ban"));
        File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), Path.Combine(folder, "van-ban", "a.md"));
        File.WriteAllText(Path.Combine(folder, "van-ban", "b.md"),
            File.ReadAllText(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md")).Replace("01-CTr/CB", "02-CTr/CB") + "\nChi bộ phân công  đảng viên.\n");
        File.WriteAllText(Path.Combine(folder, "README.md"), "# Kho văn bản\n");
        return folder;
    }

    [Fact]
    public void Build_and_check_without_arguments_act_on_the_project()
    {
        var folder = Project("nguon: [\"van-ban/**/*.md\"]\ndau-ra: ban-in\n");
        var build = Vankien(folder, "build");
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.True(File.Exists(Path.Combine(folder, "ban-in", "van-ban", "a.docx")));
        Assert.True(File.Exists(Path.Combine(folder, "ban-in", "van-ban", "b.docx")));
        Assert.Contains("cảnh báo VK0403", build.Error); // b.md's doubled space
        Assert.Contains("Đã dựng  Không đổi  Lỗi  Thời gian", build.Output);
        // Not on a terminal: one line per document.
        Assert.Contains("đã dựng", build.Output);
        Assert.Matches(@"\[[12]/2\] đã dựng\s+van-ban/a\.md", build.Output);

        var again = Vankien(folder, "build");
        Assert.Matches(@"\[[12]/2\] không đổi\s+van-ban/b\.md", again.Output);

        var check = Vankien(folder, "check");
        Assert.Equal(0, check.ExitCode);
        Assert.Contains("Đã kiểm tra 2 văn bản", check.Output);
    }

    [Fact]
    public void Rule_settings_change_severities_and_turn_rules_off()
    {
        var strict = Project("nguon: [\"van-ban/**/*.md\"]\nquy-tac:\n  VK0403: loi\n");
        var check = Vankien(strict, "check");
        Assert.Equal(1, check.ExitCode);
        Assert.Contains("lỗi VK0403", check.Error);

        var quiet = Project("nguon: [\"van-ban/**/*.md\"]\nquy-tac:\n  VK0403: tat\n");
        var silent = Vankien(quiet, "check");
        Assert.Equal(0, silent.ExitCode);
        Assert.DoesNotContain("VK0403", silent.Error);

        var wrong = Project("quy-tac:\n  VK0403: nghiem\n  VK9999: tat\n");
        var refused = Vankien(wrong, "check");
        Assert.Equal(2, refused.ExitCode);
        Assert.Contains("'nghiem' không phải mức của quy tắc", refused.Error);
        Assert.Contains("khóa 'quy-tac.VK9999' không được hỗ trợ", refused.Error);
    }

    [Fact]
    public void Init_writes_a_commented_starter_that_reads_cleanly_and_is_not_overwritten()
    {
        var folder = Repo.NewTempFolder();
        Assert.Equal(0, Vankien(folder, "init").ExitCode);
        var text = File.ReadAllText(Path.Combine(folder, "vankien.yaml"));
        Assert.Contains("nguon:", text);
        Assert.Contains("# Mức của từng quy tắc", text);
        var bag = new VanKien.Diagnostics.DiagnosticBag();
        var project = VanKien.Project.ProjectFileReader.Read(Path.Combine(folder, "vankien.yaml"), bag);
        Assert.Empty(bag.Items);
        Assert.Equal(["**/*.md", "**/*.yaml"], project.Sources);
        Assert.Equal(2, Vankien(folder, "init").ExitCode);
        Assert.Equal(text, File.ReadAllText(Path.Combine(folder, "vankien.yaml")));
    }

    [Fact]
    public void Without_a_project_build_needs_paths()
    {
        var result = Vankien(Repo.NewTempFolder(), "build");
        Assert.Equal(2, result.ExitCode);
        Assert.Contains("vankien init", result.Error);
    }

    [Fact]
    public void Watch_rebuilds_a_document_when_it_is_saved()
    {
        var folder = Project("nguon: [\"van-ban/**/*.md\"]\n");
        var start = VankienProcess.StartInfo(["build", "--watch"]);
        start.WorkingDirectory = folder;
        using var process = System.Diagnostics.Process.Start(start)!;
        var output = new System.Text.StringBuilder();
        process.OutputDataReceived += (_, e) => { lock (output) output.AppendLine(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        try
        {
            var docx = Path.Combine(folder, "out", "van-ban", "a.docx");
            Assert.True(SpinWait.SpinUntil(() => { lock (output) return output.ToString().Contains("Đang theo dõi"); }, TimeSpan.FromMinutes(5)), "the first build and the watch did not start");
            var before = File.ReadAllBytes(docx);

            var source = Path.Combine(folder, "van-ban", "a.md");
            File.WriteAllText(source, File.ReadAllText(source).Replace("Nguyễn Văn Bình", "Nguyễn Văn An"));

            Assert.True(SpinWait.SpinUntil(() => !File.ReadAllBytes(docx).SequenceEqual(before), TimeSpan.FromMinutes(5)), "the saved source was not rebuilt");
            Assert.Contains("Nguyễn Văn An", Docx.ParagraphTexts(Docx.MainDocument(File.ReadAllBytes(docx))));
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit(10_000);
        }
    }
}

/// <summary>Start-up stays lean: checking loads the readers, never the DOCX writer.</summary>
public class StartupTests
{
    [ManagedToolFact("a native binary has no assemblies to load")]
    public void Check_does_not_load_the_docx_writer_and_build_does()
    {
        var start = VankienProcess.StartInfo(["check", Repo.Samples]);
        start.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
        string Loaded(System.Diagnostics.ProcessStartInfo info)
        {
            using var process = System.Diagnostics.Process.Start(info)!;
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.ReadToEnd();
            process.WaitForExit();
            return error.Result;
        }

        var check = Loaded(start);
        Assert.Contains("loaded: YamlDotNet", check);
        Assert.DoesNotContain("loaded: DocumentFormat.OpenXml", check);
        Assert.DoesNotContain("loaded: DiffPlex", check);

        var build = VankienProcess.StartInfo(["build", Repo.Samples, "-o", Repo.NewTempFolder()]);
        build.Environment["DOTNET_STARTUP_HOOKS"] = typeof(StartupHook).Assembly.Location;
        Assert.Contains("loaded: DocumentFormat.OpenXml", Loaded(build));
    }
}

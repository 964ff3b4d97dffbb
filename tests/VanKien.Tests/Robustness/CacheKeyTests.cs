using System.Diagnostics;
using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// The build cache trusts only what it recorded: every input of an output is in its key — the template
/// chosen on the command line as well as the files read — and each file's hash is of the bytes the
/// compile read, so a save while a build runs is never recorded as built. Saves are made at a chosen
/// moment: the rename seam holds the build's write until the test has saved.
/// </summary>
[Trait("Speed", "Slow")]
public class CacheKeyTests
{
    private const string Program = "chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md";
    private const string Parent = "dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml";

    private static (string Samples, string Output) Copy()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        return (samples, Path.Combine(Repo.NewTempFolder(), "out"));
    }

    private static ExternalTool.Result Build(string samples, string output, params string[] more) =>
        VankienProcess.RunIn(samples, ["build", Program, "-o", output, "--format", "docx", .. more]);

    private static bool Rebuilt(ExternalTool.Result build)
    {
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        return !build.Output.Contains("Đã ghi 0 tệp", StringComparison.Ordinal);
    }

    private static string Docx(string output) => Directory.GetFiles(output, "*.docx", SearchOption.AllDirectories).Single();

    [Fact]
    public void A_template_named_on_the_command_line_is_part_of_the_key()
    {
        var (samples, output) = Copy();
        Assert.True(Rebuilt(Build(samples, output)));
        var reference = Path.Combine(Repo.NewTempFolder(), "khac.docx");
        var export = CliRun.Run("template", "export", "chuong-trinh-hanh-dong", "-o", reference);
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        Support.Docx.RewritePart(reference, "word/styles.xml", xml => xml.Replace("</w:styles>",
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"MauKhac\"><w:name w:val=\"Mẫu khác\"/></w:style></w:styles>"));

        Assert.True(Rebuilt(Build(samples, output, "--template", reference)), "a build with another template was taken as up to date");
        Assert.Contains("MauKhac", Support.Docx.Part(File.ReadAllBytes(Docx(output)), "word/styles.xml").ToString());
        Assert.False(Rebuilt(Build(samples, output, "--template", reference)));
        Assert.True(Rebuilt(Build(samples, output)), "dropping --template was taken as up to date");
        Assert.DoesNotContain("MauKhac", Support.Docx.Part(File.ReadAllBytes(Docx(output)), "word/styles.xml").ToString());
    }

    public static TheoryData<string, string> SavesDuringABuild() => new()
    {
        { "first", Program }, { "first", Parent },
        { "force", Program }, { "force", Parent },
        { "after-failure", Program },
        { "incremental", Program }, { "incremental", Parent },
    };

    [ExternalToolTheory("clang")]
    [MemberData(nameof(SavesDuringABuild))]
    public void A_save_while_the_build_runs_is_never_recorded_as_built(string when, string saved)
    {
        var (samples, output) = Copy();
        var program = Path.Combine(samples, Program);
        string[] force = [];
        switch (when)
        {
            case "force": Assert.True(Rebuilt(Build(samples, output))); force = ["--force"]; break;
            case "incremental":
                Assert.True(Rebuilt(Build(samples, output)));
                File.AppendAllText(program, "\n");
                break;
            case "after-failure":
                var good = File.ReadAllText(program);
                File.WriteAllText(program, good.Replace("\nloai: ", "\nloai: khong-co-loai-nay\nx: ", StringComparison.Ordinal));
                Assert.NotEqual(0, Build(samples, output).ExitCode);
                File.WriteAllText(program, good);
                break;
        }

        // The build is held at the write of its output, its sources read; the save lands then.
        var start = VankienProcess.StartInfo(["build", Program, "-o", output, "--format", "docx", .. force]);
        start.WorkingDirectory = samples;
        var gate = SlowRenames.Gate(start);
        using var build = Process.Start(start)!;
        var reading = Task.WhenAll(build.StandardOutput.ReadToEndAsync(), build.StandardError.ReadToEndAsync());
        for (var n = 1; ; n++)
        {
            var target = gate.WaitFor(n, build, TimeSpan.FromMinutes(3));
            if (target is null) Assert.Fail($"the build ended before writing its output: {string.Join("\n", reading.Result)}");
            if (target.EndsWith(".docx", StringComparison.Ordinal)) break;
            gate.Release(n);
        }
        var path = Path.Combine(samples, saved);
        // The programme's title changes its output; the parent changes by a comment, its bytes only.
        if (saved == Program) File.WriteAllText(path, File.ReadAllText(path).Replace("trich-yeu: ", "trich-yeu: Bản lưu giữa chừng - ", StringComparison.Ordinal));
        else File.AppendAllText(path, "# lưu giữa chừng\n");
        gate.ReleaseAll();
        build.WaitForExit();
        Assert.True(build.ExitCode == 0, string.Join("\n", reading.Result));

        // The next build sees the save: it builds again, and the output holds what the sources now say.
        Assert.True(Rebuilt(Build(samples, output)), $"a save to {saved} during a {when} build was recorded as built");
        var fresh = Path.Combine(Repo.NewTempFolder(), "out");
        Assert.True(Rebuilt(Build(samples, fresh)));
        Assert.Equal(File.ReadAllBytes(Docx(fresh)), File.ReadAllBytes(Docx(output)));
    }
}

using System.Text;
using System.Text.RegularExpressions;
using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Every command, given a long Vietnamese name for what it writes (or, for review, the source a DOCX
/// names): up to the file system's 255 bytes it works; past them, or in a path past PATH_MAX (4,096
/// bytes), it ends in a located diagnostic — VK0901 saying the name is too long where it writes —
/// never in "lỗi nội bộ: PathTooLongException", and it leaves no temporary file behind.
/// </summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public class LongNameTests
{
    /// <summary>Byte counts of the name (its extension included); <see cref="PastPathMax"/> stands for a path of many long folders.</summary>
    private const int PastPathMax = 5000;

    public static TheoryData<string, int> Cases()
    {
        var data = new TheoryData<string, int>();
        foreach (var command in new[] { "build", "site", "import", "report", "review --apply", "new", "template export", "diff --redline" })
            foreach (var bytes in new[] { 200, 254, 255, 256, 280, 300, PastPathMax })
                data.Add(command, bytes);
        return data;
    }

    /// <summary>A Vietnamese NFC name of exactly <paramref name="bytes"/> UTF-8 bytes ending in <paramref name="extension"/>, letters of 1, 2 and 3 bytes mixed.</summary>
    internal static string Name(int bytes, string extension = "")
    {
        var words = string.Concat(Enumerable.Repeat("kế-hoạch-thực-hiện-nghị-quyết-đại-hội-chi-bộ-trường-mầm-non-việt-hồng-", 10));
        var budget = bytes - Encoding.UTF8.GetByteCount(extension);
        var s = new StringBuilder();
        foreach (var rune in words.EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(s.ToString()) + rune.Utf8SequenceLength > budget) break;
            s.Append(rune.ToString());
        }
        while (Encoding.UTF8.GetByteCount(s.ToString()) < budget) s.Append('a');
        return s + extension;
    }

    /// <summary>The name under <paramref name="folder"/>: one of <paramref name="bytes"/> bytes, or one at the end of folders of 250 bytes each, past PATH_MAX.</summary>
    private static string Place(string folder, int bytes, string extension = "")
    {
        if (bytes != PastPathMax) return Path.Combine(folder, Name(bytes, extension));
        var deep = folder;
        while (Encoding.UTF8.GetByteCount(deep) < 4200) deep = Path.Combine(deep, Name(250));
        return Path.Combine(deep, Name(200, extension));
    }

    /// <summary>The arguments that make <paramref name="command"/> write the long name, and the file it then writes.</summary>
    private static (string[] Arguments, string Written) Prepare(string command, string folder, int bytes)
    {
        var source = Path.Combine(folder, "van-ban.md");
        File.WriteAllText(source, MinimalSources.WorkProgramme);
        switch (command)
        {
            case "build":
            {
                var output = Place(folder, bytes);
                return (["build", source, "-o", output], Path.Combine(output, "van-ban.docx"));
            }
            case "site":
            {
                var output = Place(folder, bytes);
                return (["site", source, "-o", output], Path.Combine(output, "index.html"));
            }
            case "import":
            {
                var built = Path.Combine(folder, "out");
                Assert.Equal(0, CliRun.Run("build", source, "-o", built).ExitCode);
                var text = CliRun.Run("textconv", Path.Combine(built, "van-ban.docx"));
                File.WriteAllText(Path.Combine(folder, "cu.txt"), text.Output);
                var output = Place(folder, bytes);
                return (["import", Path.Combine(folder, "cu.txt"), "-o", output], Path.Combine(output, "cu.md"));
            }
            case "report":
            {
                var samples = Path.Combine(Repo.CopyOfSamples(), "samples", "chi-bo-mam-non-viet-hong");
                var output = Place(folder, bytes);
                return (["report", Path.Combine(samples, "chuong-trinh-hanh-dong-2025-2030.md"), "--results", Path.Combine(samples, "ket-qua-2025-2030.yaml"),
                    "--kind", "so-ket", "-o", output], Path.Combine(output, "bao-cao-so-ket-2027.docx"));
            }
            case "review --apply":
            {
                File.WriteAllText(Path.Combine(folder, "vankien.yaml"), VanKien.Project.ProjectFileReader.Starter + "\n");
                var ctr = Path.Combine(folder, "ctr.md");
                File.WriteAllText(ctr, ReviewCommentLineBreakTests.Standalone());
                var named = Place(folder, bytes, ".md");
                var docx = TrackedChanges.Replace(VanKien.Building.Compiler.Build(ctr).Docx!, "rõ việc", "rõ việc, rõ thời hạn");
                // The only source of that number, under its long name where the file system takes one; the DOCX names it either way.
                if (bytes <= 255) File.Move(ctr, named);
                else File.Delete(ctr);
                var reviewed = Path.Combine(folder, "duyet.docx");
                File.WriteAllBytes(reviewed, ReviewProvenanceTests.WithProvenance(docx, Path.GetRelativePath(folder, named)));
                return (["review", reviewed, "--apply"], named);
            }
            case "new":
            {
                var output = Place(folder, bytes, ".md");
                return (["new", "ke-hoach", "-o", output], output);
            }
            case "template export":
            {
                var output = Place(folder, bytes, ".docx");
                return (["template", "export", "ke-hoach", "-o", output], output);
            }
            case "diff --redline":
            {
                var newer = Path.Combine(folder, "moi.md");
                File.WriteAllText(newer, MinimalSources.WorkProgramme.Replace("hằng tháng", "hằng tuần", StringComparison.Ordinal));
                var output = Place(folder, bytes, ".docx");
                return (["diff", source, newer, "--redline", output], output);
            }
            default:
                throw new ArgumentException(command);
        }
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_long_name_works_up_to_the_file_system_limit_and_past_it_ends_in_a_located_diagnostic(string command, int bytes)
    {
        var folder = Repo.NewTempFolder();
        var (arguments, written) = Prepare(command, folder, bytes);

        var run = CliRun.Run(arguments);
        var said = run.Output + run.Error;

        Assert.DoesNotContain("lỗi nội bộ", said);
        Assert.DoesNotContain("   at ", said);
        if (bytes <= 255)
        {
            Assert.True(run.ExitCode == 0, $"exit {run.ExitCode}: {said}");
            Assert.True(File.Exists(written), $"{written} not written: {said}");
            if (command == "review --apply") Assert.Contains("rõ việc, rõ thời hạn", File.ReadAllText(written));
        }
        else
        {
            Assert.True(run.ExitCode == 1, $"exit {run.ExitCode}: {said}");
            var located = run.Error.Split('\n').Where(l => Regex.IsMatch(l, @"^\S.*:\d+:\d+: lỗi VK\d{4}: ")).ToList();
            Assert.True(located.Count > 0, said);
            // Where the command writes, the refusal says why; review's source cannot exist, so it is not found.
            if (command != "review --apply") Assert.Contains(located, l => l.Contains(" lỗi VK0901: ", StringComparison.Ordinal) && l.Contains("dài quá", StringComparison.Ordinal));
        }
        Assert.Empty(Directory.EnumerateFiles(folder, "*.tmp", new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 }));
    }
}

using VanKien.Publishing;
using VanKien.Reading;
using VanKien.Tests.Support;

namespace VanKien.Tests.Publishing;

/// <summary>
/// The site's no-change run: with its cache folder, a run whose inputs are all as the last run found
/// them writes nothing, reads no document and says the same diagnostics; and any change of any kind of
/// input makes the next run give exactly what a run from nothing gives.
/// </summary>
public class SiteNoChangeTests
{
    private sealed record Project(string Samples, string Site, string Cache)
    {
        public SiteBuilder.Result Run() => SiteBuilder.Build(SourceDiscovery.Discover([Samples]).Sources,
            new SiteBuilder.Options(Site, ResultsFolders: [Samples]) { CacheFolder = Cache });

        /// <summary>The same sources as a run from nothing: a new folder, no cache.</summary>
        public SiteBuilder.Result Fresh(string folder) => SiteBuilder.Build(SourceDiscovery.Discover([Samples]).Sources,
            new SiteBuilder.Options(folder, ResultsFolders: [Samples]));
    }

    private static Project NewProject()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        // A warning and an error to say again, at their lines.
        var child = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        File.WriteAllText(child, File.ReadAllText(child).Replace("gia-tri: \">= 90%\"\n        cha: CT-02", "gia-tri: \">= 80%\"\n        cha: CT-02"));
        return new Project(samples, Repo.NewTempFolder(), Path.Combine(Repo.NewTempFolder(), ".trang-web"));
    }

    private static Dictionary<string, byte[]> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    /// <summary>
    /// The errors and warnings, as a string to compare. Notes are left out: an incremental build does not
    /// repeat an unchanged results file's notes, with or without the no-change path.
    /// </summary>
    private static string Said(SiteBuilder.Result result, string site) =>
        string.Join("\n", result.Diagnostics.Where(d => d.Severity != VanKien.Diagnostics.Severity.Info).Select(d => d.ToString().Replace(site, "<site>", StringComparison.Ordinal)).Order(StringComparer.Ordinal));

    [Fact]
    public void With_no_change_the_run_reads_no_document_writes_nothing_and_says_the_same()
    {
        var project = NewProject();
        var first = project.Run();
        Assert.Contains(first.Diagnostics, d => d.Rule.Id == "VK0220");
        var before = Files(project.Site);
        var ledger = new ReadLedger();
        SiteBuilder.Result again;
        using (ReadLedger.Begin(ledger)) again = project.Run();
        Assert.Empty(again.Written);
        Assert.Equal(first.Pages, again.Pages);
        Assert.Equal(first.Diagnostics.Select(d => (d.ToString(), d.Severity, d.Hint, d.Related)), again.Diagnostics.Select(d => (d.ToString(), d.Severity, d.Hint, d.Related)));
        Assert.DoesNotContain(ledger.Readings.Keys, path => path.StartsWith(project.Samples, StringComparison.Ordinal));
        Assert.Equal(0, again.Build.Built);
        var after = Files(project.Site);
        // Nothing of the caches is published: no .vankien, no stamp, no hidden file at all.
        Assert.DoesNotContain(after.Keys, path => path.Split(Path.DirectorySeparatorChar).Any(part => part.StartsWith('.')));
        Assert.True(File.Exists(Path.Combine(project.Cache, SiteStamp.FileName)), "the stamp is kept beside the build cache");
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        Assert.All(before, f => Assert.True(f.Value.AsSpan().SequenceEqual(after[f.Key]), f.Key));
    }

    /// <summary>Each kind of thing a site is made from, changed between two runs.</summary>
    public static TheoryData<string> Changes => new()
    {
        "a source's text", "a source removed", "a source added", "a results file's figures", "a results file added", "the project file",
        "a template", "a page deleted", "a page edited", "a file added to the site", "a downloaded DOCX deleted",
    };

    [Theory]
    [MemberData(nameof(Changes))]
    public void After_any_change_the_run_gives_what_a_run_from_nothing_gives(string change)
    {
        var project = NewProject();
        if (change == "a template")
        {
            // The project's own copy of a kind's template, as `vankien template` makes one.
            var own = Path.Combine(project.Samples, "templates", "chuong-trinh-hanh-dong");
            Directory.CreateDirectory(own);
            foreach (var file in Directory.EnumerateFiles(Path.Combine(Repo.Root, "templates", "chuong-trinh-hanh-dong")))
                File.Copy(file, Path.Combine(own, Path.GetFileName(file)));
        }
        project.Run();
        Assert.Empty(project.Run().Written); // the no-change path is warm
        Change(project, change);
        var run = project.Run();
        var fresh = Repo.NewTempFolder();
        var expected = project.Fresh(fresh);
        var (e, a) = (Said(expected, fresh), Said(run, project.Site));
        Assert.True(e == a, $"{e}\n=====\n{a}");
        var want = Files(fresh);
        var got = Files(project.Site);
        if (change == "a file added to the site") got.Remove("khac.txt"); // the site leaves others' files alone
        // A removed document's page and file stay where they were (the site deletes nothing), with or without the no-change path.
        if (change == "a source removed")
            foreach (var stale in got.Keys.Where(k => Path.GetFileName(k).StartsWith("chuong-trinh-cong-tac-2026.", StringComparison.Ordinal)).ToList()) got.Remove(stale);
        Assert.Equal(want.Keys.Order(), got.Keys.Order());
        Assert.All(want, f => Assert.True(f.Value.AsSpan().SequenceEqual(got[f.Key]), $"{change}: {f.Key}"));
    }

    private static void Change(Project project, string change)
    {
        var samples = project.Samples;
        var program = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-cong-tac-2026.md");
        var results = Path.Combine(samples, "chi-bo-tieu-hoc-hung-an", "ket-qua-2025-2030.yaml");
        switch (change)
        {
            case "a source's text":
                File.WriteAllText(program, File.ReadAllText(program).Replace("\ntrich-yeu: ", "\ntrich-yeu: Sửa đổi - "));
                break;
            case "a source removed":
                File.Delete(program);
                break;
            case "a source added":
                File.Copy(program, Path.Combine(Path.GetDirectoryName(program)!, "chuong-trinh-cong-tac-2026-ban-sao.md"));
                break;
            case "a results file's figures":
                File.WriteAllText(results, File.ReadAllText(results).Replace("{ 2025: 91%, 2026: 90%, 2027: 90% }", "{ 2025: 91%, 2026: 90%, 2027: 70% }"));
                break;
            case "a results file added":
                // For the same program, with a target the program does not have: an error to say.
                File.WriteAllText(Path.Combine(Path.GetDirectoryName(results)!, "ket-qua-them.yaml"),
                    File.ReadAllText(results).Replace("- id: xd-02\n", "- id: khong-co-chi-tieu-nay\n"));
                break;
            case "the project file":
                File.AppendAllText(Path.Combine(samples, "vankien.yaml"), "\nquy-tac:\n  VK0220: canh-bao\n");
                break;
            case "a template":
                // A section made required that no program of action has: each of them now has an error.
                var template = Path.Combine(samples, "templates", "chuong-trinh-hanh-dong", "mau.yaml");
                File.WriteAllText(template, File.ReadAllText(template).Replace("bat-buoc: [Mục đích]", "bat-buoc: [Mục đích, Phụ lục riêng]"));
                break;
            case "a page deleted":
                File.Delete(Path.Combine(project.Site, "index.html"));
                break;
            case "a page edited":
                File.WriteAllText(Path.Combine(project.Site, "chi-tieu.html"), "sửa tay");
                break;
            case "a file added to the site":
                File.WriteAllText(Path.Combine(project.Site, "khac.txt"), "của người khác");
                break;
            case "a downloaded DOCX deleted":
                File.Delete(Directory.EnumerateFiles(Path.Combine(project.Site, SiteBuilder.FilesFolder), "*.docx", SearchOption.AllDirectories).First());
                break;
            default:
                throw new ArgumentException(change);
        }
    }

    [ExternalToolFact("git")]
    public void History_that_moves_under_an_unchanged_source_makes_the_next_run_whole()
    {
        var project = NewProject();
        void Git(params string[] arguments) => Assert.Equal(0, ExternalTool.RunIn(project.Samples, "git", ["-c", "user.name=VanKien", "-c", "user.email=vankien@example.invalid", .. arguments]).ExitCode);
        var program = Path.Combine(project.Samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-cong-tac-2026.md");
        void Edit(string words) => File.WriteAllText(program, File.ReadAllText(program).Replace("\ntrich-yeu: ", $"\ntrich-yeu: {words} - "));
        Git("init", "-q");
        Git("add", "-A");
        Git("commit", "-q", "-m", "v0");
        Edit("Sửa lần một");
        Git("commit", "-q", "-am", "v1");
        Edit("Sửa lần hai");
        project.Run();
        Assert.Empty(project.Run().Written);
        var diffPage = Path.Combine(project.Site, "van-ban", "chi-bo-mam-non-viet-hong", "chuong-trinh-cong-tac-2026.phien-ban-truoc.html");
        var before = File.ReadAllText(diffPage);

        // The source keeps its bytes; its previous version in git is now v0, not v1.
        Git("reset", "-q", "--soft", "HEAD~1");
        var run = project.Run();
        Assert.NotEqual(before, File.ReadAllText(diffPage));
        var fresh = Repo.NewTempFolder();
        Assert.Equal(Said(project.Fresh(fresh), fresh), Said(run, project.Site));
        var got = Files(project.Site);
        var want = Files(fresh);
        Assert.Equal(want.Keys.Order(), got.Keys.Order());
        Assert.All(want, f => Assert.True(f.Value.AsSpan().SequenceEqual(got[f.Key]), f.Key));
    }
}

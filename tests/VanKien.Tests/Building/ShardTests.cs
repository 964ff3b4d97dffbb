using FsCheck;
using FsCheck.Xunit;
using VanKien.Building;
using VanKien.Publishing;
using VanKien.Reading;
using VanKien.Tests.Support;

namespace VanKien.Tests.Building;

/// <summary>
/// <c>--shard K/N</c>: N machines of a CI matrix each do a share, and the union of their outputs is the
/// whole build, byte for byte — for build, check (diagnostics) and site.
/// </summary>
public class ShardTests
{
    [Theory]
    [InlineData("1/1", 1, 1)]
    [InlineData("2/4", 2, 4)]
    [InlineData(" 3 / 3 ", 3, 3)]
    public void K_of_N_is_read(string text, int index, int count) => Assert.Equal(new Shard(index, count), Shard.Parse(text));

    [Theory]
    [InlineData("")]
    [InlineData("0/4")]
    [InlineData("5/4")]
    [InlineData("1/0")]
    [InlineData("-1/4")]
    [InlineData("1/4/2")]
    [InlineData("a/b")]
    [InlineData("1/1001")]
    [InlineData("+1/4")]
    public void Anything_else_is_refused(string text) => Assert.Null(Shard.Parse(text));

    /// <summary>
    /// For any set of paths and any N: the N shares are disjoint, cover the set, differ in size by at
    /// most one, and do not depend on the order the paths come in or the folder the repository is in.
    /// </summary>
    [Property(MaxTest = 200)]
    public bool Shares_partition_any_set_evenly_whatever_the_order_and_the_checkout_folder(NonEmptyArray<PositiveInt> names, PositiveInt machines, bool reverse)
    {
        var count = machines.Get % 7 + 1;
        var relative = names.Get.Select(n => $"p{n.Get % 5}/d{n.Get}.md").Distinct().ToList();
        IReadOnlyList<string> In(string root, bool reversed) =>
            (reversed ? Enumerable.Reverse(relative) : relative).Select(r => Path.Combine(root, r)).ToList();
        var here = Path.Combine(Path.GetTempPath(), "vankien-shard-a");
        var there = Path.Combine(Path.GetTempPath(), "vankien-shard-b", "sau-hon");
        var shares = Enumerable.Range(1, count).Select(k => new Shard(k, count).Select(In(here, false))).ToList();
        var elsewhere = Enumerable.Range(1, count).Select(k => new Shard(k, count).Select(In(there, reverse))).ToList();
        var all = shares.SelectMany(s => s).ToList();
        return all.Count == relative.Count
            && all.Distinct().Count() == all.Count
            && shares.Max(s => s.Count) - shares.Min(s => s.Count) <= 1
            && shares.Zip(elsewhere).All(p => p.First.Select(f => Path.GetRelativePath(here, f)).Order().SequenceEqual(p.Second.Select(f => Path.GetRelativePath(there, f)).Order()));
    }

    [Fact]
    public void A_projects_documents_stay_together_when_balance_allows()
    {
        var root = Repo.NewTempFolder();
        var paths = new List<string>();
        foreach (var project in new[] { "a", "b" })
        {
            Directory.CreateDirectory(Path.Combine(root, project));
            File.WriteAllText(Path.Combine(root, project, "vankien.yaml"), "nguon: ['**/*.md']\n");
            // Names that sort across the projects: the order is by project first.
            for (var i = 0; i < 3; i++) paths.Add(Path.Combine(root, project, $"{(char)('x' - i)}{project}.md"));
        }
        var first = new Shard(1, 2).Select(paths);
        Assert.All(first, p => Assert.StartsWith(Path.Combine(root, "a") + Path.DirectorySeparatorChar, p));
        Assert.Equal(3, first.Count);
    }

    private static Dictionary<string, byte[]> Files(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
        .Where(f => !f.Contains(Path.DirectorySeparatorChar + ".vankien" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
        .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);

    private static void AssertUnionIsWhole(Dictionary<string, byte[]> whole, IReadOnlyList<Dictionary<string, byte[]>> shards, string what)
    {
        var union = new Dictionary<string, byte[]>();
        foreach (var shard in shards)
            foreach (var (path, bytes) in shard)
                Assert.True(union.TryAdd(path, bytes), $"{what}: {path} written by two shards");
        Assert.Equal(whole.Keys.Order(), union.Keys.Order());
        Assert.All(whole, f => Assert.True(f.Value.AsSpan().SequenceEqual(union[f.Key]), $"{what}: {f.Key} differs"));
    }

    [Fact]
    public void The_union_of_N_shards_builds_is_the_whole_build_byte_for_byte()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var whole = Repo.NewTempFolder();
        Assert.Equal(0, CliRun.Run("build", samples, "-o", whole).ExitCode);
        var expected = Files(whole);
        Assert.True(expected.Count >= 8, string.Join(", ", expected.Keys));
        for (var n = 1; n <= 4; n++)
        {
            var shards = new List<Dictionary<string, byte[]>>();
            for (var k = 1; k <= n; k++)
            {
                var folder = Repo.NewTempFolder();
                var run = CliRun.Run("build", samples, "-o", folder, "--shard", $"{k}/{n}");
                Assert.True(run.ExitCode == 0, run.Error);
                shards.Add(Files(folder));
            }
            AssertUnionIsWhole(expected, shards, $"N = {n}");
            if (n > 1) Assert.All(shards, s => Assert.True(s.Count < expected.Count, $"N = {n}: a shard built everything"));
        }
    }

    [Fact]
    public void The_union_of_N_shards_diagnostics_is_the_whole_checks()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        // An error in a cell's program and one in a results file, so that both kinds of work are shared out.
        var child = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        File.WriteAllText(child, File.ReadAllText(child).Replace("gia-tri: \">= 90%\"\n        cha: CT-02", "gia-tri: \">= 80%\"\n        cha: CT-02"));
        var results = ResultsFilesIn(samples).First();
        File.WriteAllText(results, File.ReadAllText(results).Replace("- id: xd-02\n", "- id: khong-co-chi-tieu-nay\n"));
        static string[] Lines(CliRun.Result run) => run.DiagnosticLines;
        var whole = CliRun.Run("check", samples);
        Assert.Contains(Lines(whole), l => l.Contains("VK0220", StringComparison.Ordinal));
        Assert.Contains(Lines(whole), l => l.Contains(Path.GetFileName(results), StringComparison.Ordinal));
        for (var n = 2; n <= 4; n++)
        {
            var union = Enumerable.Range(1, n).SelectMany(k => Lines(CliRun.Run("check", samples, "--shard", $"{k}/{n}"))).Order(StringComparer.Ordinal);
            Assert.Equal(Lines(whole).Order(StringComparer.Ordinal), union);
        }
    }

    private static IEnumerable<string> ResultsFilesIn(string folder) => VanKien.Results.ResultsFiles.In([folder]);

    [Fact]
    public void The_union_of_N_shards_sites_is_the_whole_site_byte_for_byte()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var sources = SourceDiscovery.Discover([samples]).Sources;
        var whole = Repo.NewTempFolder();
        SiteBuilder.Build(sources, new SiteBuilder.Options(whole, ResultsFolders: [samples]));
        var expected = Files(whole);
        for (var n = 2; n <= 4; n++)
        {
            var shards = new List<Dictionary<string, byte[]>>();
            for (var k = 1; k <= n; k++)
            {
                var folder = Repo.NewTempFolder();
                var site = SiteBuilder.Build(sources, new SiteBuilder.Options(folder, ResultsFolders: [samples]) { Shard = new Shard(k, n) });
                Assert.Equal(site.Pages, site.Written.Count);
                shards.Add(Files(folder));
            }
            AssertUnionIsWhole(expected, shards, $"N = {n}");
        }
    }

    [Fact]
    public void A_shard_option_that_is_not_K_of_N_is_refused_in_words()
    {
        var run = CliRun.Run("build", Repo.Samples, "-o", Repo.NewTempFolder(), "--shard", "5/4");
        Assert.NotEqual(0, run.ExitCode);
        Assert.Contains("--shard nhận K/N", run.Error);
    }
}

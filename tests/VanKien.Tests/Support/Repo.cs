namespace VanKien.Tests.Support;

/// <summary>Paths of the repository the tests run in.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Fixtures => Path.Combine(Root, "tests", "VanKien.Tests", "Fixtures");

    public static string Seeds => Path.Combine(Fixtures, "seeds");

    /// <summary>Every sample source (Markdown and .yaml documents), as the build finds them.</summary>
    public static IEnumerable<string> SampleSources() =>
        VanKien.Reading.SourceDiscovery.Discover([Samples]).Sources.Select(s => s.Path);

    /// <summary>A sample's name for test output: its folder and file, "chi-bo-….chuong-trinh-…".</summary>
    public static string SampleName(string path) =>
        $"{Path.GetFileName(Path.GetDirectoryName(path))}.{Path.GetFileNameWithoutExtension(path)}";

    public static string NewTempFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "vankien-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    private static string FindRoot()
    {
        var folder = new DirectoryInfo(AppContext.BaseDirectory);
        while (folder is not null && !File.Exists(Path.Combine(folder.FullName, "VanKien.slnx")))
            folder = folder.Parent;
        return folder?.FullName ?? throw new InvalidOperationException("cannot find the repository root (VanKien.slnx)");
    }
}

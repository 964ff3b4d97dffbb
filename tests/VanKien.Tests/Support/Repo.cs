namespace VanKien.Tests.Support;

/// <summary>Paths of the repository the tests run in.</summary>
internal static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Samples => Path.Combine(Root, "samples");

    public static string Fixtures => Path.Combine(Root, "tests", "VanKien.Tests", "Fixtures");

    public static string Seeds => Path.Combine(Fixtures, "seeds");

    /// <summary>Every sample source, as (name for test output, path).</summary>
    public static IEnumerable<string> SampleSources() =>
        Directory.EnumerateFiles(Samples, "*.md", SearchOption.AllDirectories)
            .Where(f => File.ReadLines(f).FirstOrDefault() == "---")
            .Order(StringComparer.Ordinal);

    public static string SampleName(string path) => Path.GetFileNameWithoutExtension(path);

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

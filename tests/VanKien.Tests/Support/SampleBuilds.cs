using System.Collections.Concurrent;
using VanKien.Building;

namespace VanKien.Tests.Support;

/// <summary>Builds each sample once per test run; tests share the results.</summary>
internal static class SampleBuilds
{
    private static readonly ConcurrentDictionary<string, CompileResult> Cache = new();

    public static CompileResult Get(string sourcePath) => Cache.GetOrAdd(sourcePath, path => Compiler.Build(path));

    public static byte[] Docx(string sourcePath) =>
        Get(sourcePath).Docx ?? throw new InvalidOperationException(
            $"{sourcePath} did not build:\n{string.Join('\n', Get(sourcePath).Diagnostics)}");

    public static TheoryData<string> All()
    {
        var data = new TheoryData<string>();
        foreach (var source in Repo.SampleSources()) data.Add(Path.GetRelativePath(Repo.Root, source));
        return data;
    }

    public static string Full(string relative) => Path.Combine(Repo.Root, relative);
}

using System.Runtime.CompilerServices;

namespace VanKien.Tests.Support;

/// <summary>
/// The workplace's real documents beside the repository (<c>../shared/corpus</c>, <c>../shared/corpus-whole</c>),
/// read from there and never copied into the project. A user's clone has no <c>../shared</c>: tests that
/// need it are marked with <see cref="SharedFactAttribute"/> or <see cref="SharedTheoryAttribute"/> and
/// skip with the reason printed, except under CI (environment variable CI set), where its absence is a failure.
/// </summary>
internal static class SharedMaterial
{
    public static string Root { get; } = Path.GetFullPath(Path.Combine(Repo.Root, "..", "shared"));

    /// <summary>The openings of real documents, one <c>NN_name.txt</c> each.</summary>
    public static string Corpus => Path.Combine(Root, "corpus");

    /// <summary>Whole real documents, each as found.</summary>
    public static string CorpusWhole => Path.Combine(Root, "corpus-whole");

    public static string Folder(string name) => Path.Combine(Root, name);

    /// <summary>Why a test needing these folders and programs cannot run here, or null when it can (or must, under CI).</summary>
    public static string? SkipReason(string[] folders, string?[] programs)
    {
        if (ExternalTool.IsCi) return null;
        var missing = folders.Where(f => !Directory.Exists(Folder(f))).Select(f => $"../shared/{f}")
            .Concat(programs.OfType<string>().Where(p => ExternalTool.Find(p) is null).Select(p => $"{p} on PATH")).ToList();
        return missing.Count == 0 ? null
            : $"needs {string.Join(", ", missing)} (real documents beside the repository, and programs .ci/run installs; under CI=true this test fails instead of skipping)";
    }
}

/// <summary>A fact that reads real documents from <c>../shared/FOLDER</c>, and perhaps outside programs; see <see cref="SharedMaterial"/>.</summary>
internal sealed class SharedFactAttribute : FactAttribute
{
    public SharedFactAttribute(string folder, string? program = null, string? second = null, string? third = null,
        [CallerMemberName] string member = "", [CallerFilePath] string file = "") =>
        VisibleSkip.Apply(this, SharedMaterial.SkipReason([folder], [program, second, third]), member, file);
}

/// <summary>A theory that reads real documents from <c>../shared/FOLDER</c>, and perhaps outside programs; see <see cref="SharedMaterial"/>.</summary>
internal sealed class SharedTheoryAttribute : TheoryAttribute
{
    public SharedTheoryAttribute(string folder, string? program = null, string? second = null, string? third = null,
        [CallerMemberName] string member = "", [CallerFilePath] string file = "") =>
        VisibleSkip.Apply(this, SharedMaterial.SkipReason([folder], [program, second, third]), member, file);
}

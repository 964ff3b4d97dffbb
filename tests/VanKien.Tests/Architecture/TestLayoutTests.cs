using VanKien.Tests.Support;

namespace VanKien.Tests.Architecture;

/// <summary>
/// The tests' folders mirror the code's: a test of <c>src/VanKien/Reporting</c> lives in
/// <c>Reporting/</c>, of the CLI in <c>Cli/</c>; the only other folders are those that cut across
/// the code (the documentation, the end-to-end and robustness suites, the samples, fixtures and support).
/// </summary>
public class TestLayoutTests
{
    private static readonly string[] AcrossTheCode = ["Architecture", "Docs", "EndToEnd", "Fixtures", "Robustness", "Samples", "Support"];

    [Fact]
    public void Every_test_folder_is_a_folder_of_the_code_or_one_that_cuts_across_it()
    {
        var tests = Path.Combine(Repo.Root, "tests", "VanKien.Tests");
        var code = Directory.GetDirectories(Path.Combine(Repo.Root, "src", "VanKien")).Select(Path.GetFileName).ToHashSet();
        code.Add("Cli");
        Assert.Contains("Reporting", code);
        var strays = Directory.GetDirectories(tests).Select(Path.GetFileName)
            .Where(f => f is not ("bin" or "obj" or "TestResults") && !code.Contains(f) && !AcrossTheCode.Contains(f))
            .ToList();
        Assert.True(strays.Count == 0, $"test folders with no code folder of that name: {string.Join(", ", strays)}");
        // And each test file's namespace says where it lives, so a moved file is moved whole.
        // (bin/, obj/ and TestResults/ are what builds and test runs leave; git ignores them.)
        foreach (var file in Directory.EnumerateFiles(tests, "*.cs", SearchOption.AllDirectories).Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}")))
        {
            var folder = Path.GetRelativePath(tests, Path.GetDirectoryName(file)!);
            // Support and fixtures serve every folder; the planted back-edge names the layers it imitates.
            if (folder == "." || folder.StartsWith("Support", StringComparison.Ordinal) || folder.StartsWith("Fixtures", StringComparison.Ordinal) ||
                folder.StartsWith(Path.Combine("Architecture", "Planted"), StringComparison.Ordinal)) continue;
            var expected = "namespace VanKien.Tests." + folder.Replace(Path.DirectorySeparatorChar, '.') + ";";
            Assert.True(File.ReadAllText(file).Contains(expected, StringComparison.Ordinal), $"{Path.GetRelativePath(tests, file)} should be in {expected}");
        }
    }
}

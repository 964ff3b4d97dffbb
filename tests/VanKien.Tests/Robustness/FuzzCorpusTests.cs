using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// The inputs the coverage-guided fuzzer kept (tests/VanKien.Fuzz/corpus/TARGET/, each reaching a
/// path of the code no earlier input reached) replayed through the same targets: each ends in a
/// result or in diagnostics, never an exception, within a generous bound.
/// </summary>
public class FuzzCorpusTests
{
    // Generous: a hang is an input that never ends, not a slow machine.
    private static readonly TimeSpan PerInput = TimeSpan.FromMinutes(3);

    private static string Corpus(string target) => Path.Combine(Repo.Root, "tests", "VanKien.Fuzz", "corpus", target);

    public static TheoryData<string> TargetNames => [.. VanKien.Fuzz.Targets.Names];

    [Theory]
    [MemberData(nameof(TargetNames))]
    public async Task Every_input_the_coverage_guided_fuzzer_kept_still_ends_in_a_result_or_diagnostics(string target)
    {
        var inputs = Directory.Exists(Corpus(target)) ? Directory.GetFiles(Corpus(target)) : [];
        Assert.True(inputs.Length > 0, $"no saved corpus for {target}: run tests/VanKien.Fuzz/run.sh {target}");
        var failures = new List<string>();
        foreach (var input in inputs.Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(input);
            var run = Task.Run(() => VanKien.Fuzz.Targets.Run(target, bytes));
            if (await Task.WhenAny(run, Task.Delay(PerInput)) != run)
                failures.Add($"{Path.GetFileName(input)}: hang (> {PerInput.TotalSeconds} s)");
            else if (run.Exception?.InnerException is { } ex)
                failures.Add($"{Path.GetFileName(input)}: {ex.GetType().Name}: {ex.Message}");
        }
        Assert.True(failures.Count == 0, string.Join('\n', failures));
    }
}

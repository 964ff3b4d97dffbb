using System.Diagnostics;
using VanKien.Building;
using VanKien.Checking;
using VanKien.Tests.Support;
using Xunit.Abstractions;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Mutated samples end in a build or in diagnostics — never an unhandled exception, never a hang.
/// 20,000 inputs by default (deterministic seed); VANKIEN_FUZZ_COUNT=1000000 for a long run;
/// VANKIEN_FUZZ_SEED to vary the seed. A failing input is written to a file for reproduction.
/// </summary>
[Trait("Speed", "Slow")]
public class FuzzTests(ITestOutputHelper output)
{
    // Wall time on a shared machine: CI runs other test classes on the same two cores, and the slowest
    // legitimate input (a 5,000-line paragraph of brackets, Markdig is quadratic until its own depth
    // limit) takes about a second alone. A hang is unbounded, so a generous bound still catches it.
    // Generous: a hang is an input that never ends, not a slow machine.
    private static readonly TimeSpan PerInput = TimeSpan.FromMinutes(3);

    [Fact]
    public void Every_mutated_input_ends_in_a_build_or_diagnostics()
    {
        var count = int.TryParse(Environment.GetEnvironmentVariable("VANKIEN_FUZZ_COUNT"), out var n) ? n : 20_000;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("VANKIEN_FUZZ_SEED"), out var s) ? s : 20261121;
        var sources = Repo.SampleSources().Select(p => (Path: p, Bytes: File.ReadAllBytes(p))).ToArray();
        var failures = new System.Collections.Concurrent.ConcurrentBag<string>();
        var built = 0;
        var diagnosed = 0;
        var clock = Stopwatch.StartNew();

        // Two workers with their own seeds and document sets (a set is read-mostly and grows with parents).
        Parallel.For(0, Environment.ProcessorCount, worker =>
        {
            var mutator = new Mutator(seed + worker);
            var set = DocumentSet.ForSourcesAt(sources[0].Path).Set;
            for (var i = worker; i < count && failures.IsEmpty; i += Environment.ProcessorCount)
            {
                // A set keeps every document added to it (a sample is ~300 KB in memory): a fresh one every
                // hundred inputs keeps a million-input run in constant memory.
                if (i / Environment.ProcessorCount % 100 == 99) set = DocumentSet.ForSourcesAt(sources[0].Path).Set;
                var (path, bytes) = sources[i % sources.Length];
                var input = mutator.Mutate(bytes);
                // A mutated document gets a path of its own beside the original, so its parent links still resolve.
                var name = Path.Combine(Path.GetDirectoryName(path)!, $"fuzz-{worker}-{i}{Path.GetExtension(path)}");
                var task = Task.Run(() => Compiler.BuildSource(name, input, set));
                try
                {
                    if (!task.Wait(PerInput))
                    {
                        failures.Add(Save(input, path, $"hang (> {PerInput.TotalSeconds} s)"));
                        continue;
                    }
                    if (task.Result.Docx is null) Interlocked.Increment(ref diagnosed);
                    else Interlocked.Increment(ref built);
                    if (task.Result.Docx is null && task.Result.Diagnostics.Count == 0)
                        failures.Add(Save(input, path, "no output and no diagnostic"));
                }
                catch (AggregateException ex)
                {
                    failures.Add(Save(input, path, ex.InnerException?.ToString() ?? ex.ToString()));
                }
            }
        });

        output.WriteLine($"fuzz: {built + diagnosed} inputs ({built} built, {diagnosed} refused with diagnostics), seed {seed}, {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(failures.IsEmpty, string.Join("\n\n", failures.Take(3)));
        Assert.Equal(count, built + diagnosed);
    }

    private static string Save(byte[] input, string original, string problem)
    {
        var file = Path.Combine(Repo.NewTempFolder(), "fuzz-failure" + Path.GetExtension(original));
        File.WriteAllBytes(file, input);
        return $"{problem}\n(input from {Path.GetFileName(original)} saved to {file})";
    }
}

using System.Reflection;
using NetArchTest.Rules;

namespace VanKien.Tests.Architecture;

/// <summary>
/// The library's layers, lowest first (docs/bao-tri/architecture.md). A folder may use its
/// own layer and those below; a use of a higher layer is a back-edge and fails here. Within a layer
/// folders may use each other, but never in a cycle (the second test).
/// </summary>
public class LayerTests
{
    public static readonly string[][] Layers =
    [
        ["Text"],
        ["Values"],
        ["Diagnostics"],
        ["Targets"],
        ["Model"],
        ["Standard"],
        ["Reading"],
        ["Output"],
        ["Project", "Templates"],
        ["Checking", "Coverage", "Results"],
        ["Writing"],
        ["Building"],
        ["Diffing", "Editing", "Importing", "Publishing", "Reporting", "Reviewing", "Scaffolding", "Schema", "Signing"],
    ];

    /// <summary>Every type of each layer that uses a higher layer, as "type → namespaces it must not use".</summary>
    public static IReadOnlyList<string> BackEdges(Assembly assembly, string root, string[][] layers)
    {
        var failures = new List<string>();
        for (var i = 0; i < layers.Length; i++)
        {
            var higher = layers.Skip(i + 1).SelectMany(l => l).Select(f => $"{root}.{f}").ToArray();
            if (higher.Length == 0) continue;
            foreach (var folder in layers[i])
            {
                var result = Types.InAssembly(assembly).That().ResideInNamespace($"{root}.{folder}")
                    .ShouldNot().HaveDependencyOnAny(higher).GetResult();
                if (!result.IsSuccessful)
                    failures.AddRange(result.FailingTypeNames.Select(t => $"{t} uses a layer above {folder}"));
            }
        }
        return failures;
    }

    [Fact]
    public void No_folder_of_the_library_uses_a_higher_layer()
    {
        var assembly = typeof(Model.Document).Assembly;
        Assert.Empty(BackEdges(assembly, "VanKien", Layers));
    }

    [Fact]
    public void Every_folder_of_the_library_has_a_layer()
    {
        var folders = Directory.GetDirectories(Path.Combine(Support.Repo.Root, "src", "VanKien"))
            .Select(f => Path.GetFileName(f)!).Where(f => f is not ("bin" or "obj")).Order().ToList();
        Assert.Equal(folders, Layers.SelectMany(l => l).Order().ToList());
    }

    [Fact]
    public void Folders_of_one_layer_do_not_use_each_other_in_a_cycle()
    {
        var assembly = typeof(Model.Document).Assembly;
        foreach (var layer in Layers.Where(l => l.Length > 1))
            foreach (var a in layer)
                foreach (var b in layer.Where(b => string.CompareOrdinal(a, b) < 0))
                {
                    var ab = !Types.InAssembly(assembly).That().ResideInNamespace($"VanKien.{a}").ShouldNot().HaveDependencyOn($"VanKien.{b}").GetResult().IsSuccessful;
                    var ba = !Types.InAssembly(assembly).That().ResideInNamespace($"VanKien.{b}").ShouldNot().HaveDependencyOn($"VanKien.{a}").GetResult().IsSuccessful;
                    Assert.False(ab && ba, $"{a} and {b} use each other");
                }
    }

    /// <summary>The check can fail: a back-edge planted in this test assembly (a reader that uses a check) is found.</summary>
    [Fact]
    public void A_planted_back_edge_is_found()
    {
        var failures = BackEdges(typeof(LayerTests).Assembly, "VanKien.Tests.Architecture.Planted", [["Reading"], ["Checking"]]);
        Assert.Equal(["VanKien.Tests.Architecture.Planted.Reading.Reader uses a layer above Reading"], failures);
    }
}

using System.Reflection;
using NetArchTest.Rules;

namespace VanKien.Tests.Architecture;

/// <summary>
/// The library's layers, lowest first (docs/bao-tri/architecture.md). A folder may use its
/// own layer and those below; a use of a higher layer is a back-edge and fails here. Within a layer
/// folders may use each other, but never in a cycle of any length (<see cref="FolderCycles"/>).
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
        ["Printing"],
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
    public void No_folders_of_the_library_use_each_other_in_a_cycle_of_any_length()
    {
        var assembly = typeof(Model.Document).Assembly;
        Assert.Empty(FolderCycles.Of(assembly, "VanKien", Layers.SelectMany(l => l).ToList()));
    }

    /// <summary>The cycle check can fail, and on more than pairs: a ring of three planted folders, none two of them both ways.</summary>
    [Fact]
    public void A_planted_cycle_of_three_folders_is_found()
    {
        string[] ring = ["Audit", "Budget", "Ledger"];
        var graph = FolderCycles.Graph(typeof(LayerTests).Assembly, "VanKien.Tests.Architecture.Planted", ring);

        Assert.DoesNotContain(ring, a => graph[a].Any(b => graph[b].Contains(a)));
        Assert.Equal(["Audit → Budget → Ledger → Audit"], FolderCycles.Of(graph));
    }

    /// <summary>The check can fail: a back-edge planted in this test assembly (a reader that uses a check) is found.</summary>
    [Fact]
    public void A_planted_back_edge_is_found()
    {
        var failures = BackEdges(typeof(LayerTests).Assembly, "VanKien.Tests.Architecture.Planted", [["Reading"], ["Checking"]]);
        Assert.Equal(["VanKien.Tests.Architecture.Planted.Reading.Reader uses a layer above Reading"], failures);
    }
}

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

/// <summary>
/// The CLI is a thin layer over the library's application layer: its commands parse, call a feature
/// or the build, and print diagnostics; they never reach into how a document is read, modelled,
/// checked, printed or written.
/// </summary>
public class CliLayerTests
{
    /// <summary>What the commands may use: the features, the build, the diagnostics they print and the formats they name.</summary>
    public static readonly string[] Application =
        ["Building", "Diffing", "Editing", "Importing", "Publishing", "Reporting", "Reviewing", "Scaffolding", "Schema", "Signing", "Diagnostics", "Output"];

    public static IReadOnlyList<string> Reaches(Assembly cli)
    {
        var folders = Directory.GetDirectories(Path.Combine(Support.Repo.Root, "src", "VanKien")).Select(f => Path.GetFileName(f)!)
            .Where(f => f is not ("bin" or "obj") && !Application.Contains(f)).Select(f => "VanKien." + f).ToArray();
        return [.. folders.SelectMany(folder => Types.InAssembly(cli).ShouldNot().HaveDependencyOn(folder).GetResult().FailingTypeNames?.Select(t => $"{t} → {folder}") ?? [])
            .Order(StringComparer.Ordinal)];
    }

    /// <summary>
    /// Commands that still reach below the application layer, each with the folder it reaches: a list
    /// that may only shrink. A new reach fails, and so does a listed one that is gone (take it off).
    /// </summary>
    private static readonly string[] StillReaching =
    [
        "VanKien.Cli.Commands.BuildCommand → VanKien.Project", "VanKien.Cli.Commands.BuildCommand → VanKien.Reading", "VanKien.Cli.Commands.BuildCommand → VanKien.Writing",
        "VanKien.Cli.Commands.CheckCommand → VanKien.Reading",

        "VanKien.Cli.Commands.NewCommand → VanKien.Checking", "VanKien.Cli.Commands.NewCommand → VanKien.Model", "VanKien.Cli.Commands.NewCommand → VanKien.Templates",
        "VanKien.Cli.Commands.ProgressRenderer → VanKien.Text", "VanKien.Cli.Commands.ProjectScope → VanKien.Project", "VanKien.Cli.Commands.ProjectScope → VanKien.Reading",
        "VanKien.Cli.Commands.ReportCommand → VanKien.Results", 
        "VanKien.Cli.Commands.RollupCommand → VanKien.Model", "VanKien.Cli.Commands.RollupCommand → VanKien.Project", "VanKien.Cli.Commands.RollupCommand → VanKien.Reading", "VanKien.Cli.Commands.RollupCommand → VanKien.Results",
        "VanKien.Cli.Commands.SignCommand → VanKien.Reading", "VanKien.Cli.Commands.SiteCommand → VanKien.Project", "VanKien.Cli.Commands.Sources → VanKien.Reading",
        "VanKien.Cli.Commands.TargetsCommand → VanKien.Checking", "VanKien.Cli.Commands.TargetsCommand → VanKien.Coverage", "VanKien.Cli.Commands.TargetsCommand → VanKien.Model",
        "VanKien.Cli.Commands.TemplateCommand → VanKien.Model", "VanKien.Cli.Commands.TemplateCommand → VanKien.Standard", "VanKien.Cli.Commands.TemplateCommand → VanKien.Templates", "VanKien.Cli.Commands.TemplateCommand → VanKien.Writing",

    ];

    [Fact]
    public void No_command_reaches_below_the_application_layer_beyond_the_shrinking_list()
    {
        var reaches = Reaches(Assembly.Load("VanKien.Cli"));
        var added = reaches.Except(StillReaching).ToList();
        var gone = StillReaching.Except(reaches).ToList();
        Assert.True(added.Count == 0, "new reach below the application layer:\n" + string.Join("\n", added));
        Assert.True(gone.Count == 0, "no longer reached, take off the list:\n" + string.Join("\n", gone));
    }

    /// <summary>The check can fail: this test assembly's architecture tests reach the Model, outside the application layer.</summary>
    [Fact]
    public void A_reach_below_the_application_layer_is_found()
    {
        Assert.Contains(Reaches(typeof(CliLayerTests).Assembly), r => r.EndsWith("→ VanKien.Model", StringComparison.Ordinal));
    }
}

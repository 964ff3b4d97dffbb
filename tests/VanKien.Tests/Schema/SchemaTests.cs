using System.Text.Json.Nodes;
using VanKien.Reading;
using VanKien.Schema;
using VanKien.Tests.Support;
using YamlDotNet.RepresentationModel;

namespace VanKien.Tests.Schema;

/// <summary>The JSON Schemas: in step with the reader, and they accept every sample and reject the broken sources.</summary>
public class SchemaTests
{
    [Fact]
    public void The_document_schema_names_exactly_the_keys_the_reader_reads()
    {
        var schema = JsonSchemas.DocumentSchema();
        Assert.Equal(FrontMatterKeysPublic.Document.Append(FrontMatterKeysPublic.Body).Order(), Keys(schema).Order());
        var groups = schema["properties"]!["chi-tieu"]!["items"]!;
        Assert.Equal(FrontMatterKeysPublic.TargetGroup.Order(), Keys(groups).Order());
        Assert.Equal(FrontMatterKeysPublic.Target.Order(), Keys(groups["properties"]!["muc"]!["items"]!).Order());
        Assert.Equal(FrontMatterKeysPublic.Signature.Order(), Keys(schema["properties"]!["ky"]!).Order());
        Assert.Equal(FrontMatterKeysPublic.IssuingBodies.Order(), Keys(schema["properties"]!["co-quan"]!).Order());
        Assert.Equal("http://json-schema.org/draft-07/schema#", schema["$schema"]!.GetValue<string>());
    }

    [Theory]
    [InlineData("van-ban")]
    [InlineData("du-an")]
    [InlineData("ket-qua")]
    public void The_committed_schemas_are_what_the_command_prints(string which)
    {
        var result = CliRun.Run("schema", which);
        Assert.Equal(0, result.ExitCode);
        Assert.Equal(File.ReadAllText(Path.Combine(Repo.Root, "templates", "schema", $"{which}.schema.json")), result.Output);
    }

    [SarifSchemaFact] // needs python3 with jsonschema, as the SARIF test does
    public void The_schema_accepts_every_sample_and_rejects_the_broken_sources()
    {
        var folder = Repo.NewTempFolder();
        var accepted = Repo.SampleSources().Select((s, i) => Instance(folder, $"sample-{i}", s)).ToList();
        var rejected = new[] { "unknown-key.md", "wrong-type.md" }.Select(f => Instance(folder, f, Path.Combine(Repo.Fixtures, "malformed", f))).ToList();
        var missing = Path.Combine(folder, "missing.json");
        File.WriteAllText(missing, """{"loai": "ke-hoach", "so": "01-KH/CB"}""");
        rejected.Add(missing);
        var badKind = Path.Combine(folder, "bad-kind.json");
        File.WriteAllText(badKind, """{"loai": "cong-van", "so": "01", "co-quan": {"ban-hanh": "x"}, "dia-danh": "x", "ngay": "2025-01-01"}""");
        rejected.Add(badKind);

        var documentSchema = Path.Combine(Repo.Root, "templates", "schema", "van-ban.schema.json");
        Assert.All(accepted, file => Assert.True(Errors(documentSchema, file).Length == 0, $"{file}: {string.Join("; ", Errors(documentSchema, file))}"));
        Assert.All(rejected, file => Assert.NotEmpty(Errors(documentSchema, file)));

        var projectSchema = Path.Combine(Repo.Root, "templates", "schema", "du-an.schema.json");
        Assert.Empty(Errors(projectSchema, Instance(folder, "project", Path.Combine(Repo.Samples, "vankien.yaml"))));
        var badProject = Path.Combine(folder, "bad-project.json");
        File.WriteAllText(badProject, """{"dinh-dang": ["odt"], "quy-tac": {"VK0403": "nghiem"}}""");
        Assert.Equal(2, Errors(projectSchema, badProject).Length);
    }

    [Fact]
    public void The_results_schema_names_exactly_the_keys_the_results_reader_reads()
    {
        var schema = JsonSchemas.ResultsSchema();
        Assert.Equal(VanKien.Results.ResultsReader.Keys.Order(), Keys(schema).Order());
        Assert.Equal(VanKien.Results.ResultsReader.ReportKeys.Order(), Keys(schema["properties"]!["bao-cao"]!).Order());
        Assert.Equal(VanKien.Results.ResultsReader.EntryKeys.Order(), Keys(schema["properties"]!["ket-qua"]!["items"]!).Order());
    }

    [SarifSchemaFact]
    public void The_results_schema_accepts_the_sample_results_and_rejects_broken_ones()
    {
        var folder = Repo.NewTempFolder();
        var schema = Path.Combine(Repo.Root, "templates", "schema", "ket-qua.schema.json");
        foreach (var sample in Directory.EnumerateFiles(Repo.Samples, "ket-qua-*.yaml", SearchOption.AllDirectories))
            Assert.Empty(Errors(schema, Instance(folder, Path.GetFileNameWithoutExtension(sample) + Path.GetFileName(Path.GetDirectoryName(sample)), sample)));
        var broken = Path.Combine(folder, "broken.json");
        File.WriteAllText(broken, """{"loai": "ket-qua", "chuong-trinh": "x.md", "ket-qua": [{"id": "a", "gia-tri": {"2025-26": "1%"}}, {"id": "b"}], "nam": 2025}""");
        Assert.Equal(3, Errors(schema, broken).Length);
    }

    private static IEnumerable<string> Keys(JsonNode schema) => schema["properties"]!.AsObject().Select(p => p.Key);

    /// <summary>A source's front matter (or a .yaml document) as a JSON instance, the way a YAML editor sees it.</summary>
    private static string Instance(string folder, string name, string source)
    {
        var text = File.ReadAllText(source);
        if (source.EndsWith(".md", StringComparison.Ordinal))
        {
            var parts = FrontMatter.Split(source, text.Replace("\r\n", "\n"), new VanKien.Diagnostics.DiagnosticBag())!;
            text = parts.Yaml;
        }
        var stream = new YamlStream();
        stream.Load(new StringReader(text));
        var path = Path.Combine(folder, name + ".json");
        File.WriteAllText(path, (Json(stream.Documents[0].RootNode) ?? new JsonObject()).ToJsonString());
        return path;
    }

    private static JsonNode? Json(YamlNode node) => node switch
    {
        YamlMappingNode map => new JsonObject(map.Children.Select(c => KeyValuePair.Create(((YamlScalarNode)c.Key).Value!, Json(c.Value)))),
        YamlSequenceNode list => new JsonArray(list.Children.Select(Json).ToArray()),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: var v } when long.TryParse(v, out var n) => JsonValue.Create(n),
        YamlScalarNode { Style: YamlDotNet.Core.ScalarStyle.Plain, Value: null or "" or "~" or "null" } => null,
        YamlScalarNode scalar => JsonValue.Create(scalar.Value),
        _ => null,
    };

    private static string[] Errors(string schema, string instance)
    {
        const string script = """
            import json, sys, jsonschema
            schema = json.load(open(sys.argv[1], encoding="utf-8"))
            instance = json.load(open(sys.argv[2], encoding="utf-8"))
            for error in jsonschema.Draft7Validator(schema).iter_errors(instance):
                print(error.json_path, error.message)
            """;
        var result = ExternalTool.Run(SarifSchema.Python!, ["-c", script, schema, instance]);
        Assert.True(result.ExitCode == 0, result.Error);
        return result.Output.Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }
}

using System.Text.Json.Nodes;
using VanKien.Tests.Support;

namespace VanKien.Tests.Cli;

/// <summary>
/// <c>vankien lsp</c> driven as an editor drives it, over stdio of a separate process: the same
/// diagnostics as <c>check</c>, live on change, completion, hover, definition, quick fixes, and a
/// clean exit; bad messages and awkward documents leave it answering.
/// </summary>
[Trait("Speed", "Slow")]
public class LanguageServerTests
{
    private const string Child = "samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md";
    private const string Parent = "samples/dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml";

    /// <summary>The samples and templates in a folder of their own, the child with a misspelt key.</summary>
    private static string Project()
    {
        var root = Repo.NewTempFolder();
        foreach (var folder in new[] { Repo.Samples, Path.Combine(Repo.Root, "templates") })
            foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
            {
                var target = Path.Combine(root, Path.GetRelativePath(Repo.Root, file));
                Directory.CreateDirectory(Path.GetDirectoryName(target)!);
                File.Copy(file, target);
            }
        var child = Path.Combine(root, Child);
        File.WriteAllText(child, File.ReadAllText(child).Replace("\ntrich-yeu:", "\ntrich-yue:"));
        return root;
    }

    private static JsonObject Open(string path, string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path), ["languageId"] = "markdown", ["version"] = 1, ["text"] = text },
    };

    private static JsonObject At(string path, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path) },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    private static JsonObject Initialize(string root) => new() { ["processId"] = null, ["rootUri"] = LspClient.Uri(root), ["capabilities"] = new JsonObject() };

    [Fact]
    public void An_editor_session_checks_completes_hovers_goes_to_definition_fixes_and_exits_cleanly()
    {
        var root = Project();
        var child = Path.Combine(root, Child);
        var parent = Path.Combine(root, Parent);
        var text = File.ReadAllText(child);
        var lines = text.Split('\n');
        using var client = new LspClient(root);

        var capabilities = client.Request("initialize", Initialize(root))!["capabilities"]!;
        Assert.True(capabilities["hoverProvider"]!.GetValue<bool>());
        client.Notify("initialized", new JsonObject());

        // On open: what `check --diagnostics json` says of the file, rule, place and message.
        client.Notify("textDocument/didOpen", Open(child, text));
        var opened = client.Diagnostics(LspClient.Uri(child), d => d.Count > 0)["diagnostics"]!.AsArray();
        var check = JsonNode.Parse(VankienProcess.RunIn(root, ["check", child, "--diagnostics", "json"]).Output)!["diagnostics"]!.AsArray();
        string Key(string rule, int line, int column, string message) => $"{rule} {line}:{column} {message}";
        Assert.Equal(
            check.Select(d => Key(d!["rule"]!.GetValue<string>(), d["line"]!.GetValue<int>() - 1, d["column"]!.GetValue<int>() - 1,
                d["message"]!.GetValue<string>() + (d["hint"] is { } hint ? $" ({hint.GetValue<string>()})" : ""))).Order(),
            opened.Select(d => Key(d!["code"]!.GetValue<string>(), d["range"]!["start"]!["line"]!.GetValue<int>(),
                d["range"]!["start"]!["character"]!.GetValue<int>(), d["message"]!.GetValue<string>())).Order());
        Assert.Contains(opened, d => d!["code"]!.GetValue<string>() == "VK0002");

        // A change that weakens a target below its parent's: VK0220 at the value's new place.
        var valueLine = Array.FindIndex(lines, l => l.Contains("gia-tri: \">= 90%\"", StringComparison.Ordinal) ) ;
        Assert.Contains("cha: CT-02", lines[valueLine + 1]);
        var weakened = text.Replace(lines[valueLine], lines[valueLine].Replace(">= 90%", ">= 80%"));
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(child), ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = weakened }),
        });
        var changed = client.Diagnostics(LspClient.Uri(child), d => d.Any(x => x!["code"]!.GetValue<string>() == "VK0220"))["diagnostics"]!.AsArray();
        var weaker = changed.Single(d => d!["code"]!.GetValue<string>() == "VK0220")!;
        Assert.Equal(valueLine, weaker["range"]!["start"]!["line"]!.GetValue<int>());
        Assert.Equal(lines[valueLine].IndexOf('"'), weaker["range"]!["start"]!["character"]!.GetValue<int>());

        // Completion after "cha: " lists the parent's target ids, each with its value and sentence.
        var chaLine = valueLine + 1;
        var chaColumn = lines[chaLine].IndexOf("CT-02", StringComparison.Ordinal);
        var items = client.Request("textDocument/completion", At(child, chaLine, chaColumn))!.AsArray();
        var labels = items.Select(i => i!["label"]!.GetValue<string>()).ToList();
        Assert.Contains("CT-01", labels);
        Assert.Contains("CT-02", labels);
        var ct02 = items.First(i => i!["label"]!.GetValue<string>() == "CT-02")!;
        Assert.Equal(">= 85%", ct02["detail"]!.GetValue<string>());
        Assert.Contains("85% trở lên đảng viên", ct02["documentation"]!.GetValue<string>());

        // Hover on the id: the parent target's sentence, value and place.
        var hover = client.Request("textDocument/hover", At(child, chaLine, chaColumn + 2))!["contents"]!["value"]!.GetValue<string>();
        Assert.Contains("CT-02", hover);
        Assert.Contains("85% trở lên đảng viên", hover);
        Assert.Contains(">= 85%", hover);

        // Definition: the parent's target, in the parent's file.
        var definition = client.Request("textDocument/definition", At(child, chaLine, chaColumn + 2))!;
        Assert.Equal(LspClient.Uri(parent), definition["uri"]!.GetValue<string>());
        Assert.Contains("id: CT-02", File.ReadAllLines(parent)[definition["range"]!["start"]!["line"]!.GetValue<int>()]);

        // Quick fixes: the parent's value for the weakened target; the key the hint names.
        JsonArray Actions(int line) => client.Request("textDocument/codeAction", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(child) },
            ["range"] = new JsonObject { ["start"] = new JsonObject { ["line"] = line, ["character"] = 0 }, ["end"] = new JsonObject { ["line"] = line, ["character"] = 0 } },
            ["context"] = new JsonObject { ["diagnostics"] = new JsonArray() },
        })!.AsArray();
        var take = Actions(valueLine).Single()!;
        var edit = take["edit"]!["changes"]![LspClient.Uri(child)]![0]!;
        Assert.Equal("\">= 85%\"", edit["newText"]!.GetValue<string>());
        var keyLine = Array.FindIndex(lines, l => l.StartsWith("trich-yue:", StringComparison.Ordinal));
        var rename = Actions(keyLine).Single()!["edit"]!["changes"]![LspClient.Uri(child)]![0]!;
        Assert.Equal("trich-yeu", rename["newText"]!.GetValue<string>());
        Assert.Equal(0, rename["range"]!["start"]!["character"]!.GetValue<int>());
        Assert.Equal("trich-yue".Length, rename["range"]!["end"]!["character"]!.GetValue<int>());

        Assert.Null(client.Request("shutdown", null));
        client.Notify("exit", null);
        Assert.True(client.Process.WaitForExit(60_000), "the server did not exit");
        Assert.Equal(0, client.Process.ExitCode);
    }
}

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
        var root = Repo.CopyOfSamples();
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

/// <summary>What an editor can throw at the server: it keeps running and answering.</summary>
[Trait("Speed", "Slow")]
public class LanguageServerRobustnessTests
{
    private static JsonObject Document(string path) => new() { ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path) } };

    private static JsonObject Change(string path, string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path), ["version"] = 2 },
        ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = text }),
    };

    private static JsonObject Open(string path, string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path), ["languageId"] = "markdown", ["version"] = 1, ["text"] = text },
    };

    private static LspClient Started(string root)
    {
        var client = new LspClient(root);
        client.Request("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = LspClient.Uri(root), ["capabilities"] = new JsonObject() });
        client.Notify("initialized", new JsonObject());
        return client;
    }

    /// <summary>Still answering: a hover request gets its (empty) answer, and the session ends with exit code 0.</summary>
    private static void AssertAnswersAndExits(LspClient client, string path)
    {
        client.Request("textDocument/hover", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path) },
            ["position"] = new JsonObject { ["line"] = 0, ["character"] = 0 },
        });
        Assert.Null(client.Request("shutdown", null));
        client.Notify("exit", null);
        Assert.True(client.Process.WaitForExit(60_000), "the server did not exit");
        Assert.Equal(0, client.Process.ExitCode);
    }

    /// <summary>A server with a sample report open, its first diagnostics published.</summary>
    private static (string Path, string Text, LspClient Client) OpenedReport()
    {
        var root = Repo.NewTempFolder();
        var path = Sample(root, "samples/chi-bo-mam-non-viet-hong/bao-cao-2025.md");
        var text = File.ReadAllText(path);
        var client = Started(root);
        client.Notify("textDocument/didOpen", Open(path, text));
        client.Diagnostics(LspClient.Uri(path), _ => true);
        return (path, text, client);
    }

    private static string Sample(string root, string relative)
    {
        var from = Path.Combine(Repo.Root, relative);
        var to = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(from, to);
        return to;
    }

    [Fact]
    public void Malformed_messages_are_answered_with_errors_and_the_server_goes_on()
    {
        var root = Repo.NewTempFolder();
        using var client = Started(root);
        void Raw(string json)
        {
            var body = System.Text.Encoding.UTF8.GetBytes(json);
            client.SendRaw([.. System.Text.Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
        }
        // Not JSON; a request whose params are not an object (JSON-RPC says they must be): dropped, said on stderr.
        Raw("{\"jsonrpc\":\"2.0\",\"id\":99,\"method\":");
        Raw("{\"jsonrpc\":\"2.0\",\"id\":98,\"method\":\"textDocument/hover\",\"params\":42}");
        // An unknown method is an error; params of the wrong shape get an answer, error or empty.
        Assert.Throws<InvalidOperationException>(() => client.Request("khong/co", new JsonObject()));
        try { client.Request("textDocument/hover", new JsonObject { ["textDocument"] = 5, ["position"] = "đầu" }); }
        catch (InvalidOperationException) { }
        client.Notify("textDocument/didOpen", new JsonObject { ["textDocument"] = "không phải một đối tượng" });
        AssertAnswersAndExits(client, Path.Combine(root, "x.md"));
    }

    [Fact]
    public void A_yaml_syntax_error_reaches_the_editor_in_vietnamese_with_its_hint()
    {
        var (path, text, client) = OpenedReport();
        using var _ = client;
        client.Notify("textDocument/didChange", Change(path, System.Text.RegularExpressions.Regex.Replace(text, @"\ntrich-yeu: [^\n]*", "\ntrich-yeu: >= 85% kế hoạch")));
        var diagnostics = client.Diagnostics(LspClient.Uri(path), d => d.Any(x => x!["code"]!.GetValue<string>() == "VK0001"))["diagnostics"]!.AsArray();
        var message = Assert.Single(diagnostics)!["message"]!.GetValue<string>();
        Assert.Contains("'>'", message);
        Assert.Contains("\">= 85% kế hoạch\"", message);
        FirstHourFrictionTests.AssertNoYamlDotNetEnglish(message);
        AssertAnswersAndExits(client, path);
    }

    [Fact]
    public void A_file_deleted_while_open_is_still_checked_from_the_editors_text()
    {
        var (path, text, client) = OpenedReport();
        using var _ = client;
        File.Delete(path);
        client.Notify("textDocument/didChange", Change(path, text.Replace("\nso: ", "\nso-sai: ")));
        var diagnostics = client.Diagnostics(LspClient.Uri(path), d => d.Any(x => x!["code"]!.GetValue<string>() == "VK0002"))["diagnostics"]!.AsArray();
        Assert.Contains(diagnostics, d => d!["message"]!.GetValue<string>().Contains("so-sai", StringComparison.Ordinal));
        AssertAnswersAndExits(client, path);
    }

    [Fact]
    public void A_parent_that_names_its_child_as_its_own_parent_is_reported_not_followed_forever()
    {
        var root = Repo.NewTempFolder();
        var parent = Sample(root, "samples/dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml");
        var child = Sample(root, "samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md");
        File.WriteAllText(parent, "thuc-hien: ../chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md\n" + File.ReadAllText(parent));
        using var client = Started(root);
        client.Notify("textDocument/didOpen", Open(child, File.ReadAllText(child)));
        var diagnostics = client.Diagnostics(LspClient.Uri(child), _ => true)["diagnostics"]!.AsArray();
        var check = JsonNode.Parse(VankienProcess.RunIn(root, ["check", child, "--diagnostics", "json"]).Output)!["diagnostics"]!.AsArray()
            .Where(d => Path.GetFullPath(Path.Combine(root, d!["file"]!.GetValue<string>())) == child).Select(d => d!["rule"]!.GetValue<string>()).Order();
        Assert.Equal(check, diagnostics.Select(d => d!["code"]!.GetValue<string>()).Order());
        AssertAnswersAndExits(client, child);
    }

    [Fact]
    public void A_five_megabyte_paste_is_checked_and_the_server_goes_on()
    {
        var (path, text, client) = OpenedReport();
        using var _ = client;
        // One place left to fill at the start of the paste, to know its diagnostics when they come.
        var paste = text + "\n«dán» " + string.Concat(Enumerable.Repeat("Đoạn văn dán vào rất dài, lặp lại nhiều lần. ", 5 * 1024 * 1024 / 48));
        Assert.True(System.Text.Encoding.UTF8.GetByteCount(paste) > 5 * 1024 * 1024);
        client.Notify("textDocument/didChange", Change(path, paste));
        var diagnostics = client.Diagnostics(LspClient.Uri(path), d => d.Any(x => x!["code"]!.GetValue<string>() == "VK0012"))["diagnostics"]!.AsArray();
        Assert.True(diagnostics.Count < 10, diagnostics.ToJsonString());
        client.Notify("textDocument/didChange", Change(path, text));
        client.Diagnostics(LspClient.Uri(path), d => !d.Any(x => x!["code"]!.GetValue<string>() == "VK0012"));
        AssertAnswersAndExits(client, path);
    }
}

/// <summary>
/// Only VanKien sources are checked — the files <c>build</c> and <c>check</c> would take from a folder:
/// Markdown that opens with front matter, YAML with a top-level <c>loai:</c>, results files and
/// <c>vankien.yaml</c>. Any other Markdown or YAML an editor opens gets an empty list, inside a project or not.
/// </summary>
[Trait("Speed", "Slow")]
public class LanguageServerScopeTests
{
    private const string Readme = "# Ghi chú\n\nTệp này không có phần đầu YAML.\n";
    private const string Compose = "services:\n  web:\n    image: nginx\n    ports:\n      - \"80:80\"\n";

    private static JsonObject Open(string path, string text, string language) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path), ["languageId"] = language, ["version"] = 1, ["text"] = text },
    };

    private static LspClient Started(string root)
    {
        var client = new LspClient(root);
        client.Request("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = LspClient.Uri(root), ["capabilities"] = new JsonObject() });
        client.Notify("initialized", new JsonObject());
        return client;
    }

    /// <summary>The first diagnostics the server publishes for a file opened with <paramref name="text"/>.</summary>
    private static JsonArray Published(LspClient client, string path, string text, string language)
    {
        client.Notify("textDocument/didOpen", Open(path, text, language));
        return client.Diagnostics(LspClient.Uri(path), _ => true)["diagnostics"]!.AsArray();
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void A_readme_without_front_matter_and_a_compose_file_get_no_diagnostics(bool insideAProject)
    {
        var root = insideAProject ? Path.Combine(Repo.CopyOfSamples(), "samples") : Repo.NewTempFolder();
        Assert.Equal(insideAProject, File.Exists(Path.Combine(root, "vankien.yaml")));
        using var client = Started(root);
        var readme = Published(client, Path.Combine(root, "README.md"), Readme, "markdown");
        Assert.True(readme.Count == 0, readme.ToJsonString());
        var compose = Published(client, Path.Combine(root, "docker-compose.yaml"), Compose, "yaml");
        Assert.True(compose.Count == 0, compose.ToJsonString());
        var github = Published(client, Path.Combine(root, ".github", "workflows", "ci.yml"), "on: push\njobs: {}\n", "yaml");
        Assert.True(github.Count == 0, github.ToJsonString());

        // A source beside them is still checked: front matter with a misspelt key, and a YAML source with loai:.
        var source = Published(client, Path.Combine(root, "nhap.md"), "---\nloai: nghi-quyet\ntrich-yue: Về việc\n---\n\nNội dung.\n", "markdown");
        Assert.Contains(source, d => d!["code"]!.GetValue<string>() == "VK0002");
        var yaml = Published(client, Path.Combine(root, "nhap.yaml"), "loai: nghi-quyet\ntrich-yue: Về việc\n", "yaml");
        Assert.Contains(yaml, d => d!["code"]!.GetValue<string>() == "VK0002");
    }

    /// <summary>Keys typed at the start of a line: what completion offers there.</summary>
    private static List<string> CompletionLabels(LspClient client, string path, int line) =>
        client.Request("textDocument/completion", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path) },
            ["position"] = new JsonObject { ["line"] = line, ["character"] = 0 },
        })!.AsArray().Select(i => i!["label"]!.GetValue<string>()).ToList();

    [Fact]
    public void A_compose_file_and_a_readme_get_no_completion_but_a_new_yaml_file_and_a_source_do()
    {
        var root = Repo.NewTempFolder();
        using var client = Started(root);
        var compose = Path.Combine(root, "docker-compose.yaml");
        Published(client, compose, Compose + "\n", "yaml");
        Assert.Empty(CompletionLabels(client, compose, Compose.Split('\n').Length));
        var readme = Path.Combine(root, "README.md");
        Published(client, readme, "Ghi chú\n\n", "markdown");
        Assert.Empty(CompletionLabels(client, readme, 2));

        // A new, empty YAML file may become a source: completion offers loai: to start it.
        var blank = Path.Combine(root, "moi.yaml");
        Published(client, blank, "", "yaml");
        Assert.Contains("loai", CompletionLabels(client, blank, 0));
        var source = Path.Combine(root, "nhap.yaml");
        Published(client, source, "loai: nghi-quyet\n\n", "yaml");
        Assert.Contains("trich-yeu", CompletionLabels(client, source, 1));
    }

    [Fact]
    public void A_source_whose_front_matter_is_removed_has_its_diagnostics_cleared()
    {
        var root = Repo.NewTempFolder();
        var path = Path.Combine(root, "nhap.md");
        using var client = Started(root);
        Assert.NotEmpty(Published(client, path, "---\nloai: nghi-quyet\ntrich-yue: Về việc\n---\n\nNội dung.\n", "markdown"));
        client.Notify("textDocument/didChange", new JsonObject
        {
            ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path), ["version"] = 2 },
            ["contentChanges"] = new JsonArray(new JsonObject { ["text"] = "# Chỉ là ghi chú\n\nNội dung.\n" }),
        });
        var cleared = client.Diagnostics(LspClient.Uri(path), _ => true)["diagnostics"]!.AsArray();
        Assert.True(cleared.Count == 0, cleared.ToJsonString());
    }
}

/// <summary>The VS Code extension's activation, run under Node with <c>vscode</c> stubbed, starts this vankien's server.</summary>
[Trait("Speed", "Slow")]
public class EditorExtensionTests
{
    /// <summary>
    /// Each scenario of editors/vscode/test/activation.test.js: when the server starts (a project, a document with
    /// <c>loai:</c>) and when not (a README, a compose file); no vankien installed; a changed setting; the restart command.
    /// </summary>
    [ExternalToolFact("node")]
    public void The_extension_starts_the_server_only_for_vankien_work_says_how_to_fix_a_missing_one_and_restarts_it()
    {
        var (program, prefix) = VankienProcess.Command;
        var script = Path.Combine(Repo.Root, "editors", "vscode", "test", "activation.test.js");
        var start = new System.Diagnostics.ProcessStartInfo("node", [script]) { RedirectStandardOutput = true, RedirectStandardError = true };
        start.Environment["VANKIEN_COMMAND"] = new JsonArray([.. new[] { program }.Concat(prefix).Select(a => (JsonNode)JsonValue.Create(a)!)]).ToJsonString();
        using var node = System.Diagnostics.Process.Start(start)!;
        var error = node.StandardError.ReadToEndAsync();
        var output = node.StandardOutput.ReadToEnd();
        Assert.True(node.WaitForExit(120_000), "the activation script did not end");
        Assert.True(node.ExitCode == 0, output + error.Result);
        foreach (var scenario in new[]
        {
            "ok - a workspace with vankien.yaml starts the server at activation, the restart command and a changed setting restart it",
            "ok - other Markdown and YAML do not start the server; a document whose front matter has loai: does",
            "ok - a YAML source with a top-level loai: open at activation starts the server",
            "ok - no vankien anywhere: a Vietnamese message with the fix and a button to the setting; setting vankien.path starts it",
            "ok - the program is looked up on PATH, in the .NET tools folder, in ~/.local/bin and in the workspace build output",
            "ok - the manifest: activation, the restart command, settings, a bundle, no invented repository or licence",
        })
            Assert.Contains(scenario, output);
        Assert.Matches(@"activation: \d+ passed, 0 failed", output);
    }

    /// <summary>
    /// The extension packs as CI packs it (<c>npm run package</c>): one bundle, the manifest and the README, no
    /// node_modules, and not one warning from vsce (before: 388 files, "you should bundle your extension").
    /// </summary>
    [ExtensionPackagingFact]
    public void The_extension_packs_as_one_bundle_without_a_warning()
    {
        var folder = Path.Combine(Repo.Root, "editors", "vscode");
        var vsix = Path.Combine(Repo.NewTempFolder(), "vankien.vsix");
        var packed = ExternalTool.RunIn(folder, "npm", ["run", "package", "--", "--out", vsix], TimeSpan.FromMinutes(5));
        Assert.True(packed.ExitCode == 0, packed.Output + packed.Error);
        Assert.DoesNotContain("WARNING", packed.Output + packed.Error, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("Do you want to continue", packed.Output + packed.Error, StringComparison.Ordinal);
        using var zip = System.IO.Compression.ZipFile.OpenRead(vsix);
        Assert.Equal(
            ["[Content_Types].xml", "extension.vsixmanifest", "extension/dist/extension.js", "extension/package.json", "extension/readme.md"],
            zip.Entries.Select(e => e.FullName).Order(StringComparer.Ordinal));
        using var manifest = new StreamReader(zip.GetEntry("extension/package.json")!.Open());
        var package = JsonNode.Parse(manifest.ReadToEnd())!;
        Assert.Null(package["repository"]);
        Assert.Equal("UNLICENSED", package["license"]!.GetValue<string>());
    }
}

/// <summary>
/// A fact that packs the VS Code extension with its own tools (<c>npm ci</c> in editors/vscode, which .ci/run
/// runs before the tests); skips, visibly, where they are not installed, except under CI.
/// </summary>
internal sealed class ExtensionPackagingFactAttribute : FactAttribute
{
    public ExtensionPackagingFactAttribute([System.Runtime.CompilerServices.CallerMemberName] string member = "",
        [System.Runtime.CompilerServices.CallerFilePath] string file = "") =>
        VisibleSkip.Apply(this,
            ExternalTool.SkipReason(["npm"]) ?? (ExternalTool.IsCi || File.Exists(Path.Combine(Repo.Root, "editors", "vscode", "node_modules", "@vscode", "vsce", "package.json")) ? null
                : "needs the extension's packages: run 'npm ci' in editors/vscode (.ci/run does; under CI=true this test fails instead of skipping)"),
            member, file);
}

using System.Text;
using System.Text.Json.Nodes;
using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Issue 32, class 4: the language server reads only through the gate <c>check</c> reads through, shows
/// nothing <c>check</c> refuses, completes from the project only, and survives bad framing. Every wait is
/// for an observable answer (a minute at most), never a duration.
/// </summary>
[Trait("Speed", "Slow")]
public class LanguageServerInputTests
{
    private const string ChildSample = "samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md";
    private const string ParentSample = "samples/dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml";

    /// <summary>A heap the server must live within: a read of /dev/zero to its end would pass it at once.</summary>
    private static readonly Dictionary<string, string> SmallHeap = new() { ["DOTNET_GCHeapHardLimit"] = "0x10000000" };

    private static JsonObject Open(string path, string text) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path), ["languageId"] = "markdown", ["version"] = 1, ["text"] = text },
    };

    private static JsonObject At(string path, int line, int character) => new()
    {
        ["textDocument"] = new JsonObject { ["uri"] = LspClient.Uri(path) },
        ["position"] = new JsonObject { ["line"] = line, ["character"] = character },
    };

    private static LspClient Started(string root, IReadOnlyDictionary<string, string>? environment = null)
    {
        var client = new LspClient(root, environment);
        client.Request("initialize", new JsonObject { ["processId"] = null, ["rootUri"] = LspClient.Uri(root), ["capabilities"] = new JsonObject() });
        client.Notify("initialized", new JsonObject());
        return client;
    }

    private static void ShutsDownCleanly(LspClient client)
    {
        Assert.Null(client.Request("shutdown", null));
        client.Notify("exit", null);
        Assert.True(client.Process.WaitForExit(60_000), "the server did not exit");
        Assert.Equal(0, client.Process.ExitCode);
    }

    private static string Copy(string relative, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(to)!);
        File.Copy(Path.Combine(Repo.Root, relative), to);
        return to;
    }

    private static int LineOf(string[] lines, string text) => Array.FindIndex(lines, l => l.Contains(text, StringComparison.Ordinal));

    public enum Hostile { DevZero, Fifo, DevStdin }

    [Theory]
    [InlineData(Hostile.DevZero)]
    [InlineData(Hostile.Fifo)]
    [InlineData(Hostile.DevStdin)]
    public void A_parent_that_is_a_device_or_a_pipe_is_refused_and_every_request_is_answered(Hostile hostile)
    {
        if (OperatingSystem.IsWindows()) return;
        var root = Repo.NewTempFolder();
        File.WriteAllText(Path.Combine(root, "vankien.yaml"), "nguon: [\"*.md\"]\n");
        var child = Path.Combine(root, "con.md");
        var text = File.ReadAllText(Path.Combine(Repo.Root, ChildSample))
            .Replace("thuc-hien: ../dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml", "thuc-hien: cha.yaml", StringComparison.Ordinal);
        File.WriteAllText(child, text);
        var parent = Path.Combine(root, "cha.yaml");
        switch (hostile)
        {
            case Hostile.DevZero: File.CreateSymbolicLink(parent, "/dev/zero"); break;
            case Hostile.DevStdin: File.CreateSymbolicLink(parent, "/dev/stdin"); break;
            case Hostile.Fifo:
                var fifo = Path.Combine(root, "ong");
                Assert.Equal(0, ExternalTool.RunIn(root, "mkfifo", [fifo]).ExitCode);
                File.CreateSymbolicLink(parent, fifo);
                break;
        }
        var lines = text.Split('\n');
        var cha = LineOf(lines, "cha: CT-02");
        var thucHien = LineOf(lines, "thuc-hien:");

        using var client = Started(root, SmallHeap);
        client.Notify("textDocument/didOpen", Open(child, text));
        // check refuses the parent (VK0007 at the link's line, through SafeFile); so does the server.
        client.Diagnostics(LspClient.Uri(child), d => d.Count > 0);
        var hover = client.Request("textDocument/hover", At(child, cha, lines[cha].IndexOf("CT-02", StringComparison.Ordinal) + 2));
        Assert.DoesNotContain("chỉ tiêu cấp trên", hover?.ToJsonString() ?? "");
        client.Request("textDocument/hover", At(child, thucHien, 13));
        client.Request("textDocument/completion", At(child, cha, lines[cha].Length));
        Assert.Null(client.Request("textDocument/definition", At(child, thucHien, 13)));
        client.Request("textDocument/definition", At(child, cha, lines[cha].Length - 1));
        // A request naming the link itself, never opened.
        client.Request("textDocument/hover", At(parent, 0, 0));
        client.Request("textDocument/completion", At(parent, 0, 0));
        // Bounded: the server's resident memory after all of it (a read to the end would have passed the heap limit).
        var rss = File.ReadLines($"/proc/{client.Process.Id}/status").First(l => l.StartsWith("VmRSS:", StringComparison.Ordinal));
        Assert.True(long.Parse(rss.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1]) < 512 * 1024, rss);
        ShutsDownCleanly(client);
    }

    [Fact]
    public void A_parent_outside_the_project_that_check_refuses_is_neither_hovered_nor_followed()
    {
        var outer = Repo.NewTempFolder();
        var child = Copy(ChildSample, Path.Combine(outer, ChildSample["samples/".Length..]));
        var parent = Copy(ParentSample, Path.Combine(outer, ParentSample["samples/".Length..]));
        File.WriteAllText(Path.Combine(Path.GetDirectoryName(child)!, "vankien.yaml"), "nguon: [\"*.md\"]\n");
        var text = File.ReadAllText(child);
        var lines = text.Split('\n');
        var cha = LineOf(lines, "cha: CT-02");
        var thucHien = LineOf(lines, "thuc-hien:");

        using var client = Started(outer);
        client.Notify("textDocument/didOpen", Open(child, text));
        var diagnostics = client.Diagnostics(LspClient.Uri(child), d => d.Count > 0)["diagnostics"]!.AsArray();
        var check = JsonNode.Parse(VankienProcess.RunIn(outer, ["check", child, "--diagnostics", "json"]).Output)!["diagnostics"]!.AsArray()
            .Where(d => Path.GetFullPath(Path.Combine(outer, d!["file"]!.GetValue<string>())) == child).Select(d => d!["rule"]!.GetValue<string>()).Order().ToList();
        Assert.Contains("VK0206", check);
        Assert.Equal(check, diagnostics.Select(d => d!["code"]!.GetValue<string>()).Order());

        // Nothing of the refused parent: not its target's sentence or value, not its place.
        var at = lines[cha].IndexOf("CT-02", StringComparison.Ordinal) + 2;
        var hover = client.Request("textDocument/hover", At(child, cha, at))?.ToJsonString() ?? "";
        Assert.DoesNotContain("85% trở lên đảng viên", hover);
        Assert.DoesNotContain(">= 85%", hover);
        Assert.Null(client.Request("textDocument/definition", At(child, cha, at)));
        Assert.Null(client.Request("textDocument/definition", At(child, thucHien, 13)));
        var completion = client.Request("textDocument/completion", At(child, cha, lines[cha].Length))!.AsArray();
        Assert.DoesNotContain(completion, c => c!["label"]!.GetValue<string>() == "CT-02");
        Assert.True(File.Exists(parent));
        ShutsDownCleanly(client);
    }

    private const string Front = "---\nloai: chuong-trinh-hanh-dong\nthuc-hien: \n---\n\n# Mục đích\n";

    private static List<string> CompleteParent(string root, string source)
    {
        using var client = Started(root);
        client.Notify("textDocument/didOpen", Open(source, Front));
        var labels = client.Request("textDocument/completion", At(source, 2, "thuc-hien: ".Length))!.AsArray()
            .Select(c => c!["label"]!.GetValue<string>()).ToList();
        ShutsDownCleanly(client);
        return labels;
    }

    [Fact]
    public void Parent_completion_with_no_project_lists_only_near_the_file_bounded_in_depth_and_count()
    {
        var folder = Path.Combine(Repo.NewTempFolder(), "khong-du-an");
        Directory.CreateDirectory(folder);
        var source = Path.Combine(folder, "con.md");
        File.WriteAllText(source, Front);
        File.WriteAllText(Path.Combine(folder, "cha.yaml"), "loai: nghi-quyet\n");
        var deep = Path.Combine(folder, "a", "b", "c", "d", "e", "f");
        Directory.CreateDirectory(deep);
        File.WriteAllText(Path.Combine(deep, "sau.yaml"), "loai: nghi-quyet\n");
        var many = Path.Combine(folder, "nhieu");
        Directory.CreateDirectory(many);
        for (var i = 0; i < 150; i++) File.WriteAllText(Path.Combine(many, $"v{i:000}.yaml"), "loai: nghi-quyet\n");

        var labels = CompleteParent(folder, source);
        Assert.Contains("cha.yaml", labels);
        Assert.DoesNotContain("a/b/c/d/e/f/sau.yaml", labels);
        Assert.True(labels.Count <= 100, $"{labels.Count} names");
        Assert.Equal(labels.Order(StringComparer.Ordinal), labels);
    }

    [Fact]
    public void Parent_completion_in_a_project_lists_the_projects_sources_only()
    {
        var outer = Repo.NewTempFolder();
        var project = Path.Combine(outer, "du-an");
        Directory.CreateDirectory(Path.Combine(project, "van-ban"));
        File.WriteAllText(Path.Combine(project, "vankien.yaml"), "nguon: [\"**/*.md\"]\n");
        var source = Path.Combine(project, "van-ban", "con.md");
        File.WriteAllText(source, Front);
        File.WriteAllText(Path.Combine(project, "cha.yaml"), "loai: nghi-quyet\n");
        File.WriteAllText(Path.Combine(outer, "ngoai.yaml"), "loai: nghi-quyet\n");
        for (var i = 0; i < 150; i++) File.WriteAllText(Path.Combine(project, "van-ban", $"v{i:000}.md"), Front);

        var labels = CompleteParent(project, source);
        Assert.Contains("../cha.yaml", labels);
        Assert.DoesNotContain(labels, l => l.Contains("ngoai", StringComparison.Ordinal));
        Assert.True(labels.Count <= 100, $"{labels.Count} names");
    }

    public static TheoryData<string> BadFrames() => ["abc", "no header", "negative", "huge", "too long", "too short", "garbage line", "broken json", "bad utf-8", "two values", "too deep"];

    [Theory]
    [MemberData(nameof(BadFrames))]
    public void A_badly_framed_message_loses_no_later_request(string frame)
    {
        var root = Repo.NewTempFolder();
        var path = Path.Combine(root, "x.md");
        using var client = Started(root);
        var body = Encoding.UTF8.GetBytes("{\"jsonrpc\":\"2.0\",\"id\":9000,\"method\":\"textDocument/hover\",\"params\":" + At(path, 0, 0).ToJsonString() + "}");
        byte[] Header(string value) => Encoding.ASCII.GetBytes($"Content-Length: {value}\r\n\r\n");
        byte[] Framed(byte[] content) => [.. Header(content.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. content];
        byte[] bad = frame switch
        {
            "abc" => [.. Header("abc"), .. body],
            "no header" => body,
            "negative" => [.. Header("-5"), .. body],
            "huge" => [.. Header("99999999999999"), .. body],
            "too long" => [.. Header((body.Length + 500).ToString(System.Globalization.CultureInfo.InvariantCulture)), .. body],
            "too short" => [.. Header((body.Length - 10).ToString(System.Globalization.CultureInfo.InvariantCulture)), .. body],
            "garbage line" => [.. Encoding.ASCII.GetBytes("xin chào\r\n"), .. Header(body.Length.ToString(System.Globalization.CultureInfo.InvariantCulture)), .. body],
            // Framed right, but no JSON StreamJsonRpc can parse: its reader once took such a body for the next header.
            "broken json" => Framed(Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(body).Replace("\"params\":{", "\"params\"P{", StringComparison.Ordinal))),
            "bad utf-8" => Framed([.. body[..^2], 0xFF, 0xFE, .. body[^2..]]),
            "two values" => Framed([.. body, .. body]),
            "too deep" => Framed(Encoding.ASCII.GetBytes(new string('[', 100) + new string(']', 100))),
            _ => throw new ArgumentException(frame),
        };
        client.SendRaw(bad);
        // Both later requests are answered, and the session ends as it should.
        client.Request("textDocument/hover", At(path, 0, 0));
        client.Request("textDocument/completion", At(path, 0, 0));
        ShutsDownCleanly(client);
    }
}

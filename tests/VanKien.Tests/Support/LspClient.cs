using System.Collections.Concurrent;
using System.Diagnostics;
using System.Text;
using System.Text.Json.Nodes;

namespace VanKien.Tests.Support;

/// <summary>
/// A language client as an editor is one: <c>vankien lsp</c> in a separate process, messages framed
/// with Content-Length on its stdin and stdout. Responses are matched by id; notifications are kept
/// in order and waited for by what they say, never by time.
/// </summary>
internal sealed class LspClient : IDisposable
{
    private readonly Process _process;
    private readonly Stream _input;
    private readonly ConcurrentDictionary<int, TaskCompletionSource<JsonNode>> _responses = new();
    private readonly BlockingCollection<JsonNode> _notifications = new();
    private readonly List<JsonNode> _seen = [];
    private readonly Task _reader;
    private int _nextId;

    /// <param name="environment">Variables for the server's process (a heap limit, say), beside the inherited ones.</param>
    public LspClient(string workingFolder, IReadOnlyDictionary<string, string>? environment = null)
    {
        var start = VankienProcess.StartInfo(["lsp"]);
        start.RedirectStandardInput = true;
        start.WorkingDirectory = workingFolder;
        foreach (var (name, value) in environment ?? new Dictionary<string, string>()) start.Environment[name] = value;
        _process = Process.Start(start)!;
        _input = _process.StandardInput.BaseStream;
        _ = _process.StandardError.ReadToEndAsync();
        _reader = Task.Run(Read);
    }

    public Process Process => _process;

    public void SendRaw(byte[] bytes)
    {
        lock (_input)
        {
            _input.Write(bytes);
            _input.Flush();
        }
    }

    public void Send(JsonObject message)
    {
        message["jsonrpc"] = "2.0";
        var body = Encoding.UTF8.GetBytes(message.ToJsonString());
        SendRaw([.. Encoding.ASCII.GetBytes($"Content-Length: {body.Length}\r\n\r\n"), .. body]);
    }

    public void Notify(string method, JsonNode? parameters) => Send(new JsonObject { ["method"] = method, ["params"] = parameters });

    /// <summary>A request's result (its error as an exception); a minute at most, for a loaded machine.</summary>
    public JsonNode? Request(string method, JsonNode? parameters)
    {
        var id = Interlocked.Increment(ref _nextId);
        var response = new TaskCompletionSource<JsonNode>(TaskCreationOptions.RunContinuationsAsynchronously);
        _responses[id] = response;
        Send(new JsonObject { ["id"] = id, ["method"] = method, ["params"] = parameters });
        if (!response.Task.Wait(TimeSpan.FromMinutes(1))) throw new TimeoutException($"no answer to {method}");
        var message = response.Task.Result;
        if (message["error"] is { } error) throw new InvalidOperationException($"{method}: {error.ToJsonString()}");
        return message["result"];
    }

    /// <summary>The next notification that <paramref name="matches"/> (earlier ones that do not are skipped).</summary>
    public JsonNode WaitFor(string method, Func<JsonNode?, bool> matches)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromMinutes(1);
        while (DateTime.UtcNow < deadline)
        {
            if (_notifications.TryTake(out var message, TimeSpan.FromSeconds(1)))
            {
                _seen.Add(message);
                if (message["method"]?.GetValue<string>() == method && matches(message["params"])) return message["params"]!;
            }
            if (_process.HasExited && _notifications.Count == 0) break;
        }
        throw new TimeoutException($"no {method} came; seen: {string.Join("\n", _seen.Select(s => s.ToJsonString()))}");
    }

    public JsonNode Diagnostics(string uri, Func<JsonArray, bool> matches) =>
        WaitFor("textDocument/publishDiagnostics", p => p?["uri"]?.GetValue<string>() == uri && matches(p["diagnostics"]!.AsArray()));

    private async Task Read()
    {
        var output = _process.StandardOutput.BaseStream;
        var header = new StringBuilder();
        var one = new byte[1];
        while (true)
        {
            header.Clear();
            while (!header.ToString().EndsWith("\r\n\r\n", StringComparison.Ordinal))
            {
                if (await output.ReadAsync(one) == 0) { _notifications.CompleteAdding(); return; }
                header.Append((char)one[0]);
            }
            var length = int.Parse(header.ToString().Split("\r\n").First(h => h.StartsWith("Content-Length:", StringComparison.OrdinalIgnoreCase))[15..].Trim());
            var body = new byte[length];
            await output.ReadExactlyAsync(body);
            var message = JsonNode.Parse(body)!;
            if (message["id"] is { } id && message["method"] is null && _responses.TryRemove(id.GetValue<int>(), out var waiting)) waiting.SetResult(message);
            else _notifications.Add(message);
        }
    }

    public static string Uri(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        _process.Dispose();
    }
}

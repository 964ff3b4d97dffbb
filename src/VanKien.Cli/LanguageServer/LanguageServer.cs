using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Nodes;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;
using VanKien.Editing;

namespace VanKien.Cli.LanguageServer;

/// <summary>
/// <c>vankien lsp</c>: a language server over stdio. Diagnostics on open and on change (debounced),
/// for the document and then for the open documents that implement it; completion, hover,
/// definition and quick fixes from <see cref="EditorFeatures"/>. JSON-RPC is StreamJsonRpc's.
/// </summary>
internal sealed class LanguageServer
{
    /// <summary>How long a burst of typing may go on before the document is checked.</summary>
    private static readonly TimeSpan Debounce = TimeSpan.FromMilliseconds(150);

    private readonly EditorWorkspace _workspace = new();
    private readonly EditorFeatures _features;
    private readonly JsonRpc _rpc;
    private readonly Dictionary<string, CancellationTokenSource> _pending = new(StringComparer.Ordinal);
    private readonly SemaphoreSlim _checking = new(1, 1);
    private bool _shutdown;

    /// <summary>Set by "exit": the server stops there, without waiting for a read of stdin that cannot be cancelled.</summary>
    private readonly TaskCompletionSource<int> _exited = new(TaskCreationOptions.RunContinuationsAsynchronously);

    // The formatter is given a source-generated resolver and only JSON nodes cross it (Protocol).
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every parameter and result is a JsonNode, described by ProtocolJson.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every parameter and result is a JsonNode, described by ProtocolJson.")]
    private LanguageServer(Stream input, Stream output)
    {
        _features = new EditorFeatures(_workspace);
        _rpc = new JsonRpc(MessageHandler(input, output));
        On("initialize", _ => Protocol.Capabilities());
        On("initialized", _ => null);
        On("shutdown", _ => { _shutdown = true; return null; });
        On("exit", _ => { _exited.TrySetResult(_shutdown ? 0 : 1); return null; });
        On("textDocument/didOpen", p => Opened(p));
        On("textDocument/didChange", p => Changed(p));
        On("textDocument/didClose", p => Closed(p));
        On("textDocument/didSave", _ => null);
        On("textDocument/completion", p => Protocol.DocumentPath(p) is { } path && Protocol.PositionOf(p) is var (line, character)
            ? Protocol.Completions(_features.Complete(path, line, character)) : new JsonArray());
        On("textDocument/hover", p => Protocol.DocumentPath(p) is { } path && Protocol.PositionOf(p) is var (line, character) &&
            _features.Hover(path, line, character) is { } markdown ? Protocol.Hover(markdown) : null);
        On("textDocument/definition", p => Protocol.DocumentPath(p) is { } path && Protocol.PositionOf(p) is var (line, character) &&
            _features.Definition(path, line, character) is { } location ? Protocol.Location(location) : null);
        On("textDocument/codeAction", p => CodeActions(p));
    }

    /// <summary>The message reader and writer over the client's streams: framing through the gate, bad messages dropped.</summary>
    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "Every parameter and result is a JsonNode, described by ProtocolJson.")]
    [UnconditionalSuppressMessage("AOT", "IL3050", Justification = "Every parameter and result is a JsonNode, described by ProtocolJson.")]
    internal static HeaderDelimitedMessageHandler MessageHandler(Stream input, Stream output)
    {
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions.TypeInfoResolver = ProtocolJson.Default;
        return new TolerantMessageHandler(output, new FramingGate(input), formatter);
    }

    /// <summary>Serves until the client says exit (0 after shutdown, else 1) or closes the stream (1).</summary>
    public static async Task<int> Serve(Stream input, Stream output)
    {
        var server = new LanguageServer(input, output);
        server._rpc.StartListening();
        try { await Task.WhenAny(server._rpc.Completion, server._exited.Task); }
        catch (Exception ex) when (ex is not OutOfMemoryException) { /* the stream broke: the client is gone */ }
        return server._exited.Task.IsCompleted ? server._exited.Task.Result : 1;
    }

    private void On(string method, Func<JsonNode?, JsonNode?> handler) =>
        _rpc.AddLocalRpcMethod(Handler.Invoke, new Handler(handler), new JsonRpcMethodAttribute(method) { UseSingleObjectParameterDeserialization = true });

    /// <summary>A method's handler, its one parameter optional: "shutdown" and "exit" come without params.</summary>
    private sealed class Handler(Func<JsonNode?, JsonNode?> handle)
    {
        public static readonly MethodInfo Invoke = typeof(Handler).GetMethod(nameof(Handle))!;

        /// <summary>
        /// Params of a shape the handler cannot read are the client's error (-32602, Invalid params), answered as
        /// such: the exception itself would not cross the JSON-only formatter.
        /// </summary>
        public JsonNode? Handle(JsonNode? parameters = null)
        {
            try { return handle(parameters); }
            catch (Exception ex) when (ex is InvalidOperationException or FormatException or ArgumentException)
            {
                throw new LocalRpcException($"tham số không đọc được: {ex.Message}") { ErrorCode = (int)JsonRpcErrorCode.InvalidParams };
            }
        }
    }

    private JsonNode? Opened(JsonNode? parameters)
    {
        if (Protocol.DocumentPath(parameters) is not { } path) return null;
        _workspace.Open(path, parameters?["textDocument"]?["text"]?.GetValue<string>() ?? "");
        Schedule(path, TimeSpan.Zero);
        return null;
    }

    private JsonNode? Changed(JsonNode? parameters)
    {
        if (Protocol.DocumentPath(parameters) is not { } path) return null;
        if (parameters?["contentChanges"] is JsonArray { Count: > 0 } changes && changes[^1]?["text"]?.GetValue<string>() is { } text)
            _workspace.Change(path, text);
        Schedule(path, Debounce);
        return null;
    }

    private JsonNode? Closed(JsonNode? parameters)
    {
        if (Protocol.DocumentPath(parameters) is not { } path) return null;
        lock (_pending)
            if (_pending.Remove(EditorWorkspace.Key(path), out var pending)) pending.Cancel();
        _workspace.Close(path);
        _ = Publish(Protocol.PublishDiagnostics(path, [], ""));
        return null;
    }

    private JsonNode? CodeActions(JsonNode? parameters)
    {
        if (Protocol.DocumentPath(parameters) is not { } path) return new JsonArray();
        var line = parameters?["range"]?["start"]?["line"]?.GetValue<int>() ?? 0;
        var lines = (_workspace.Text(path) ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return new JsonArray(_features.Actions(path, line).Select(a => (JsonNode)Protocol.CodeAction(a, lines)).ToArray());
    }

    /// <summary>Checks a document after <paramref name="delay"/>, unless another change comes first; then its open children.</summary>
    private void Schedule(string path, TimeSpan delay)
    {
        var key = EditorWorkspace.Key(path);
        var cancel = new CancellationTokenSource();
        lock (_pending)
        {
            if (_pending.Remove(key, out var previous)) previous.Cancel();
            _pending[key] = cancel;
        }
        _ = Task.Run(async () =>
        {
            try
            {
                if (delay > TimeSpan.Zero) await Task.Delay(delay, cancel.Token);
                await _checking.WaitAsync(cancel.Token);
                try
                {
                    await CheckAndPublish(key);
                    foreach (var child in _workspace.OpenChildrenOf(key)) await CheckAndPublish(child);
                }
                finally { _checking.Release(); }
            }
            catch (OperationCanceledException) { }
        });
    }

    private async Task CheckAndPublish(string path)
    {
        if (!_workspace.OpenPaths.Contains(path)) return;
        var diagnostics = _workspace.Check(path);
        await Publish(Protocol.PublishDiagnostics(path, diagnostics, _workspace.Text(path) ?? ""));
    }

    [UnconditionalSuppressMessage("Trimming", "IL2026", Justification = "The argument is a JsonObject, described by ProtocolJson.")]
    private async Task Publish(JsonObject parameters)
    {
        try { await _rpc.NotifyWithParameterObjectAsync("textDocument/publishDiagnostics", parameters); }
        catch (Exception ex) when (ex is ObjectDisposedException or ConnectionLostException or IOException) { }
    }
}

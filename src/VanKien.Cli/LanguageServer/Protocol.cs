using System.Text.Json.Nodes;
using System.Text.Json.Serialization;
using VanKien.Diagnostics;
using VanKien.Editing;

namespace VanKien.Cli.LanguageServer;

/// <summary>
/// The subset of the Language Server Protocol that <c>vankien lsp</c> speaks, in one place: how its
/// messages' parts are read and written. Messages stay JSON nodes — no reflection over protocol
/// types — so the server works the same in the native binary.
/// </summary>
internal static class Protocol
{
    public const int FullTextSync = 1;

    public static string PathOf(string uri) => Uri.TryCreate(uri, UriKind.Absolute, out var parsed) && parsed.IsFile ? parsed.LocalPath : uri;

    public static string UriOf(string path) => new Uri(Path.GetFullPath(path)).AbsoluteUri;

    public static string? DocumentPath(JsonNode? parameters) =>
        parameters?["textDocument"]?["uri"]?.GetValue<string>() is { } uri ? PathOf(uri) : null;

    public static (int Line, int Character) PositionOf(JsonNode? parameters) =>
        (parameters?["position"]?["line"]?.GetValue<int>() ?? 0, parameters?["position"]?["character"]?.GetValue<int>() ?? 0);

    public static JsonObject Position(int line, int character) => new() { ["line"] = line, ["character"] = character };

    public static JsonObject Range(int line, int start, int end) => new() { ["start"] = Position(line, start), ["end"] = Position(line, end) };

    public static JsonObject Capabilities() => new()
    {
        ["capabilities"] = new JsonObject
        {
            ["textDocumentSync"] = new JsonObject { ["openClose"] = true, ["change"] = FullTextSync },
            ["completionProvider"] = new JsonObject { ["triggerCharacters"] = new JsonArray(":", " ", "-") },
            ["hoverProvider"] = true,
            ["definitionProvider"] = true,
            ["codeActionProvider"] = true,
        },
        ["serverInfo"] = new JsonObject { ["name"] = "vankien", ["version"] = ToolVersion.Informational },
    };

    /// <summary>A diagnostic over the word it points at (to the end of the line's text when the word is empty).</summary>
    public static JsonObject Diagnostic(Diagnostic diagnostic, string[] lines)
    {
        var line = Math.Max(0, diagnostic.Location.Line - 1);
        var text = line < lines.Length ? lines[line] : "";
        var start = Math.Clamp(diagnostic.Location.Column - 1, 0, text.Length);
        var end = start;
        while (end < text.Length && !char.IsWhiteSpace(text[end])) end++;
        if (end == start) end = text.Length;
        return new JsonObject
        {
            ["range"] = Range(line, start, end),
            ["severity"] = diagnostic.Severity switch { Severity.Error => 1, Severity.Warning => 2, _ => 3 },
            ["code"] = diagnostic.Rule.Id,
            ["source"] = "vankien",
            ["message"] = diagnostic.Hint is { } hint ? $"{diagnostic.Message} ({hint})" : diagnostic.Message,
        };
    }

    public static JsonObject PublishDiagnostics(string path, IEnumerable<Diagnostic> diagnostics, string text)
    {
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n');
        return new JsonObject
        {
            ["uri"] = UriOf(path),
            ["diagnostics"] = new JsonArray(diagnostics.Select(d => (JsonNode)Diagnostic(d, lines)).ToArray()),
        };
    }

    public static JsonArray Completions(IEnumerable<CompletionEntry> entries) => new(entries.Select(e => (JsonNode)new JsonObject
    {
        ["label"] = e.Label,
        ["kind"] = e.Kind switch { CompletionKind.Key => 10, CompletionKind.Reference => 18, CompletionKind.File => 17, _ => 12 },
        ["detail"] = e.Detail,
        ["documentation"] = e.Documentation,
    }).ToArray());

    public static JsonObject Hover(string markdown) => new() { ["contents"] = new JsonObject { ["kind"] = "markdown", ["value"] = markdown } };

    public static JsonObject Location(EditorLocation location) => new()
    {
        ["uri"] = UriOf(location.Path),
        ["range"] = Range(location.Line, location.Character, location.Character),
    };

    public static JsonObject CodeAction(EditorAction action, string[] lines) => new()
    {
        ["title"] = action.Title,
        ["kind"] = "quickfix",
        ["diagnostics"] = new JsonArray(Diagnostic(action.Fixes, lines)),
        ["edit"] = new JsonObject
        {
            ["changes"] = new JsonObject
            {
                [UriOf(action.Edit.Path)] = new JsonArray(new JsonObject
                {
                    ["range"] = Range(action.Edit.Line, action.Edit.Start, action.Edit.End),
                    ["newText"] = action.Edit.NewText,
                }),
            },
        },
    };
}

/// <summary>The JSON types the formatter meets: nodes only, described at compile time.</summary>
[JsonSerializable(typeof(JsonNode))]
[JsonSerializable(typeof(JsonObject))]
[JsonSerializable(typeof(JsonArray))]
[JsonSerializable(typeof(JsonValue))]
internal sealed partial class ProtocolJson : JsonSerializerContext;

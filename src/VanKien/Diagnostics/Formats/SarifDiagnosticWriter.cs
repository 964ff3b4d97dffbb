using System.Reflection;
using System.Text.Encodings.Web;
using System.Text.Json;

namespace VanKien.Diagnostics.Formats;

/// <summary>
/// SARIF 2.1.0, so code-scanning UIs (GitHub, Azure DevOps, VS Code's SARIF viewer) show the
/// diagnostics on the source. Every rule of the catalogue is described once in the driver.
/// </summary>
public sealed class SarifDiagnosticWriter : IDiagnosticWriter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        var rules = Rules.All;
        var index = rules.Select((r, i) => (r.Id, i)).ToDictionary(x => x.Id, x => x.i);
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "https://json.schemastore.org/sarif-2.1.0.json");
            json.WriteString("version", "2.1.0");
            json.WriteStartArray("runs");
            json.WriteStartObject();

            json.WriteStartObject("tool");
            json.WriteStartObject("driver");
            json.WriteString("name", "VanKien");
            json.WriteString("semanticVersion", Version());
            json.WriteString("informationUri", "https://github.com/vankien/vankien");
            json.WriteStartArray("rules");
            foreach (var rule in rules)
            {
                json.WriteStartObject();
                json.WriteString("id", rule.Id);
                json.WriteStartObject("shortDescription");
                json.WriteString("text", rule.Title);
                json.WriteEndObject();
                json.WriteStartObject("defaultConfiguration");
                json.WriteString("level", Level(rule.DefaultSeverity));
                json.WriteEndObject();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
            json.WriteEndObject();

            json.WriteString("columnKind", "utf16CodeUnits");
            json.WriteStartArray("results");
            foreach (var d in DiagnosticWriters.Ordered(diagnostics))
            {
                json.WriteStartObject();
                json.WriteString("ruleId", d.Rule.Id);
                json.WriteNumber("ruleIndex", index[d.Rule.Id]);
                json.WriteString("level", Level(d.Severity));
                json.WriteStartObject("message");
                json.WriteString("text", d.Hint is null ? d.Message : $"{d.Message} ({d.Hint})");
                json.WriteEndObject();
                json.WriteStartArray("locations");
                WriteLocation(json, d.Location, null);
                json.WriteEndArray();
                if (d.Related is { } related)
                {
                    json.WriteStartArray("relatedLocations");
                    WriteLocation(json, related, 1);
                    json.WriteEndArray();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();

            json.WriteEndObject();
            json.WriteEndArray();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location, int? id)
    {
        json.WriteStartObject();
        if (id is { } value) json.WriteNumber("id", value);
        json.WriteStartObject("physicalLocation");
        json.WriteStartObject("artifactLocation");
        json.WriteString("uri", Uri(location.File));
        json.WriteEndObject();
        json.WriteStartObject("region");
        json.WriteNumber("startLine", Math.Max(1, location.Line));
        json.WriteNumber("startColumn", Math.Max(1, location.Column));
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A relative URI reference with '/' separators, percent-encoded where needed.</summary>
    private static string Uri(string path)
    {
        var display = DiagnosticWriters.DisplayPath(path);
        var segments = display.Split('/').Select(System.Uri.EscapeDataString);
        var joined = string.Join('/', segments);
        return Path.IsPathRooted(display) ? "file://" + joined : joined;
    }

    private static string Level(Severity severity) => severity switch
    {
        Severity.Error => "error",
        Severity.Warning => "warning",
        _ => "note",
    };

    private static string Version() =>
        typeof(SarifDiagnosticWriter).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0.0.0";
}

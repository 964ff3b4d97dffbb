using System.Text.Encodings.Web;
using System.Text.Json;

namespace VanKien.Diagnostics.Formats;

/// <summary>For programs: one JSON object with every diagnostic and the counts.</summary>
public sealed class JsonDiagnosticWriter : IDiagnosticWriter
{
    public void Write(IReadOnlyList<Diagnostic> diagnostics, TextWriter output)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteNumber("version", 1);
            json.WriteStartArray("diagnostics");
            foreach (var d in DiagnosticWriters.Ordered(diagnostics))
            {
                json.WriteStartObject();
                json.WriteString("rule", d.Rule.Id);
                json.WriteString("title", d.Rule.Title);
                json.WriteString("severity", DiagnosticWriters.SeverityWord(d.Severity));
                WriteLocation(json, d.Location);
                json.WriteString("message", d.Message);
                if (d.Hint is not null) json.WriteString("hint", d.Hint);
                if (d.Related is { } related)
                {
                    json.WriteStartObject("related");
                    WriteLocation(json, related);
                    json.WriteEndObject();
                }
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartObject("summary");
            json.WriteNumber("errors", diagnostics.Count(d => d.Severity == Severity.Error));
            json.WriteNumber("warnings", diagnostics.Count(d => d.Severity == Severity.Warning));
            json.WriteNumber("infos", diagnostics.Count(d => d.Severity == Severity.Info));
            json.WriteEndObject();
            json.WriteEndObject();
        }
        output.WriteLine(System.Text.Encoding.UTF8.GetString(stream.ToArray()));
    }

    private static void WriteLocation(Utf8JsonWriter json, SourceLocation location)
    {
        json.WriteString("file", DiagnosticWriters.DisplayPath(location.File));
        json.WriteNumber("line", location.Line);
        json.WriteNumber("column", location.Column);
    }
}

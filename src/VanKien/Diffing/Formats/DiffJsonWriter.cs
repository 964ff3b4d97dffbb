using System.Text.Encodings.Web;
using System.Text.Json;

namespace VanKien.Diffing.Formats;

/// <summary>For programs: the semantic diff as one JSON object.</summary>
public static class DiffJsonWriter
{
    public static string Write(DocumentDiff diff)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("old", diff.OldName);
            json.WriteString("new", diff.NewName);
            json.WriteBoolean("changed", !diff.IsEmpty);
            json.WriteStartArray("frame");
            foreach (var change in diff.Frame)
            {
                json.WriteStartObject();
                json.WriteString("field", change.Field);
                json.WriteString("old", change.Old);
                json.WriteString("new", change.New);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("targets");
            foreach (var change in diff.Targets)
            {
                json.WriteStartObject();
                json.WriteString("change", change.Kind.ToString().ToLowerInvariant());
                json.WriteString("id", change.Id);
                json.WriteString("oldId", change.Old?.Id?.Value);
                json.WriteString("oldValue", change.Old?.Value?.ToString());
                json.WriteString("newValue", change.New?.Value?.ToString());
                json.WriteString("detail", change.Detail);
                json.WriteStartArray("brokenLinks");
                foreach (var link in change.BrokenLinks) json.WriteStringValue(link);
                json.WriteEndArray();
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("groups");
            foreach (var change in diff.Groups)
            {
                json.WriteStartObject();
                json.WriteString("change", change.Kind.ToString().ToLowerInvariant());
                json.WriteString("old", change.Old);
                json.WriteString("new", change.New);
                json.WriteNumber("oldPosition", change.OldPosition);
                json.WriteNumber("newPosition", change.NewPosition);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteStartArray("prose");
            foreach (var change in diff.Prose)
            {
                json.WriteStartObject();
                json.WriteString("change", change.Kind.ToString().ToLowerInvariant());
                json.WriteString("section", change.Section);
                json.WriteBoolean("heading", change.IsHeading);
                if (change.From is not null) json.WriteString("from", change.From);
                if (change.Carried > 0) json.WriteNumber("carried", change.Carried);
                json.WriteString("old", change.Old);
                json.WriteString("new", change.New);
                json.WriteEndObject();
            }
            json.WriteEndArray();
            json.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(stream.ToArray());
    }
}

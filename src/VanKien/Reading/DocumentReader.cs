using VanKien.Diagnostics;
using VanKien.Model;

namespace VanKien.Reading;

/// <summary>
/// The reader stage: a source file (YAML front matter + Markdown body) to a typed document.
/// Returns null, with diagnostics, when the source cannot be read into a document.
/// </summary>
public static class DocumentReader
{
    public static Document? Read(string path, byte[] bytes, DiagnosticBag diagnostics, ReaderLimits? limits = null)
    {
        limits ??= ReaderLimits.Default;
        var text = SourceText.Decode(path, bytes, limits, diagnostics);
        if (text is null) return null;

        var parts = FrontMatter.Split(path, text, diagnostics);
        if (parts is null) return null;

        var root = YamlLoader.LoadMapping(path, parts.Yaml, parts.YamlFirstLine, limits, diagnostics);
        if (root is null) return null;

        var head = FrontMatterReader.Read(new YamlSource(path, parts.YamlFirstLine, diagnostics), root);
        var body = MarkdownBodyReader.Read(path, parts.Body, parts.BodyFirstLine, limits, diagnostics);
        if (head is null) return null;

        return new Document(path, head.Kind, head.Frame, head.TargetGroups, body.Body, body.Appendix);
    }

    public static Document? ReadFile(string path, DiagnosticBag diagnostics, ReaderLimits? limits = null)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Rules.Io, SourceLocation.StartOf(path), $"không đọc được tệp: {ex.Message}");
            return null;
        }
        return Read(path, bytes, diagnostics, limits);
    }
}

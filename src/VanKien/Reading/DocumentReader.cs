using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Targets;
using YamlDotNet.Core;
using YamlDotNet.RepresentationModel;

namespace VanKien.Reading;

/// <summary>
/// The reader stage: a source to a typed document. A source is a Markdown file with YAML front
/// matter, or a .yaml file (mostly data, such as a resolution) whose Markdown body, if any, is
/// under <c>than-van-ban</c>. Returns null, with diagnostics, when it cannot be read.
/// </summary>
public static class DocumentReader
{
    public static bool IsYamlSource(string path) =>
        path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase);

    public static Document? Read(string path, byte[] bytes, DiagnosticBag diagnostics, ReaderLimits? limits = null, OrdinalScales? scales = null)
    {
        limits ??= ReaderLimits.Default;
        scales ??= OrdinalScales.BuiltIn;
        var text = SourceText.Decode(path, bytes, limits, diagnostics);
        if (text is null) return null;
        foreach (var (line, column, placeholder) in Placeholders.Find(text))
            diagnostics.Add(Rules.Placeholder, new SourceLocation(path, line, column), $"chỗ cần điền: {placeholder}",
                "thay bằng nội dung thật của văn bản");

        var yamlSource = IsYamlSource(path);
        var parts = yamlSource ? new FrontMatter(text, 1, "", 1) : FrontMatter.Split(path, text, diagnostics);
        if (parts is null) return null;

        var root = YamlLoader.LoadMapping(path, parts.Yaml, parts.YamlFirstLine, limits, diagnostics);
        if (root is null) return null;

        var reader = new FrontMatterReader(new YamlSource(path, parts.YamlFirstLine, diagnostics), new ValueParser(scales), new PhraseParser(scales));
        var head = reader.Read(root, bodyKeyAllowed: yamlSource);
        var (markdown, bodyLine) = yamlSource ? BodyOfYaml(root) : (parts.Body, parts.BodyFirstLine);
        var limitsHit = diagnostics.Items.Count(d => d.Rule == Rules.Limit);
        var body = MarkdownBodyReader.Read(path, markdown, bodyLine, limits, diagnostics);
        // A body cut short by a limit is not the document: checking its sections would only add noise.
        if (head is null || diagnostics.Items.Count(d => d.Rule == Rules.Limit) > limitsHit) return null;
        if (head.TargetGroups.SelectMany(g => g.Targets).Skip(limits.MaxTargets).FirstOrDefault() is { } beyond)
        {
            // Every target is checked against its parent's and its children's: the work grows with the count.
            diagnostics.Add(Rules.Limit, beyond.Sentence.Location, $"văn bản có hơn {VanKien.Text.VietnameseText.Number(limits.MaxTargets)} chỉ tiêu",
                "tách văn bản, hoặc nâng 'gioi-han: so-chi-tieu' trong vankien.yaml");
            return null;
        }

        return new Document(path, head.Kind, head.Frame, head.TargetGroups, body.Body, body.Appendix,
            head.OrganisationKind, head.Waivers, head.Subordinates, head.FormatProfile, new VanKien.Text.CompactLines(text)) { HeadingScheme = head.HeadingScheme };
    }

    /// <summary>The Markdown under <c>than-van-ban</c>; a block scalar's text starts on the line after its indicator.</summary>
    private static (string Markdown, int FirstLine) BodyOfYaml(YamlMappingNode root)
    {
        if (!root.Children.TryGetValue(new YamlScalarNode(FrontMatterKeys.Body), out var node) || node is not YamlScalarNode scalar)
            return ("", 1);
        var block = scalar.Style is ScalarStyle.Literal or ScalarStyle.Folded;
        return (scalar.Value ?? "", (int)scalar.Start.Line + (block ? 1 : 0));
    }

    public static Document? ReadFile(string path, DiagnosticBag diagnostics, ReaderLimits? limits = null, OrdinalScales? scales = null, string? projectRoot = null)
    {
        limits ??= ReaderLimits.Default;
        return SafeFile.ReadReported(path, limits.MaxSourceBytes, diagnostics, "tệp nguồn", projectRoot) is { } bytes
            ? Read(path, bytes, diagnostics, limits, scales) : null;
    }
}

using VanKien.Diagnostics;
using YamlDotNet.RepresentationModel;

namespace VanKien.Reading;

/// <summary>Where a YAML text sits in its file, and the bag its diagnostics go to.</summary>
internal sealed class YamlSource(string path, int firstLine, DiagnosticBag diagnostics)
{
    public DiagnosticBag Diagnostics => diagnostics;

    public SourceLocation At(YamlNode node) => new(path, (int)node.Start.Line + firstLine - 1, (int)node.Start.Column);

    public void Report(Rule rule, YamlNode node, string message, string? hint = null) =>
        diagnostics.Add(rule, At(node), message, hint);

    public void Report(Rule rule, SourceLocation location, string message, string? hint = null) =>
        diagnostics.Add(rule, location, message, hint);

    public static string Describe(YamlNode node) => node switch
    {
        YamlSequenceNode => "một danh sách",
        YamlMappingNode => "một nhóm 'khóa: giá trị'",
        _ => "một giá trị đơn",
    };
}

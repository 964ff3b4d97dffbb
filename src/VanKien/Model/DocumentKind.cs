using System.Reflection;
using YamlDotNet.RepresentationModel;

namespace VanKien.Model;

/// <summary>
/// A kind of document (DESIGN.md §2): its source key, the title the compiler prints, the
/// abbreviation its number and symbol carry ("CTr" in "05-CTr/CB"), the title lines the importer
/// takes for it and the enacting words that open its operative part ("QUYẾT NGHỊ:").
/// A kind is data: every fact here is read from its folder <c>templates/&lt;kind&gt;/mau.yaml</c>,
/// embedded into the compiler, so a new kind is a new folder and no code.
/// </summary>
public sealed record DocumentKind(string Key, string Title, string TypeAbbreviation)
{
    /// <summary>The title lines in capitals that name the kind in a document to import ("KẾ HOẠCH").</summary>
    public IReadOnlyList<string> RecognisedTitles { get; init; } = [];

    /// <summary>The words, in capitals, of an unnumbered line that opens the kind's operative part ("QUYẾT NGHỊ").</summary>
    public IReadOnlyList<string> EnactingWords { get; init; } = [];

    /// <summary>The embedded resource of a kind's description: <c>templates/&lt;key&gt;/mau.yaml</c>.</summary>
    public static string ResourceName(string key) => $"templates/{key}/mau.yaml";

    /// <summary>Every kind the compiler knows: one per embedded template folder, in the order of their keys.</summary>
    public static IReadOnlyList<DocumentKind> All { get; } = ReadEmbedded();

    public static DocumentKind? FromKey(string key) => All.FirstOrDefault(k => k.Key == key);

    /// <summary>The <c>loai</c> of a results file: a source that feeds reports, not a document to build.</summary>
    public const string ResultsKey = "ket-qua";

    private static List<DocumentKind> ReadEmbedded()
    {
        var assembly = typeof(DocumentKind).Assembly;
        return assembly.GetManifestResourceNames()
            .Where(name => name.StartsWith("templates/", StringComparison.Ordinal) && name.EndsWith("/mau.yaml", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .Select(name => Read(assembly, name))
            .ToList();
    }

    /// <summary>
    /// The identity of a kind from its embedded description. The full description (sections, headings,
    /// scaffold) is the Templates layer's to read; these few keys are what every layer needs to name a kind.
    /// The files are the compiler's own, checked by tests, so a fault here is a build fault, not a user's.
    /// </summary>
    private static DocumentKind Read(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)!;
        using var reader = new StreamReader(stream);
        var yaml = new YamlStream();
        yaml.Load(reader);
        var map = (YamlMappingNode)yaml.Documents[0].RootNode;
        string? Scalar(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } ? Text.VietnameseText.Nfc(value) : null;
        IReadOnlyList<string> List(string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlSequenceNode items
            ? [.. items.OfType<YamlScalarNode>().Select(i => Text.VietnameseText.Nfc(i.Value ?? ""))]
            : [];

        var key = Scalar("loai") ?? throw new InvalidDataException($"{name}: no 'loai'");
        if (name != ResourceName(key)) throw new InvalidDataException($"{name}: 'loai: {key}' is not its folder's name");
        var title = Scalar("tieu-de") ?? throw new InvalidDataException($"{name}: no 'tieu-de'");
        var titles = List("nhan-dang");
        return new DocumentKind(key, title, Scalar("ky-hieu") ?? throw new InvalidDataException($"{name}: no 'ky-hieu'"))
        {
            RecognisedTitles = titles.Count > 0 ? titles : [Text.VietnameseText.Upper(title)],
            EnactingWords = List("loi-ban-hanh"),
        };
    }
}

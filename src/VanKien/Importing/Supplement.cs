using System.Globalization;
using VanKien.Diagnostics;
using VanKien.Reading;
using YamlDotNet.RepresentationModel;

namespace VanKien.Importing;

/// <summary>
/// <c>--bo-sung FILE</c>: front-matter values for what a legacy document no longer shows (a copy that
/// lost its header block, its number, its signature). They fill only what the document lacks — what
/// the document says wins — and each one used is reported, so nobody mistakes it for recognition.
/// </summary>
public sealed class Supplement
{
    private static readonly string[] Keys =
    [
        "loai", "the-thuc", "so", "co-quan", "dia-danh", "ngay", "trich-yeu", "nhiem-ky", "can-cu", "noi-nhan", "ky",
        "thuc-hien", "loai-to-chuc",
    ];

    private readonly YamlMappingNode _map;
    private readonly string _path;

    private Supplement(YamlMappingNode map, string path) => (_map, _path) = (map, path);

    public static Supplement? Load(string path, DiagnosticBag diagnostics)
    {
        var limits = ReaderLimits.Default;
        if (SafeFile.ReadReported(path, limits.MaxSourceBytes, diagnostics, "tệp bổ sung") is not { } bytes) return null;
        if (YamlLoader.LoadFile(path, bytes, limits, diagnostics) is not { } map) return null;
        var ok = true;
        foreach (var key in map.Children.Keys.OfType<YamlScalarNode>())
        {
            if (Keys.Contains(key.Value, StringComparer.Ordinal)) continue;
            diagnostics.Add(Rules.UnknownKey, At(path, key), $"khóa '{key.Value}' không dùng được trong tệp bổ sung",
                "dùng: " + string.Join(", ", Keys));
            ok = false;
        }
        return ok ? new Supplement(map, path) : null;
    }

    private static SourceLocation At(string path, YamlNode node) => new(path, (int)node.Start.Line, (int)node.Start.Column);

    /// <summary>The kind the supplement names (<c>loai</c>): the author's word that the document is a planning one.</summary>
    public string? Kind => _map.Children.TryGetValue(new YamlScalarNode("loai"), out var node) && node is YamlScalarNode { Value: { Length: > 0 } value } ? value : null;

    public void Apply(ImportedDocument document, DiagnosticBag diagnostics)
    {
        void Used(string key, YamlNode node) =>
            diagnostics.Add(Rules.ImportCorrected, At(_path, node), $"'{key}' không có trong văn bản nhập: lấy từ tệp bổ sung");

        string? Scalar(YamlMappingNode map, string key) =>
            map.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } ? value : null;

        YamlNode? Node(YamlMappingNode map, string key) => map.Children.TryGetValue(new YamlScalarNode(key), out var node) ? node : null;

        void Fill(string key, Func<string?> get, Action<string> set)
        {
            if (get() is { Length: > 0 } || Scalar(_map, key) is not { } value) return;
            set(value);
            Used(key, Node(_map, key)!);
        }

        Fill("loai", () => document.Kind, v => document.Kind = v);
        if (Scalar(_map, "the-thuc") is "nd30-2020" && !document.StateFrame) { document.StateFrame = true; Used("the-thuc", Node(_map, "the-thuc")!); }
        Fill("so", () => document.Number, v => document.Number = v);
        Fill("dia-danh", () => document.Place, v => document.Place = v);
        Fill("trich-yeu", () => document.Summary, v => document.Summary = v);
        Fill("nhiem-ky", () => document.Term, v => document.Term = v);
        if (document.Date is null && Scalar(_map, "ngay") is { } date &&
            DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            document.Date = day;
            Used("ngay", Node(_map, "ngay")!);
        }
        if (Node(_map, "co-quan") is YamlMappingNode bodies)
        {
            Fill2(bodies, "cap-tren", () => document.SuperiorBody, v => document.SuperiorBody = v);
            Fill2(bodies, "ban-hanh", () => document.IssuingBody, v => document.IssuingBody = v);
            Fill2(bodies, "ten-goi", () => document.NameInText, v => document.NameInText = v);
        }
        if (Node(_map, "ky") is YamlMappingNode signature)
        {
            Fill2(signature, "tham-quyen", () => document.Authority, v => document.Authority = v);
            Fill2(signature, "chuc-vu", () => document.Position, v => document.Position = v);
            Fill2(signature, "ho-ten", () => document.Signer, v => document.Signer = v);
        }
        FillList("can-cu", document.Basis);
        FillList("noi-nhan", document.Recipients);
        foreach (var key in new[] { "thuc-hien", "loai-to-chuc" })
            if (Scalar(_map, key) is { } value)
            {
                document.Extra.Add(new(key, value));
                Used(key, Node(_map, key)!);
            }

        void Fill2(YamlMappingNode map, string key, Func<string?> get, Action<string> set)
        {
            if (get() is { Length: > 0 } || Scalar(map, key) is not { } value) return;
            set(value);
            Used(key, Node(map, key)!);
        }

        void FillList(string key, List<string> list)
        {
            if (list.Count > 0 || Node(_map, key) is not YamlSequenceNode items) return;
            list.AddRange(items.Children.OfType<YamlScalarNode>().Select(s => s.Value ?? "").Where(s => s.Length > 0));
            Used(key, items);
        }
    }
}

using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;
using YamlDotNet.RepresentationModel;

namespace VanKien.Templates;

/// <summary>Reads a section description (mau.yaml).</summary>
public static class KindTemplateReader
{
    private static readonly string[] Keys = ["loai", "tieu-de", "ky-hieu", "nhan-dang", "loi-ban-hanh", "khung", "de-muc", "the-thuc", "thu-tu", "bat-buoc", "ky"];
    private static readonly string[] SignatureKeys = ["tham-quyen", "chuc-vu"];
    private static readonly string[] LevelKeys = ["nhan", "chu-hoa", "doan-van"];
    private static readonly string[] ScaffoldKeys = ["chi-tieu", "nhiem-ky", "phan", "mo-dau", "can-cu", "dang"];
    private static readonly string[] SectionKeys = ["de-muc", "ghi-chu"];
    private static readonly string[] PartyKeys = ["ghi-chu", "cap-tren", "ban-hanh", "ten-goi"];

    public static KindTemplate? Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        var root = YamlLoader.LoadFile(path, bytes, ReaderLimits.Default, diagnostics);
        if (root is null) return null;

        var source = new YamlSource(path, 1, diagnostics);
        var map = new YamlMap(source, root, null, Keys);
        var kindKey = map.Text("loai", required: true);
        var kind = kindKey is null ? null : DocumentKind.FromKey(kindKey.Value);
        if (kindKey is not null && kind is null)
            source.Report(Rules.TemplateDescription, kindKey.Location, $"loại văn bản '{kindKey.Value}' không được hỗ trợ");

        var scheme = ReadScheme(map, source);

        var profile = map.Text("the-thuc");
        if (profile is not null && Standard.FormatProfile.ByName(profile.Value) is null)
            source.Report(Rules.TemplateDescription, profile.Location, $"thể thức '{profile.Value}' không có",
                $"các thể thức: {string.Join(", ", Standard.FormatProfile.All.Select(p => p.Name))}");

        var signature = map.Map("ky", SignatureKeys);
        var scaffold = ReadScaffold(map);
        // The kind's identity is the compiler's (DocumentKind, from the built-in file): read here only so a copy that keeps them is not faulted.
        map.Text("ky-hieu");
        map.TextList("nhan-dang");
        map.TextList("loi-ban-hanh");
        if (kind is null) return null;
        return new KindTemplate(
            kind,
            map.Text("tieu-de")?.Value ?? kind.Title,
            scheme,
            profile?.Value ?? Standard.FormatProfile.Dang36_2018.Name,
            map.TextList("thu-tu").Select(s => s.Value).ToList(),
            map.TextList("bat-buoc").Select(s => s.Value).ToList(),
            signature?.Text("tham-quyen")?.Value,
            signature?.Text("chuc-vu")?.Value,
            path) { Scaffold = scaffold };
    }

    /// <summary>"de-muc": a named scheme (la-ma, phan, chu-cai), or the levels spelled out, each "{ nhan: "Điều {so}.", … }".</summary>
    private static HeadingScheme ReadScheme(YamlMap map, YamlSource source)
    {
        if (map.Node.Children.TryGetValue(new YamlScalarNode("de-muc"), out var node) && node is YamlSequenceNode)
        {
            var levels = new List<HeadingLevel>();
            foreach (var level in map.Mappings("de-muc", LevelKeys, "nhãn 'nhan', ví dụ { nhan: \"Điều {so}.\" }"))
            {
                if (level.Text("nhan", required: true) is not { } label) continue;
                if (!HeadingLevel.Counters.Any(c => label.Value.Contains(c, StringComparison.Ordinal)))
                    source.Report(Rules.TemplateDescription, label.Location, $"nhãn đề mục '{label.Value}' không có chỗ cho số thứ tự",
                        $"ghi một trong {string.Join(", ", HeadingLevel.Counters)}, ví dụ \"Điều {{so}}.\"");
                levels.Add(new HeadingLevel(label.Value, Flag(level, "chu-hoa"), Flag(level, "doan-van")));
            }
            return levels.Count > 0 ? HeadingScheme.Custom(levels) : HeadingScheme.Roman;
        }
        if (map.Text("de-muc") is not { } schemeText) return HeadingScheme.Roman;
        if (HeadingSchemeKeys.ByKey.TryGetValue(schemeText.Value, out var named)) return named;
        source.Report(Rules.TemplateDescription, schemeText.Location, $"kiểu đề mục '{schemeText.Value}' không có",
            $"các kiểu: {string.Join(", ", HeadingSchemeKeys.ByKey.Keys)}, hoặc một danh sách các cấp {{ nhan: \"Điều {{so}}.\" }}");
        return HeadingScheme.Roman;
    }

    /// <summary>"khung": what `vankien new` writes for the kind.</summary>
    private static KindScaffold ReadScaffold(YamlMap map)
    {
        if (map.Map("khung", ScaffoldKeys) is not { } scaffold) return KindScaffold.None;
        var party = scaffold.Map("dang", PartyKeys);
        return new KindScaffold
        {
            Targets = Flag(scaffold, "chi-tieu"),
            Term = Flag(scaffold, "nhiem-ky"),
            Sections = scaffold.Mappings("phan", SectionKeys, "tên phần 'de-muc'")
                .Select(s => (Written(s, "de-muc") ?? s.Text("de-muc", required: true)?.Value, s.Text("ghi-chu")?.Value))
                .Where(s => s.Item1 is not null).Select(s => (s.Item1!, s.Item2)).ToList(),
            Opening = scaffold.Text("mo-dau")?.Value,
            Bases = scaffold.TextList("can-cu").Select(b => b.Value).ToList(),
            Party = party is null ? null : new KindScaffold.PartyExamples(
                party.TextList("ghi-chu").Select(c => c.Value).ToList(), party.Text("cap-tren")?.Value, party.Text("ban-hanh")?.Value, party.Text("ten-goi")?.Value),
        };
    }

    /// <summary>
    /// A scaffold's text as written, a place left to fill («…») included: a heading to fill is what
    /// the scaffold writes, where a document's reader would take it for a value not given yet.
    /// </summary>
    private static string? Written(YamlMap map, string key) =>
        map.Node.Children.TryGetValue(new YamlScalarNode(key), out var node) && node is YamlScalarNode { Value: { } value } && value.Contains('«')
            ? Text.VietnameseText.Nfc(value.Trim())
            : null;

    /// <summary>A yes/no key: "true" (or "co") says yes; anything else, or nothing, no.</summary>
    private static bool Flag(YamlMap map, string key) => map.Text(key)?.Value is "true" or "co" or "có";
}

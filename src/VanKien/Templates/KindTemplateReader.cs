using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;

namespace VanKien.Templates;

/// <summary>Reads a section description (mau.yaml).</summary>
public static class KindTemplateReader
{
    private static readonly string[] Keys = ["loai", "tieu-de", "de-muc", "the-thuc", "thu-tu", "bat-buoc", "ky"];
    private static readonly string[] SignatureKeys = ["tham-quyen", "chuc-vu"];

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

        var scheme = HeadingScheme.Roman;
        if (map.Text("de-muc") is { } schemeText && !HeadingSchemeKeys.ByKey.TryGetValue(schemeText.Value, out scheme))
            source.Report(Rules.TemplateDescription, schemeText.Location, $"kiểu đề mục '{schemeText.Value}' không có",
                $"các kiểu: {string.Join(", ", HeadingSchemeKeys.ByKey.Keys)}");

        var profile = map.Text("the-thuc");
        if (profile is not null && Standard.FormatProfile.ByName(profile.Value) is null)
            source.Report(Rules.TemplateDescription, profile.Location, $"thể thức '{profile.Value}' không có",
                $"các thể thức: {string.Join(", ", Standard.FormatProfile.All.Select(p => p.Name))}");

        var signature = map.Map("ky", SignatureKeys);
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
            path);
    }
}

using VanKien.Diagnostics;
using VanKien.Reading;
using VanKien.Targets;

namespace VanKien.Project;

/// <summary>Reads <c>vankien.yaml</c>, and finds it above a source.</summary>
public static class ProjectFileReader
{
    private static readonly string[] Keys = ["thang-bac"];
    private static readonly string[] ScaleKeys = ["id", "ten", "bac", "dau-hieu"];

    /// <summary>The nearest <c>vankien.yaml</c> in the folder of <paramref name="path"/> or above it.</summary>
    public static string? Find(string path)
    {
        var folder = new DirectoryInfo(Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        for (; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, ProjectFile.FileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static ProjectFile Read(string path, DiagnosticBag diagnostics)
    {
        byte[] bytes;
        try
        {
            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            diagnostics.Add(Rules.Io, SourceLocation.StartOf(path), $"không đọc được tệp dự án: {ex.Message}");
            return ProjectFile.None;
        }
        var text = SourceText.Decode(path, bytes, ReaderLimits.Default, diagnostics);
        if (text is null) return ProjectFile.None;
        var root = YamlLoader.LoadMapping(path, text, 1, ReaderLimits.Default, diagnostics);
        if (root is null) return new ProjectFile(path, []);

        var source = new YamlSource(path, 1, diagnostics);
        var map = new YamlMap(source, root, null, Keys);
        var scales = new List<OrdinalScale>();
        foreach (var scale in map.Mappings("thang-bac", ScaleKeys, "'id' và 'bac'"))
        {
            var id = scale.Text("id", required: true);
            var levels = scale.TextList("bac", required: true);
            if (id is null || levels.Count == 0) continue;
            if (levels.Count < 2)
            {
                source.Report(Rules.InvalidValue, scale.Location, $"thang '{id.Value}' cần ít nhất hai bậc, từ thấp đến cao");
                continue;
            }
            scales.Add(new OrdinalScale(id.Value, scale.Text("ten")?.Value ?? id.Value,
                levels.Select(l => l.Value.ToLowerInvariant()).ToList(), scale.Text("dau-hieu")?.Value.ToLowerInvariant()));
        }
        return new ProjectFile(path, scales);
    }
}

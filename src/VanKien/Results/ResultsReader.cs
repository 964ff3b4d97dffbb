using System.Globalization;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;
using YamlDotNet.RepresentationModel;

namespace VanKien.Results;

/// <summary>
/// Reads a results source:
/// <code>
/// loai: ket-qua
/// chuong-trinh: chuong-trinh-hanh-dong-2025-2030.md
/// bao-cao: { so: 09-BC/CB, ngay: 2027-12-20, noi-nhan: [...], ky: {...} }
/// ket-qua:
///   - id: xdd-02
///     gia-tri: { 2025: 92%, 2026: 94% }     # a year, or nhiem-ky for the term so far
///     ghi-chu: …
///     minh-chung: Biên bản kiểm điểm đảng viên năm 2025
/// </code>
/// Same gate as every source: bounded, strict UTF-8, guarded YAML, positions kept.
/// </summary>
public static class ResultsReader
{
    public const string Kind = Model.DocumentKind.ResultsKey;

    /// <summary>The keys of a results file, of its report frame and of each entry (the JSON Schema is made from these).</summary>
    public static readonly IReadOnlyList<string> Keys = ["loai", "chuong-trinh", "bao-cao", "ket-qua"];

    public static readonly IReadOnlyList<string> ReportKeys = ["so", "ngay", "noi-nhan", "ky"];

    public static readonly IReadOnlyList<string> EntryKeys = ["id", "gia-tri", "ghi-chu", "minh-chung"];

    public static ResultSet? Read(string path, DiagnosticBag diagnostics)
    {
        var limits = ReaderLimits.Default;
        if (SafeFile.ReadReported(path, limits.MaxSourceBytes, diagnostics, "tệp kết quả") is not { } bytes) return null;
        if (YamlLoader.LoadFile(path, bytes, limits, diagnostics) is not { } root) return null;
        var before = diagnostics.Items.Count(d => d.Severity == Severity.Error);
        var source = new YamlSource(path, 1, diagnostics);
        var map = new YamlMap(source, root, null, Keys);
        var kind = map.Text("loai", required: true);
        if (kind is not null && kind.Value != Kind)
            diagnostics.Add(Rules.InvalidValue, kind.Location, $"tệp kết quả phải có 'loai: {Kind}', không phải '{kind.Value}'");
        var program = map.Text("chuong-trinh", required: true);

        var report = map.Map("bao-cao", ReportKeys);
        var signature = report?.Map("ky", Reading.FrontMatterKeysPublic.Signature);
        var frame = new ReportFrame(
            report?.Text("so")?.Value,
            report?.Date("ngay")?.Value,
            report?.TextList("noi-nhan").Select(r => r.Value).ToList() ?? [],
            signature?.Text("tham-quyen")?.Value,
            signature?.Text("chuc-vu")?.Value,
            signature?.Text("ho-ten")?.Value);

        var entries = new List<ResultEntry>();
        foreach (var entry in map.Mappings("ket-qua", EntryKeys, "ít nhất 'id' và 'gia-tri'", required: true))
        {
            var id = entry.Text("id", required: true);
            var values = new List<PeriodResult>();
            if (entry.Node.Children.TryGetValue(new YamlScalarNode("gia-tri"), out var node))
            {
                if (node is YamlMappingNode byPeriod)
                {
                    foreach (var (key, value) in byPeriod.Children)
                        if (Period(source, key) is var (ok, year) && ok)
                        {
                            if (value is YamlScalarNode { Value: { Length: > 0 } raw } && Measured.NumberProblem(raw) is { } problem)
                                source.Report(Rules.ResultWrongUnit, value, problem);
                            else if (value is YamlScalarNode { Value: { Length: > 0 } given })
                                values.Add(new PeriodResult(year, Measured.Parse(given), source.At(value)));
                            else
                                source.Report(Rules.InvalidValue, value, "kết quả phải là một giá trị (\"92%\", \"3 đảng viên\", \"hoàn thành tốt nhiệm vụ\", \"đạt\")");
                        }
                }
                else
                    source.Report(Rules.WrongType, node, "'gia-tri' ghi theo kỳ: '2025: 92%' (năm) hoặc 'nhiem-ky: 3 đảng viên' (cả nhiệm kỳ đến nay)");
            }
            else source.Report(Rules.MissingField, entry.Location, "thiếu trường bắt buộc 'ket-qua.gia-tri'");
            if (id is not null)
                entries.Add(new ResultEntry(id, values, entry.Text("ghi-chu")?.Value, entry.Text("minh-chung")?.Value, entry.Location));
        }
        if (diagnostics.Items.Count(d => d.Severity == Severity.Error) > before || program is null) return null;
        return new ResultSet(path, program, frame, entries);
    }

    /// <summary>A year (2025) or "nhiem-ky".</summary>
    private static (bool Ok, int? Year) Period(YamlSource source, YamlNode key)
    {
        var text = (key as YamlScalarNode)?.Value ?? "";
        if (text == "nhiem-ky") return (true, null);
        if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var year) && year is >= 1930 and <= 2200)
            return (true, year);
        source.Report(Rules.InvalidValue, key, $"kỳ '{text}' không hợp lệ: ghi một năm (2025) hoặc 'nhiem-ky'",
            text.Length > 0 && char.IsAsciiDigit(text[0])
                ? "trong '{ … }' dấu phẩy thập phân tách mục (\"2025: 5,8%\" thành \"2025: 5\" và \"8%\"): ghi mỗi kỳ một dòng, hoặc đặt giá trị trong ngoặc kép"
                : null);
        return (false, null);
    }

    /// <summary>A .yaml file whose top level says <c>loai: ket-qua</c>.</summary>
    public static bool IsResultsFile(string path)
    {
        if (!path.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) && !path.EndsWith(".yml", StringComparison.OrdinalIgnoreCase)) return false;
        try
        {
            return Reading.SourceDiscovery.DeclaredKind(path) == Kind;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

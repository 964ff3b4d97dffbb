namespace VanKien.Targets;

/// <summary>The built-in scales (FORMAT.md); a project may add its own.</summary>
public sealed class OrdinalScales(IReadOnlyList<OrdinalScale> scales)
{
    public static readonly OrdinalScale Grading = new("xep-loai", "Xếp loại chất lượng tổ chức đảng, đảng viên",
        ["không hoàn thành nhiệm vụ", "hoàn thành nhiệm vụ", "hoàn thành tốt nhiệm vụ", "hoàn thành xuất sắc nhiệm vụ"]);

    public static readonly OrdinalScale NationalStandard = new("chuan-quoc-gia", "Trường đạt chuẩn quốc gia",
        ["mức độ 1", "mức độ 2"], Cue: "chuẩn quốc gia");

    public static readonly OrdinalScale Accreditation = new("kiem-dinh", "Kiểm định chất lượng giáo dục",
        ["cấp độ 1", "cấp độ 2", "cấp độ 3", "cấp độ 4"], Cue: "kiểm định");

    public static readonly OrdinalScale DigitalTransformation = new("chuyen-doi-so", "Chuyển đổi số trong trường học",
        ["mức độ 1", "mức độ 2", "mức độ 3"], Cue: "chuyển đổi số");

    public static OrdinalScales BuiltIn { get; } = new([Grading, NationalStandard, Accreditation, DigitalTransformation]);

    public IReadOnlyList<OrdinalScale> All => scales;

    public OrdinalScale? ById(string id) => scales.FirstOrDefault(s => s.Id == id);

    public OrdinalScales With(IEnumerable<OrdinalScale> more) => new([.. scales, .. more]);
}

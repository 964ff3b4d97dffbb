namespace VanKien.Reading;

/// <summary>
/// Bounds that keep a hostile or broken source from exhausting the machine; each one hit is a VK0009
/// diagnostic at the spot. YamlDotNet has no depth limit of its own and overflows the stack (an
/// uncatchable crash) on deep nesting; an alias bomb expands exponentially; Markdig recurses on
/// nested lists and quotes. A project may change them under <c>gioi-han</c> in <c>vankien.yaml</c>.
/// </summary>
public sealed record ReaderLimits(
    int MaxSourceBytes,
    int MaxYamlDepth,
    int MaxYamlAliases,
    int MaxMarkdownDepth,
    int MaxTargets,
    double MaxSecondsPerDocument)
{
    public static ReaderLimits Default { get; } = new(
        MaxSourceBytes: 8 * 1024 * 1024,
        MaxYamlDepth: 64,
        MaxYamlAliases: 64,
        MaxMarkdownDepth: 32,
        MaxTargets: 2000,
        MaxSecondsPerDocument: 30);

    /// <summary>The project file's keys, with what each sets: the guide's table (docs/huong-dan/du-an.md) is written from these.</summary>
    /// <summary>The keys alone (the project file's reader checks them on every start).</summary>
    public static IReadOnlyList<string> KeyNames => [.. Keys.Select(k => k.Key)];

    public static readonly IReadOnlyList<(string Key, string Meaning)> Keys =
    [
        ("kich-thuoc-nguon", "số byte tối đa của một tệp nguồn"),
        ("do-sau-yaml", "số cấp lồng nhau tối đa của phần YAML"),
        ("bi-danh-yaml", "số bí danh (*alias) tối đa trong phần YAML"),
        ("do-sau-markdown", "số cấp danh sách, trích dẫn lồng nhau tối đa của thân văn bản"),
        ("so-chi-tieu", "số chỉ tiêu tối đa của một văn bản"),
        ("giay-moi-van-ban", "số giây tối đa để đọc, kiểm tra và ghi một văn bản"),
    ];
}

namespace VanKien.Project;

/// <summary>
/// The <c>.gitignore</c> <c>vankien init</c> writes beside the project file: what VanKien makes
/// again on every build stays out of the repository — the output folder, with the build cache
/// that records this machine's absolute paths, and the temporary files a killed build leaves.
/// The schemas in <c>.vankien/</c> stay in: the sources' modelines point at them.
/// </summary>
public static class ProjectGitignore
{
    public const string FileName = ".gitignore";

    /// <summary>The lines init asks for, each with its reason (the staff who read it read Vietnamese).</summary>
    private static readonly (string Comment, string Pattern)[] Entries =
    [
        ("# Thư mục kết quả (dau-ra trong vankien.yaml), gồm cả bộ nhớ đệm out/.vankien/cache.json: vankien build tạo lại được.", "out/"),
        ("# Tệp tạm khi vankien đang ghi dở, còn lại nếu máy tắt giữa chừng.", "*.vankien-tam-*.tmp"),
    ];

    /// <summary>
    /// The new text of the file: the lines it lacks appended to what it has (null: nothing to add),
    /// so that a user's own rules are kept.
    /// </summary>
    public static string? Merge(string? existing)
    {
        var present = (existing ?? "").Split('\n').Select(l => l.Trim()).ToHashSet(StringComparer.Ordinal);
        var missing = Entries.Where(e => !present.Contains(e.Pattern)).ToList();
        if (missing.Count == 0) return null;
        var text = new System.Text.StringBuilder(existing ?? "");
        if (text.Length > 0 && text[^1] != '\n') text.Append('\n');
        if (text.Length > 0) text.Append('\n');
        text.Append("# Do 'vankien init' thêm vào: tệp vankien tự tạo lại, không đưa vào kho.\n");
        foreach (var (comment, pattern) in missing) text.Append(comment).Append('\n').Append(pattern).Append('\n');
        return text.ToString();
    }
}

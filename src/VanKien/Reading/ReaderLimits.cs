namespace VanKien.Reading;

/// <summary>
/// Bounds that keep a hostile or broken source from exhausting the machine. YamlDotNet has no depth
/// limit of its own and overflows the stack (an uncatchable crash) on deep nesting.
/// </summary>
public sealed record ReaderLimits(int MaxSourceBytes, int MaxYamlDepth, int MaxYamlAliases, int MaxMarkdownDepth)
{
    public static ReaderLimits Default { get; } = new(
        MaxSourceBytes: 8 * 1024 * 1024,
        MaxYamlDepth: 64,
        MaxYamlAliases: 64,
        MaxMarkdownDepth: 32);
}

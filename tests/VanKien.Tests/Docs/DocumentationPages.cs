using Markdig;
using Markdig.Syntax;
using VanKien.Tests.Support;

namespace VanKien.Tests.Docs;

/// <summary>
/// The repository's documentation: every Markdown file that is a page people read (README.md,
/// docs/, the editor's and the templates' READMEs), not a VanKien source. Sources open with front
/// matter; samples and test fixtures are sources whatever they open with.
/// </summary>
internal static class DocumentationPages
{
    private static readonly string[] NotDocumentation = ["samples", "tests", "bin", "obj", "node_modules", "out", "dist", "public", ".git", ".tools", "TestResults"];

    /// <summary>Paths from the repository's root, with '/' separators, in ordinal order.</summary>
    public static IReadOnlyList<string> All() =>
        Directory.EnumerateFiles(Repo.Root, "*.md", SearchOption.AllDirectories)
            .Select(path => Path.GetRelativePath(Repo.Root, path).Replace(Path.DirectorySeparatorChar, '/'))
            .Where(path => !path.Split('/').SkipLast(1).Any(NotDocumentation.Contains))
            .Where(path => !File.ReadAllText(Path.Combine(Repo.Root, path)).StartsWith("---", StringComparison.Ordinal))
            .Order(StringComparer.Ordinal)
            .ToList();

    /// <summary>The user guide's pages (Vietnamese), whose shell blocks run as they stand.</summary>
    public static IReadOnlyList<string> Guide() =>
        All().Where(path => path.StartsWith("docs/huong-dan/", StringComparison.Ordinal)).ToList();

    /// <summary>GitHub's reading of Markdown, as far as fences go: CommonMark with GFM's tables.</summary>
    public static MarkdownDocument Parse(string path) =>
        Markdown.Parse(File.ReadAllText(Path.Combine(Repo.Root, path)), new MarkdownPipelineBuilder().UsePipeTables().UsePreciseSourceLocation().Build());
}

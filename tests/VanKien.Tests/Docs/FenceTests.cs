using Markdig.Syntax;

namespace VanKien.Tests.Docs;

/// <summary>
/// A code fence that is never closed turns the rest of the page into code when GitHub renders it:
/// "``` A parent resolution…" is no closing fence (a closing fence carries no text), so it opened
/// the README's Values section and the next heading as one code block. Read each page as a
/// CommonMark reader does, and fail on a fence left open or a fence-like line swallowed by a block.
/// </summary>
public class FenceTests
{
    [Fact]
    public void The_documentation_pages_are_found()
    {
        var pages = DocumentationPages.All();
        Assert.Contains("README.md", pages);
        Assert.Contains("editors/vscode/README.md", pages);
        Assert.Contains("docs/huong-dan/quy-tac.md", pages);
        Assert.DoesNotContain(pages, page => page.StartsWith("samples/", StringComparison.Ordinal) || page.StartsWith("tests/", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_code_fence_of_every_page_is_closed_where_its_author_closed_it()
    {
        var problems = DocumentationPages.All().SelectMany(Problems).ToList();
        Assert.True(problems.Count == 0, string.Join("\n", problems));
    }

    /// <summary>Each problem as <c>page:line: what</c> (lines 1-based).</summary>
    internal static IEnumerable<string> Problems(string page) => Problems(page, DocumentationPages.Parse(page));

    internal static IEnumerable<string> Problems(string page, MarkdownDocument document)
    {
        foreach (var fence in document.Descendants<FencedCodeBlock>())
        {
            var opening = new string(fence.FencedChar, fence.OpeningFencedCharCount);
            if (fence.ClosingFencedCharCount == 0)
                yield return $"{page}:{fence.Line + 1}: the fence {opening}{fence.Info} is never closed: the rest of the page renders as code";
            // A line inside the block that starts like its fence but carries text after it was meant to close it.
            for (var i = 0; i < fence.Lines.Count; i++)
            {
                var line = fence.Lines.Lines[i];
                var text = line.Slice.ToString();
                if (text.TrimStart().StartsWith(opening, StringComparison.Ordinal))
                    yield return $"{page}:{line.Line + 1}: \"{Shorten(text)}\" inside the block opened at line {fence.Line + 1} is no closing fence (a closing fence carries no text): put it on a line of its own";
            }
        }
    }

    [Fact]
    public void The_check_finds_the_fence_that_broke_the_readme()
    {
        var broken = "# Giá trị\n\n```yaml\nthang-bac: []\n``` A parent resolution is mostly data.\n\n## Values\n\ntext\n";
        var problems = Problems("x.md", Markdig.Markdown.Parse(broken)).ToList();
        Assert.Contains(problems, p => p.StartsWith("x.md:5: \"``` A parent resolution", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("x.md:3: the fence ```yaml is never closed", StringComparison.Ordinal));
        Assert.Empty(Problems("y.md", Markdig.Markdown.Parse("```yaml\na: 1\n```\n\nA parent.\n")));
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";
}

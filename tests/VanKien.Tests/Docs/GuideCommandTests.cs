using VanKien.Tests.Support;

namespace VanKien.Tests.Docs;

/// <summary>
/// Every command the user guide shows runs as it stands (<see cref="ShellBlocks"/>): each page's
/// <c>```sh</c> blocks, its files and its edits, in order, in a folder with a copy of the samples.
/// A block that is only an illustration is marked otherwise (<c>```text</c>) and is not run.
/// </summary>
[Trait("Speed", "Slow")]
public class GuideCommandTests
{
    private static IEnumerable<string> Runnable() => DocumentationPages.Guide().Where(page => ShellBlocks.Of(page).Any(ShellBlocks.Runs));

    public static TheoryData<string> Pages() => new(Runnable());

    [ExternalToolTheory("soffice", "git")]
    [MemberData(nameof(Pages))]
    public void The_commands_of_a_guide_page_run_as_shown(string page)
    {
        var (_, _, log) = ShellBlocks.Run(page);
        Assert.Contains("== " + page, log);
    }

    [Fact]
    public void The_guide_has_commands_to_run()
    {
        Assert.Contains("docs/huong-dan/lenh.md", Runnable());
    }

    [Fact]
    public void A_guide_page_does_not_show_a_command_as_an_illustration()
    {
        // A line of an illustration that starts as a command would is a command nobody runs: mark it sh, or write it as text.
        var hidden = DocumentationPages.Guide()
            .SelectMany(page => ShellBlocks.Of(page).Where(block => !ShellBlocks.Runs(block) && block.Info is "" or "text" or "console")
                .SelectMany(block => block.Text.Split('\n').Where(line => line.StartsWith("$ vankien ", StringComparison.Ordinal)).Select(line => $"{page}:{block.Line}: {line}")))
            .ToList();
        Assert.True(hidden.Count == 0, string.Join("\n", hidden));
    }
}

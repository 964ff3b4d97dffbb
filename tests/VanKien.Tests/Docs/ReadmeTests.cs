using System.Text.RegularExpressions;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using VanKien.Tests.Support;

namespace VanKien.Tests.Docs;

/// <summary>
/// The README is the short part of the documentation (issue 31): what VanKien is, install, the two
/// commands, the tutorial, the commands, links. Everything else lives in docs/, and every link
/// between the pages leads to a file that exists.
/// </summary>
public class ReadmeTests
{
    [Fact]
    public void The_readme_stays_short()
    {
        var lines = File.ReadAllLines(Path.Combine(Repo.Root, "README.md")).Length;
        Assert.True(lines <= 250, $"README.md has {lines} lines; at most 250 (the rest belongs in docs/)");
    }

    [Fact]
    public void Every_link_between_pages_leads_to_a_file_that_exists()
    {
        var broken = new List<string>();
        foreach (var page in DocumentationPages.All())
            foreach (var link in DocumentationPages.Parse(page).Descendants<LinkInline>())
            {
                var url = link.Url ?? "";
                if (url.Length == 0 || url.StartsWith('#') || Regex.IsMatch(url, "^[a-z]+:", RegexOptions.None, TimeSpan.FromSeconds(1))) continue;
                var target = Path.GetFullPath(Path.Combine(Repo.Root, Path.GetDirectoryName(page) ?? "", Uri.UnescapeDataString(url.Split('#')[0])));
                if (!File.Exists(target) && !Directory.Exists(target)) broken.Add($"{page}:{link.Line + 1}: {url}");
            }
        Assert.True(broken.Count == 0, "links to nothing:\n" + string.Join("\n", broken));
    }
}

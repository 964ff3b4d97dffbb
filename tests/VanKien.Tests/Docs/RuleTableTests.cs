using VanKien.Diagnostics;
using VanKien.Tests.Support;

namespace VanKien.Tests.Docs;

/// <summary>
/// docs/huong-dan/quy-tac.md lists every rule as the catalogue has it. The table between its two
/// markers is written by <see cref="RuleTable"/>; after a rule is added or renamed, run this test
/// with <c>VANKIEN_UPDATE_DOCS=1</c> to write the table anew, then review <c>git diff</c>.
/// </summary>
public class RuleTableTests
{
    private static string Page => Path.Combine(Repo.Root, "docs", "huong-dan", "quy-tac.md");

    [Fact]
    public void The_rule_table_of_the_guide_is_the_catalogue()
    {
        var text = File.ReadAllText(Page);
        var start = text.IndexOf(RuleTable.Start, StringComparison.Ordinal);
        var end = text.IndexOf(RuleTable.End, StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, $"docs/huong-dan/quy-tac.md lacks the markers {RuleTable.Start} … {RuleTable.End}");
        var written = text[(start + RuleTable.Start.Length)..end].Trim('\n') + "\n";
        var expected = RuleTable.Markdown();
        if (written == expected) return;
        if (Environment.GetEnvironmentVariable("VANKIEN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(Page, text[..(start + RuleTable.Start.Length)] + "\n" + expected + text[end..]);
            return;
        }
        Assert.Fail("docs/huong-dan/quy-tac.md differs from the rule catalogue (VANKIEN_UPDATE_DOCS=1 writes it anew):\n" + LineDiff.Render(written, expected));
    }

    [Fact]
    public void The_table_names_every_rule_once_with_its_severity()
    {
        var rows = RuleTable.Markdown().Split('\n').Where(l => l.StartsWith("| VK", StringComparison.Ordinal)).ToList();
        Assert.Equal(Rules.All.Select(r => r.Id), rows.Select(r => r[2..8]));
        Assert.Contains("| VK0220 | lỗi | `loi` | Chỉ tiêu thấp hơn cấp trên |", rows);
        Assert.Contains("| VK0404 | gợi ý | `goi-y` | Viết tắt trước khi viết đầy đủ |", rows);
    }
}

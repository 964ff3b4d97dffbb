using VanKien.Diagnostics;

namespace VanKien.Tests.Docs;

/// <summary>
/// The guide's tables that the code holds: docs/huong-dan/quy-tac.md lists every rule as the
/// catalogue has it (<see cref="RuleTable"/>), docs/huong-dan/du-an.md every safety limit
/// (<see cref="LimitTable"/>). After a rule or a limit is added or renamed, run these tests with
/// <c>VANKIEN_UPDATE_DOCS=1</c> to write the tables anew, then review <c>git diff</c>.
/// </summary>
public class RuleTableTests
{
    [Fact]
    public void The_rule_table_of_the_guide_is_the_catalogue() =>
        GeneratedSection.Check("docs/huong-dan/quy-tac.md", RuleTable.Start, RuleTable.End, RuleTable.Markdown());

    /// <summary>The project file's safety limits (<c>gioi-han</c>), as ReaderLimits holds their keys, defaults and meanings.</summary>
    [Fact]
    public void The_limits_table_of_the_guide_is_the_reader_s() =>
        GeneratedSection.Check("docs/huong-dan/du-an.md", LimitTable.Start, LimitTable.End, LimitTable.Markdown());

    [Fact]
    public void The_table_names_every_rule_once_with_its_severity()
    {
        var rows = RuleTable.Markdown().Split('\n').Where(l => l.StartsWith("| VK", StringComparison.Ordinal)).ToList();
        Assert.Equal(Rules.All.Select(r => r.Id), rows.Select(r => r[2..8]));
        Assert.Contains("| VK0220 | lỗi | `loi` | Chỉ tiêu thấp hơn cấp trên |", rows);
        Assert.Contains("| VK0404 | gợi ý | `goi-y` | Viết tắt trước khi viết đầy đủ |", rows);
    }
}

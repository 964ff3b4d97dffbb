using System.Text;
using VanKien.Diagnostics;

namespace VanKien.Tests.Docs;

/// <summary>
/// The guide's table of rules, written from the catalogue itself (<see cref="Rules.All"/>): id,
/// default severity in the words of the project file's <c>quy-tac</c>, and the rule's Vietnamese title.
/// </summary>
internal static class RuleTable
{
    public const string Start = "<!-- bảng quy tắc: sinh từ src/VanKien/Diagnostics/Rules.cs, đừng sửa tay (xem docs/bao-tri/tests.md) -->";
    public const string End = "<!-- hết bảng quy tắc -->";

    public static string Markdown()
    {
        var table = new StringBuilder();
        table.Append("| mã | mức mặc định | `quy-tac` | nội dung |\n");
        table.Append("| --- | --- | --- | --- |\n");
        foreach (var rule in Rules.All)
            table.Append($"| {rule.Id} | {Words(rule.DefaultSeverity)} | `{Key(rule.DefaultSeverity)}` | {rule.Title.Replace("|", "\\|")} |\n");
        return table.ToString();
    }

    private static string Words(Severity severity) => severity switch
    {
        Severity.Error => "lỗi",
        Severity.Warning => "cảnh báo",
        _ => "gợi ý",
    };

    private static string Key(Severity severity) => severity switch
    {
        Severity.Error => "loi",
        Severity.Warning => "canh-bao",
        _ => "goi-y",
    };
}

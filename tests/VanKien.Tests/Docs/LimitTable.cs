using System.Globalization;
using System.Text;
using VanKien.Reading;

namespace VanKien.Tests.Docs;

/// <summary>The guide's table of safety limits (<c>gioi-han</c>), written from <see cref="ReaderLimits"/>.</summary>
internal static class LimitTable
{
    public const string Start = "<!-- bảng giới hạn: sinh từ src/VanKien/Reading/ReaderLimits.cs, đừng sửa tay (xem docs/bao-tri/tests.md) -->";
    public const string End = "<!-- hết bảng giới hạn -->";

    public static string Markdown()
    {
        var limits = ReaderLimits.Default;
        // The keys in ReaderLimits.Keys follow the record's parameters, in order.
        var defaults = new object[] { limits.MaxSourceBytes, limits.MaxYamlDepth, limits.MaxYamlAliases, limits.MaxMarkdownDepth, limits.MaxTargets, limits.MaxSecondsPerDocument };
        Assert.Equal(ReaderLimits.Keys.Count, defaults.Length);
        var table = new StringBuilder("| khóa | mặc định | nghĩa |\n| --- | --- | --- |\n");
        foreach (var ((key, meaning), value) in ReaderLimits.Keys.Zip(defaults))
            table.Append($"| `{key}` | {Convert.ToString(value, CultureInfo.InvariantCulture)} | {meaning} |\n");
        return table.ToString();
    }
}

using System.Text;

namespace VanKien.Tests.Support;

/// <summary>A unified-style line diff (longest common subsequence), for readable snapshot failures.</summary>
internal static class LineDiff
{
    public static string Render(string expected, string actual, int context = 2, int maxLines = 80)
    {
        var a = expected.Split('\n');
        var b = actual.Split('\n');
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);

        var ops = new List<(char Op, int Line, string Text)>();
        int x = 0, y = 0;
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { ops.Add((' ', x + 1, a[x])); x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) { ops.Add(('+', y + 1, b[y])); y++; }
            else { ops.Add(('-', x + 1, a[x])); x++; }
        }

        var keep = new bool[ops.Count];
        for (var i = 0; i < ops.Count; i++)
        {
            if (ops[i].Op == ' ') continue;
            for (var k = Math.Max(0, i - context); k <= Math.Min(ops.Count - 1, i + context); k++) keep[k] = true;
        }

        var builder = new StringBuilder();
        var written = 0;
        for (var i = 0; i < ops.Count && written < maxLines; i++)
        {
            if (!keep[i]) continue;
            if (i > 0 && !keep[i - 1]) builder.AppendLine("  …");
            builder.AppendLine($"{ops[i].Op} {ops[i].Line,5}: {ops[i].Text}");
            written++;
        }
        if (written >= maxLines) builder.AppendLine("  … (diff cut)");
        return builder.ToString();
    }
}

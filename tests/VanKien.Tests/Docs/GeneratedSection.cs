using VanKien.Tests.Support;

namespace VanKien.Tests.Docs;

/// <summary>
/// A part of a documentation page written from the code, between two HTML-comment markers. The test
/// that owns it fails when the page differs; with <c>VANKIEN_UPDATE_DOCS=1</c> it writes the part
/// anew instead (then review <c>git diff</c>).
/// </summary>
internal static class GeneratedSection
{
    public static void Check(string page, string start, string end, string expected)
    {
        var path = Path.Combine(Repo.Root, page);
        var text = File.ReadAllText(path);
        var from = text.IndexOf(start, StringComparison.Ordinal);
        var to = text.IndexOf(end, StringComparison.Ordinal);
        Assert.True(from >= 0 && to > from, $"{page} lacks the markers {start} … {end}");
        var written = text[(from + start.Length)..to].Trim('\n') + "\n";
        if (written == expected) return;
        if (Environment.GetEnvironmentVariable("VANKIEN_UPDATE_DOCS") == "1")
        {
            File.WriteAllText(path, text[..(from + start.Length)] + "\n" + expected + text[to..]);
            return;
        }
        Assert.Fail($"{page} differs from the code it is written from (VANKIEN_UPDATE_DOCS=1 writes it anew):\n" + LineDiff.Render(written, expected));
    }
}

using System.Net;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using VanKien.Publishing;
using VanKien.Reading;
using VanKien.Standard;
using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Publishing;

/// <summary>
/// The site's page of a document prints the frame's lines the DOCX prints, punctuation the compiler
/// adds included: each căn cứ with its ";", "," or ".", each recipient "- …;" and the last "- ….",
/// for every sample (Party and state).
/// </summary>
public partial class SitePrintedLinesTests
{
    private static IReadOnlyList<string> DocxLines(byte[] docx, string style) =>
        [.. MainDocument(docx).Descendants(W + "p")
            .Where(p => p.Descendants(W + "pStyle").Any(s => s.Attribute(W + "val")?.Value == style))
            .Select(p => VanKien.Text.NoBreakGroups.AsSpaces(string.Concat(p.Descendants(W + "t").Select(t => t.Value))))];

    [Fact]
    public void Every_samples_page_prints_the_docxs_bases_and_recipients_with_their_punctuation()
    {
        var root = Repo.CopyOfSamples();
        var samples = Path.Combine(root, "samples");
        var site = Path.Combine(root, "site");
        var output = Path.Combine(root, "out");
        Assert.Equal(0, CliRun.Run("build", samples, "-o", output).ExitCode);
        SiteBuilder.Build(SourceDiscovery.Discover([samples]).Sources, new SiteBuilder.Options(site));
        var checkedBases = 0;
        foreach (var source in Repo.SampleSources())
        {
            var relative = Path.ChangeExtension(Path.GetRelativePath(Repo.Samples, source), null);
            var docx = File.ReadAllBytes(Path.Combine(output, relative + ".docx"));
            var page = File.ReadAllText(Path.Combine(site, "van-ban", relative + ".html"));
            var bases = Texts(BasisLine(), page);
            var recipients = Texts(RecipientLine(), page[page.IndexOf("class=\"noi-nhan\"", StringComparison.Ordinal)..]);
            Assert.Equal(DocxLines(docx, StyleIds.Basis), bases);
            Assert.Equal(DocxLines(docx, StyleIds.Recipient), recipients);
            Assert.All(recipients, r => Assert.StartsWith("- ", r));
            checkedBases += bases.Count;
        }
        Assert.True(checkedBases >= 8, $"{checkedBases} căn cứ compared");
    }

    private static List<string> Texts(Regex pattern, string html) =>
        [.. pattern.Matches(html).Select(m => WebUtility.HtmlDecode(Regex.Replace(m.Groups[1].Value, "<[^>]+>", "")))];

    [GeneratedRegex(@"<p class=""can-cu"">(.*?)</p>")]
    private static partial Regex BasisLine();

    [GeneratedRegex(@"<li>(.*?)</li>")]
    private static partial Regex RecipientLine();
}

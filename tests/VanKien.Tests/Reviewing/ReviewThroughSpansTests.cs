using VanKien.Tests.Support;

namespace VanKien.Tests.Reviewing;

/// <summary>
/// A reviewer's change is placed through the printed document's spans — the DOCX paragraph it is in,
/// the printed run it falls on, that run's place in the source — not by searching the source for its
/// words: a sentence the source holds twice is changed where the reviewer changed it, and only there.
/// A text search finds such a sentence twice and can only give up.
/// </summary>
public class ReviewThroughSpansTests
{
    private const string Twice = "Báo cáo kết quả về Đảng ủy xã đúng thời hạn.";

    private static (string Samples, string Source) WithSentenceTwice()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var source = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        var text = File.ReadAllText(source);
        foreach (var heading in new[] { "## Mục đích\n", "## Yêu cầu\n" })
        {
            var at = text.IndexOf(heading, StringComparison.Ordinal);
            Assert.True(at >= 0, heading);
            var list = text.IndexOf("\n- ", at, StringComparison.Ordinal) + 1;
            text = text.Insert(list, $"- {Twice}\n");
        }
        File.WriteAllText(source, text);
        return (samples, source);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void A_sentence_the_source_holds_twice_is_changed_where_the_reviewer_changed_it(int occurrence)
    {
        var (samples, source) = WithSentenceTwice();
        var docx = TrackedChanges.Replace(VanKien.Building.Compiler.Build(source).Docx!, "đúng thời hạn", "trước ngày 15 hằng tháng", occurrence);
        var reviewed = Path.Combine(Repo.NewTempFolder(), "duyet.docx");
        File.WriteAllBytes(reviewed, docx);

        var result = VankienProcess.RunIn(samples, ["review", reviewed, "--apply"]);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var lines = File.ReadAllLines(source).Select((l, i) => (Line: l, Number: i + 1)).Where(l => l.Line.StartsWith("- Báo cáo kết quả về Đảng ủy xã", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Equal("- Báo cáo kết quả về Đảng ủy xã trước ngày 15 hằng tháng.", lines[occurrence].Line);
        Assert.Equal($"- {Twice}", lines[1 - occurrence].Line);
        // Said at the line it changed.
        Assert.Contains(result.Error.Split('\n'), l => l.StartsWith($"{source}:{lines[occurrence].Number}:", StringComparison.Ordinal) && l.Contains("thay «đúng thời hạn»", StringComparison.Ordinal));
    }
}

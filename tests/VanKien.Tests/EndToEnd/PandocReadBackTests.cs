using System.Text.RegularExpressions;
using VanKien.Building;
using VanKien.Tests.Support;

namespace VanKien.Tests.EndToEnd;

/// <summary>
/// Read back by pandoc, each sample's DOCX holds every sentence of its seed in the seed's order,
/// and its section numbers run without a gap.
/// </summary>
public class PandocReadBackTests
{
    /// <summary>
    /// Where a sample deliberately departs from its seed's letters, as its front matter says: the
    /// standard's "T/M" for "TM.", the date rule for "25/03/2026", and the misspellings that
    /// `vankien check` reports (VK0401). Nothing else is rewritten.
    /// </summary>
    private static readonly (string Seed, string Sample)[] Corrections =
    [
        ("TM. CHI BỘ", "T/M CHI BỘ"),
        ("ngày 25/03/2026", "ngày 25/3/2026"),
        ("Phân đấu", "Phấn đấu"),
        ("phân đấu", "phấn đấu"),
        ("hoàn tốt nhiệm vụ", "hoàn thành tốt nhiệm vụ"),
    ];

    public static TheoryData<string, string> Pairs => new()
    {
        { "000_63e18895940b4e1d.txt", "samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md" },
        { "002_6f56a56ccd1cb8ca.txt", "samples/chi-bo-mam-non-tien-cuong/chuong-trinh-hanh-dong-2023.md" },
        { "004_2555f30c8b5fe92e.txt", "samples/dang-uy-xa-hung-an/chuong-trinh-hanh-dong-16-giao-duc.md" },
    };

    [ExternalToolTheory("pandoc")]
    [MemberData(nameof(Pairs))]
    public void Every_sentence_of_the_seed_is_in_the_output_in_order(string seed, string sample)
    {
        var lines = ReadBack(sample);
        var words = SentenceMatcher.Words(string.Join(" ", lines.Select(l => l.Text)));
        var seedLines = File.ReadAllLines(Path.Combine(Repo.Seeds, seed))
            .Select(l => Corrections.Aggregate(l, (text, c) => text.Replace(c.Seed, c.Sample)));

        var missing = SentenceMatcher.FirstMissing(seedLines, words);

        Assert.True(missing is null, $"not found in order in the output of {sample}: «{missing}»");
    }

    [ExternalToolTheory("pandoc")]
    [MemberData(nameof(Pairs))]
    public void Section_numbers_are_consecutive(string seed, string sample)
    {
        _ = seed;
        var lines = ReadBack(sample);
        var roman = lines.Where(l => l.Tag == "h1").Select(l => Regex.Match(l.Text, @"^([IVX]+)\. ").Groups[1].Value).ToList();
        Assert.Equal(Enumerable.Range(1, roman.Count).Select(VanKien.Text.RomanNumerals.From), roman);

        // Level 2 restarts under each level 1; numbered paragraphs restart under each heading;
        // "2.1." sub-sections carry their parent's number.
        var h2 = 0;
        var numbered = 0;
        foreach (var line in lines)
        {
            switch (line.Tag)
            {
                case "h1":
                    h2 = 0;
                    numbered = 0;
                    break;
                case "h2":
                    Assert.StartsWith($"{++h2}. ", line.Text);
                    numbered = 0;
                    break;
                case "h3":
                    var sub = Regex.Match(line.Text, @"^(\d+)\.(\d+)\. ");
                    Assert.True(sub.Success, line.Text);
                    Assert.Equal(h2, int.Parse(sub.Groups[1].Value));
                    numbered = 0;
                    break;
                case "p" when Regex.Match(line.Text, @"^(\d+)\. ") is { Success: true } item:
                    Assert.Equal(++numbered, int.Parse(item.Groups[1].Value));
                    break;
            }
        }
        Assert.True(roman.Count >= 3, "every sample has at least three sections");
    }

    private static IReadOnlyList<PandocReader.Line> ReadBack(string sample)
    {
        var output = Repo.NewTempFolder();
        var docx = Path.Combine(output, "out.docx");
        File.WriteAllBytes(docx, Compiler.Build(SampleBuilds.Full(sample)).Docx!);
        return PandocReader.Read(docx);
    }
}

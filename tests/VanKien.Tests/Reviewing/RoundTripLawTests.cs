using System.Text.RegularExpressions;
using VanKien.Building;
using VanKien.Diffing;
using VanKien.Tests.Support;

namespace VanKien.Tests.Reviewing;

/// <summary>
/// The round-trip law of <c>vankien review --apply</c>: for sources OLD and NEW, the redline that
/// <c>diff OLD NEW --redline</c> writes, every change accepted and applied to OLD's source, gives a
/// source whose model is NEW's and whose DOCX text is NEW's; every change rejected leaves OLD's
/// source byte for byte. Held over the diff fixtures' pairs and over every sample against a copy
/// of it edited as a reviewer would (words in prose and in a target sentence, a paragraph added, a
/// list item removed, the date, the signer, a recipient added).
///
/// "The model is NEW's" as far as a DOCX can carry it: a target's id, its explicit value and its
/// link to the parent are not printed, so a target the redline deletes and adds again comes back
/// with a new id and a value read from its sentence; those three are set aside in the comparison.
/// </summary>
public class RoundTripLawTests
{
    public static TheoryData<string> Samples => SampleBuilds.All();

    public static TheoryData<string, string> FixturePairs => new()
    {
        { "revision-old.md", "revision-new.md" },
        { "nam-2025.md", "nam-2026.md" },
    };

    [Theory]
    [MemberData(nameof(FixturePairs))]
    public void A_diff_pairs_redline_accepted_gives_new_and_rejected_gives_old(string oldName, string newName)
    {
        var folder = Repo.NewTempFolder();
        var old = Path.Combine(folder, oldName);
        var newer = Path.Combine(folder, newName);
        File.Copy(Path.Combine(Repo.Fixtures, "diff", oldName), old);
        File.Copy(Path.Combine(Repo.Fixtures, "diff", newName), newer);
        HoldsTheLaw(old, newer, folder);
    }

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_samples_redline_against_a_reviewed_copy_accepted_gives_the_copy_and_rejected_gives_the_sample(string sample)
    {
        var oldRoot = Repo.CopyOfSamples();
        var newRoot = Repo.CopyOfSamples();
        var relative = Path.GetRelativePath(Repo.Root, SampleBuilds.Full(sample));
        var old = Path.Combine(oldRoot, relative);
        var newer = Path.Combine(newRoot, relative);
        var (edited, made) = ReviewerEdits.Of(File.ReadAllText(old), old.EndsWith(".yaml", StringComparison.Ordinal));
        Assert.True(made.Count >= 5, $"{sample}: only {string.Join(", ", made)} could be edited");
        File.WriteAllText(newer, edited);
        HoldsTheLaw(old, newer, Repo.NewTempFolder());
    }

    private static void HoldsTheLaw(string old, string newer, string work)
    {
        var before = File.ReadAllBytes(old);
        var redline = Path.Combine(work, "duyet.docx");
        var diff = CliRun.Run("diff", old, newer, "--redline", redline);
        Assert.True(File.Exists(redline), diff.Output + diff.Error);

        // Every change rejected: nothing to apply, OLD's source as it was.
        var rejected = Path.Combine(work, "tu-choi.docx");
        File.WriteAllBytes(rejected, TrackedChanges.RejectAll(File.ReadAllBytes(redline)));
        var none = CliRun.Run("review", rejected, "--source", old, "--apply");
        Assert.True(none.ExitCode == 0, none.Output + none.Error);
        Assert.Contains("0 đề nghị sửa", none.Output + none.Error);
        Assert.Equal(before, File.ReadAllBytes(old));

        // Every change accepted: OLD's source becomes NEW's, model and text.
        var review = CliRun.Run("review", redline, "--source", old, "--apply");
        Assert.True(review.ExitCode == 0, $"{review.Output}{review.Error}");
        var applied = Compiler.Check(old).Document!;
        var wanted = Compiler.Check(newer).Document!;
        Assert.Equal(Printable(ReadableText.FromDocument(wanted)), Printable(ReadableText.FromDocument(applied)));
        Assert.Equal(DocxText(newer), DocxText(old));
    }

    /// <summary>The model as text, less what no DOCX prints: a target's id, its value and its parent link (textconv's annotations).</summary>
    private static string Printable(string model) =>
        Regex.Replace(model, " ⟦[^⟧]*⟧$", "", RegexOptions.Multiline);

    /// <summary>The DOCX's paragraphs as the compiler writes them from the source's model (the checks against the parent aside).</summary>
    private static string DocxText(string source)
    {
        var document = Compiler.Check(source).Document!;
        var docx = VanKien.Writing.Docx.DocxWriter.Write(document, new VanKien.Templates.TemplateLocator().For(document).Template);
        return ReadableText.FromDocx(docx);
    }
}

/// <summary>The edits a reviewer makes to a sample, done to its source text; each says what it did.</summary>
internal static class ReviewerEdits
{
    public static (string Text, List<string> Made) Of(string text, bool yaml)
    {
        var lines = text.Split('\n').ToList();
        var made = new List<string>();
        var bodyStart = yaml
            ? lines.FindIndex(l => l.StartsWith("than-van-ban:", StringComparison.Ordinal)) + 1
            : lines.FindIndex(1, l => l.TrimEnd() == "---") + 1;

        // Words added to the first prose paragraph, and a paragraph after it.
        var prose = lines.FindIndex(bodyStart, l => l.Trim().Length > 40 && l.TrimEnd().EndsWith('.') && !"#-+*|:<>".Contains(l.Trim()[0]) && !char.IsAsciiDigit(l.Trim()[0]));
        if (prose >= 0)
        {
            var line = lines[prose].TrimEnd();
            lines[prose] = line[..^1] + ", kịp thời.";
            var indent = line[..(line.Length - line.TrimStart().Length)];
            var end = prose + 1;
            while (end < lines.Count && lines[end].Trim().Length > 0) end++;
            lines.InsertRange(end, ["", indent + "Chi bộ rà soát kết quả thực hiện sau mỗi quý."]);
            made.Add("words in prose");
            made.Add("a paragraph added");
        }

        // The second item of the first list of two or more removed.
        var list = lines.FindIndex(bodyStart, l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
        while (list >= 0 && list + 1 < lines.Count && !lines[list + 1].TrimStart().StartsWith("- ", StringComparison.Ordinal))
            list = lines.FindIndex(list + 1, l => l.TrimStart().StartsWith("- ", StringComparison.Ordinal));
        if (list >= 0 && list + 1 < lines.Count)
        {
            lines.RemoveAt(list + 1);
            made.Add("a list item removed");
        }

        // Words added to the first target sentence.
        var target = lines.FindIndex(l => Regex.IsMatch(l, @"noi-dung: "".*\.""\s*$"));
        if (target >= 0 && target < bodyStart)
        {
            lines[target] = Regex.Replace(lines[target], @"\.""\s*$", " (có kiểm tra, đánh giá).\"");
            made.Add("words in a target");
        }

        // The date a day later (a day earlier at a month's end).
        var date = lines.FindIndex(l => Regex.IsMatch(l, "^ngay: [0-9]{4}-[0-9]{2}-[0-9]{2}$"));
        if (date >= 0)
        {
            var day = DateOnly.ParseExact(lines[date][6..], "yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            lines[date] = "ngay: " + (day.Day < 28 ? day.AddDays(1) : day.AddDays(-1)).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
            made.Add("the date");
        }

        // Another signer.
        var signer = lines.FindIndex(l => Regex.IsMatch(l, @"^\s*ho-ten: "));
        if (signer >= 0)
        {
            lines[signer] = Regex.Replace(lines[signer], @"ho-ten: .*$", "ho-ten: Trần Văn Bình");
            made.Add("the signer");
        }

        // A recipient added after the first.
        var recipients = lines.FindIndex(l => l.StartsWith("noi-nhan:", StringComparison.Ordinal));
        if (recipients >= 0 && recipients + 1 < lines.Count && lines[recipients + 1].TrimStart().StartsWith("- ", StringComparison.Ordinal))
        {
            var first = lines[recipients + 1];
            lines.Insert(recipients + 2, first[..(first.Length - first.TrimStart().Length)] + "- Các đồng chí chi ủy viên");
            made.Add("a recipient added");
        }
        return (string.Join('\n', lines), made);
    }
}

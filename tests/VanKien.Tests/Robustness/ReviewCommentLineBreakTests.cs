using System.IO.Compression;
using System.Xml.Linq;
using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// A reviewer's words never become source: what <c>review --apply</c> writes holds no character YAML
/// or Markdown reads as a line break (LF, CR, VT, FF, U+0085, U+2028, U+2029) nor any other control
/// character, so a comment stays on its <c># nhận xét:</c> line and an inserted word in its scalar;
/// and VK0011 reports U+0085, U+2028 and U+2029 in any source (README, "Reliability").
/// </summary>
public class ReviewCommentLineBreakTests
{
    private static readonly XNamespace W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>The diff fixtures' old revision without its parent: a source that builds on its own.</summary>
    internal static string Standalone() =>
        File.ReadAllText(Path.Combine(Repo.Fixtures, "diff", "revision-old.md")).Replace(", cha: CT-01", "", StringComparison.Ordinal);

    public static TheoryData<string> Breaks() => new() { "\u2028", "\u2029", "\u0085", "&#13;", "&#10;", "&#11;", "&#12;", "&#27;", "\u0080", "&#13;&#10;" };

    /// <summary>A source in a folder of its own, and its DOCX with a comment on the paragraph holding <paramref name="on"/>, whose text is <paramref name="text"/> (raw XML: character references allowed).</summary>
    private static (string Source, string Reviewed) Commented(string on, string text)
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "ctr.md");
        File.WriteAllText(source, Standalone());
        var docx = VanKien.Building.Compiler.Build(source).Docx!;
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            XDocument document;
            using (var read = entry.Open()) document = XDocument.Load(read);
            var paragraph = document.Descendants(W + "p").First(p => string.Concat(p.Descendants(W + "t").Select(t => t.Value)).Contains(on, StringComparison.Ordinal));
            var runs = paragraph.Elements(W + "r").ToList();
            runs[0].AddBeforeSelf(new XElement(W + "commentRangeStart", new XAttribute(W + "id", 1)));
            runs[^1].AddAfterSelf(new XElement(W + "commentRangeEnd", new XAttribute(W + "id", 1)));
            entry.Delete();
            using (var write = zip.CreateEntry("word/document.xml").Open()) document.Save(write);
            // Written by hand: XDocument refuses to write VT, FF or ESC, a hostile reviewer's tool need not.
            using var comments = new StreamWriter(zip.CreateEntry("word/comments.xml").Open());
            comments.Write($"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:comments xmlns:w=\"{W}\"><w:comment w:id=\"1\" w:author=\"Văn phòng\"><w:p><w:r><w:t xml:space=\"preserve\">{text}</w:t></w:r></w:p></w:comment></w:comments>");
        }
        var reviewed = Path.Combine(folder, "duyet.docx");
        File.WriteAllBytes(reviewed, stream.ToArray());
        return (source, reviewed);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void A_comment_holding_a_line_break_stays_on_its_comment_line_in_yaml(string lineBreak)
    {
        var (source, reviewed) = Commented("Kết nạp 01-02 đảng viên", $"Xem lại.{lineBreak}      gia-tri: \"99%\"");
        var before = File.ReadAllText(source).Split('\n');

        var result = CliRun.Run("review", reviewed, "--source", source, "--apply", "--comments");

        Assert.DoesNotContain("   at ", result.Error);
        var after = File.ReadAllText(source);
        var lines = after.Split('\n');
        // One line gained a comment; no line was added, and no character that breaks a line or controls the terminal was written.
        Assert.Equal(before.Length, lines.Length);
        Assert.DoesNotContain(after, c => c is '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' || char.IsControl(c) && c is not '\n');
        var commented = Array.FindIndex(lines, l => l.Contains("Kết nạp 01-02 đảng viên", StringComparison.Ordinal));
        if (result.ExitCode == 0)
        {
            Assert.Contains("  # nhận xét: Văn phòng: Xem lại.", lines[commented]);
            Assert.EndsWith("gia-tri: \"99%\"", lines[commented]);
        }
        else Assert.Equal(before, lines);
        // The source reads as before: no hidden key was born.
        var read = new VanKien.Diagnostics.DiagnosticBag();
        var document = VanKien.Reading.DocumentReader.ReadFile(source, read);
        Assert.False(read.HasErrors, string.Join("\n", read.Items));
        Assert.DoesNotContain(document!.Targets, t => t.ValueText?.Value.Contains("99", StringComparison.Ordinal) == true);
    }

    [Theory]
    [MemberData(nameof(Breaks))]
    public void A_comment_holding_a_line_break_stays_inside_its_markdown_comment(string lineBreak)
    {
        var (source, reviewed) = Commented("Chi bộ xây dựng Chương trình hành động", $"Xem lại. --{lineBreak}# Mục mới chèn vào");
        var before = File.ReadAllText(source);

        var result = CliRun.Run("review", reviewed, "--source", source, "--apply", "--comments");

        Assert.DoesNotContain("   at ", result.Error);
        var after = File.ReadAllText(source);
        Assert.DoesNotContain(after, c => c is '\r' or '\v' or '\f' or '\u0085' or '\u2028' or '\u2029' || char.IsControl(c) && c is not '\n');
        Assert.DoesNotContain(after.Split('\n'), l => l.StartsWith("# Mục mới", StringComparison.Ordinal));
        // Where the comment reads at all (XML 1.0 holds no VT, FF or ESC), it is kept on one line inside its HTML comment.
        if (after != before)
        {
            var note = after.Split('\n').Single(l => l.StartsWith("<!-- nhận xét:", StringComparison.Ordinal));
            Assert.EndsWith("# Mục mới chèn vào -->", note);
            Assert.Equal(before.Split('\n').Length + 2, after.Split('\n').Length);
        }
    }

    [Theory]
    [InlineData("\u0085")]
    [InlineData("\u2028")]
    [InlineData("\u2029")]
    public void A_line_break_yaml_reads_and_markdown_does_not_is_vk0011_in_any_source(string lineBreak)
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "ctr.md");
        var text = Standalone();
        File.WriteAllText(source, text.Replace("- Phân công rõ người, rõ việc.", $"- Phân công rõ người,{lineBreak}rõ việc.", StringComparison.Ordinal));
        var line = Array.FindIndex(text.Split('\n'), l => l.StartsWith("- Phân công rõ người", StringComparison.Ordinal)) + 1;

        var result = CliRun.Run("check", source);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.DiagnosticLines, l => l.StartsWith($"{source}:{line}:22: lỗi VK0011: ", StringComparison.Ordinal) && l.Contains($"U+{(int)lineBreak[0]:X4}", StringComparison.Ordinal));
    }
}

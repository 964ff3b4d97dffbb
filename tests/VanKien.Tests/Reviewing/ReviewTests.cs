using System.IO.Compression;
using System.Security.Cryptography;
using System.Text;
using VanKien.Tests.Support;

namespace VanKien.Tests.Reviewing;

/// <summary>
/// <c>vankien review</c>: a reviewed DOCX's tracked changes and comments placed at their source text,
/// what the compiler generated reported as conflicts with both texts, the source found by the
/// provenance written at build time, and every hostile package refused by the import's gate.
/// </summary>
public class ReviewTests
{
    private static string Diff(string name) => Path.Combine(Repo.Fixtures, "diff", name);

    /// <summary>The revision pair of the diff fixtures in a folder of their own, and the redline `diff` writes of them.</summary>
    private static (string Folder, string Old, byte[] Before, string Redline) RevisionRedline()
    {
        var folder = Repo.NewTempFolder();
        foreach (var name in new[] { "revision-old.md", "revision-new.md" }) File.Copy(Diff(name), Path.Combine(folder, name));
        var old = Path.Combine(folder, "revision-old.md");
        var redline = Path.Combine(folder, "duyet.docx");
        Assert.Equal(0, CliRun.Run("diff", old, Path.Combine(folder, "revision-new.md"), "--redline", redline).ExitCode);
        return (folder, old, File.ReadAllBytes(old), redline);
    }

    [Fact]
    public void A_redline_reviewed_against_its_old_source_places_every_change_at_its_line()
    {
        var (_, old, before, redline) = RevisionRedline();

        var review = CliRun.Run("review", redline, "--source", old);
        var lines = review.DiagnosticLines;
        Assert.True(review.ExitCode == 0, review.Output + review.Error);
        Assert.Contains($"{old}:3:5: ghi chú VK0801: VanKien: thay «05-CTr/CB» bằng «06-CTr/CB»", lines);
        Assert.Contains(lines, l => l.StartsWith($"{old}:20:", StringComparison.Ordinal) && l.Contains("thay «chuyên đề.» bằng «lần.»", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.StartsWith($"{old}:41:", StringComparison.Ordinal) && l.Contains("thay «tháng» bằng «quý»", StringComparison.Ordinal));
        // A whole target reworded: the old sentence deleted where the source has it, the new one added after its neighbour.
        Assert.Contains(lines, l => l.StartsWith($"{old}:12:", StringComparison.Ordinal) && l.Contains("xóa «- Hằng năm có 90% trở lên đảng viên hoàn thành tốt nhiệm vụ.»", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains("thêm đoạn «- Hằng năm có 95% trở lên", StringComparison.Ordinal));
        // The date's words changed into another date: the value of 'ngay', at its line.
        Assert.Contains(lines, l => l.StartsWith($"{old}:6:7: ghi chú VK0801: ", StringComparison.Ordinal) && l.Contains("«Hùng An, ngày 15 tháng 11 năm 2025»", StringComparison.Ordinal));
        Assert.DoesNotContain(lines, l => l.Contains("VK0803", StringComparison.Ordinal));
        // Reading a review changes nothing.
        Assert.Equal(before, File.ReadAllBytes(old));
    }

    [Fact]
    public void Two_paragraphs_run_into_one_are_a_conflict_with_both_texts()
    {
        var (samples, source, before, _) = Reviewed();
        var docx = TrackedChanges.JoinWithNext(VanKien.Building.Compiler.Build(source).Docx!, "Chi bộ Trường Mầm non Việt Hồng xây dựng Chương trình");
        var reviewed = Path.Combine(Repo.NewTempFolder(), "duyet.docx");
        File.WriteAllBytes(reviewed, docx);
        var result = VankienProcess.RunIn(samples, ["review", reviewed, "--apply"]);
        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        Assert.Contains(result.Error.Split('\n'), l => l.Contains(" lỗi VK0803: nối hai đoạn thành một: «Chi bộ Trường Mầm non Việt Hồng xây dựng", StringComparison.Ordinal) &&
            l.Contains("nhiệm kỳ 2025-2030 như sau:» + «", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllBytes(source));
    }

    [Fact]
    public void A_change_whose_text_the_edited_source_no_longer_holds_is_a_conflict_and_a_moved_source_is_found_by_its_number()
    {
        var (samples, source, _, reviewed) = Reviewed(("phấn đấu có năm đạt", "phấn đấu có năm được công nhận"));
        // The source moved, and its sentence was reworded since the build.
        var moved = Path.Combine(Path.GetDirectoryName(source)!, "ctr-hanh-dong.md");
        File.Move(source, moved);
        File.WriteAllText(moved, File.ReadAllText(moved).Replace("phấn đấu có năm đạt hoàn thành", "phấn đấu đạt hoàn thành", StringComparison.Ordinal));
        var before = File.ReadAllBytes(moved);

        var result = VankienProcess.RunIn(samples, ["review", reviewed, "--apply"]);
        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        var lines = result.Error.Split('\n');
        Assert.Contains(lines, l => l.StartsWith(moved, StringComparison.Ordinal) && l.Contains("cảnh báo VK0804: ", StringComparison.Ordinal) && l.Contains("được tìm theo số văn bản", StringComparison.Ordinal));
        Assert.Contains(lines, l => l.Contains(" lỗi VK0803: ", StringComparison.Ordinal) && l.Contains("phấn đấu có năm đạt hoàn thành xuất sắc nhiệm vụ.» → «", StringComparison.Ordinal) && l.Contains("phấn đấu có năm được công nhận hoàn thành", StringComparison.Ordinal));
        Assert.Equal(before, File.ReadAllBytes(moved));
    }

    [Fact]
    public void Words_a_plain_yaml_value_cannot_hold_quote_the_whole_value_and_words_it_can_leave_it_plain()
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "nam-2025.md");
        File.Copy(Diff("nam-2025.md"), source);
        var docx = VanKien.Building.Compiler.Build(source).Docx!;
        // In a flow mapping a comma ends a plain value; in a block mapping it does not.
        docx = TrackedChanges.Replace(docx, "top 20 của huyện", "top 20, phấn đấu top 10, của huyện");
        docx = TrackedChanges.Replace(docx, "Năm 2025", "Năm 2025, năm đầu nhiệm kỳ");
        var reviewed = Path.Combine(folder, "duyet.docx");
        File.WriteAllBytes(reviewed, docx);

        var result = CliRun.Run("review", reviewed, "--source", source, "--apply");
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        var text = File.ReadAllText(source);
        Assert.Contains("- { id: n25-04, noi-dung: \"Thành tích học sinh xếp trong top 20, phấn đấu top 10, của huyện.\" }\n", text);
        Assert.Contains("\ntrich-yeu: Năm 2025, năm đầu nhiệm kỳ\n", text);
    }

    /// <summary>A built sample with a reviewer's tracked change in each of <paramref name="changes"/>.</summary>
    private static (string Samples, string Source, byte[] Before, string Reviewed) Reviewed(params (string Words, string By)[] changes)
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var source = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        var docx = VanKien.Building.Compiler.Build(source).Docx!;
        foreach (var (words, by) in changes) docx = TrackedChanges.Replace(docx, words, by);
        var reviewed = Path.Combine(Repo.NewTempFolder(), "duyet.docx");
        File.WriteAllBytes(reviewed, docx);
        return (samples, source, File.ReadAllBytes(source), reviewed);
    }

    public static TheoryData<string, string, string> GeneratedText => new()
    {
        // The header block's fixed line, a heading's number, the date's words that name no other date, the compiler's punctuation after a recipient.
        { "CỘNG SẢN VIỆT NAM", "CỘNG SẢN VN", "«ĐẢNG CỘNG SẢN VIỆT NAM» → «ĐẢNG CỘNG SẢN VN»" },
        { "I. ", "1. ", "→ «1. " },
        { "ngày 01 tháng", "ngày 1 tháng", "→ «Hùng An, ngày 1 tháng 10 năm 2025»" },
        { "(b/c);", "(b/c)", "(b/c);» → «- Đảng ủy xã (b/c)»" },
    };

    [Theory]
    [MemberData(nameof(GeneratedText))]
    public void A_change_to_generated_text_is_a_conflict_with_both_texts_and_apply_writes_nothing(string words, string by, string said)
    {
        var (samples, source, before, reviewed) = Reviewed(("phấn đấu có năm đạt", "phấn đấu có năm được công nhận"), (words, by));
        var result = VankienProcess.RunIn(samples, ["review", reviewed, "--apply"]);
        Assert.True(result.ExitCode == 1, result.Output + result.Error);
        var conflicts = result.Error.Split('\n').Where(l => l.Contains(" lỗi VK0803: ", StringComparison.Ordinal)).ToList();
        Assert.True(conflicts.Count == 1 && conflicts[0].Contains(said, StringComparison.Ordinal), result.Error);
        Assert.Contains("Không ghi gì vào nguồn", result.Output + result.Error);
        Assert.Equal(before, File.ReadAllBytes(source));
    }

    [Fact]
    public void A_built_docx_names_its_source_and_its_text_and_review_finds_the_source_by_them()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var source = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "bao-cao-2025.md");
        var output = Path.Combine(samples, "out");
        Assert.Equal(0, CliRun.Run("build", source, "-o", output).ExitCode);
        var docx = Path.Combine(output, "bao-cao-2025.docx");
        using (var zip = ZipFile.OpenRead(docx))
        {
            using var reader = new StreamReader(zip.GetEntry("docProps/custom.xml")!.Open());
            var custom = reader.ReadToEnd();
            Assert.Contains("<vt:lpwstr>chi-bo-mam-non-viet-hong/bao-cao-2025.md</vt:lpwstr>", custom);
            var text = File.ReadAllText(source).Normalize(NormalizationForm.FormC).Replace("\r\n", "\n");
            Assert.Contains($"<vt:lpwstr>{Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))}</vt:lpwstr>", custom);
        }

        // No change, from the project's folder: the source found by the provenance, nothing to say.
        var clean = VankienProcess.RunIn(samples, ["review", docx]);
        Assert.True(clean.ExitCode == 0, clean.Output + clean.Error);
        Assert.Contains("0 đề nghị sửa, 0 nhận xét, 0 không gắn được với nguồn", clean.Output + clean.Error);
        Assert.DoesNotContain("VK0804", clean.Output + clean.Error);

        // The source edited since: said, and the review still reads.
        File.AppendAllText(source, "\nMột đoạn thêm sau khi dựng.\n");
        var moved = VankienProcess.RunIn(samples, ["review", docx]);
        Assert.Contains("cảnh báo VK0804", moved.Output + moved.Error);
    }

    [Fact]
    public void Accepting_every_change_of_a_redline_turns_the_old_source_into_the_new_one_with_minimal_edits()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var old = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        var oldText = File.ReadAllText(old);
        // A reviewer's words: in a target sentence (a quoted YAML value), in prose, in a list item.
        var newText = oldText
            .Replace("phấn đấu có năm đạt hoàn thành xuất sắc", "phấn đấu có năm được công nhận hoàn thành xuất sắc")
            .Replace("Chi bộ Trường Mầm non Việt Hồng xây dựng Chương trình hành động thực hiện", "Chi bộ Trường Mầm non Việt Hồng xây dựng bản Chương trình hành động để thực hiện")
            .Replace("- Cụ thể hóa đầy đủ, kịp thời và có hiệu quả", "- Cụ thể hóa kịp thời và có hiệu quả");
        Assert.NotEqual(oldText, newText);
        var newer = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "ban-moi.md");
        File.WriteAllText(newer, newText);
        var redline = Path.Combine(Repo.NewTempFolder(), "duyet.docx");
        Assert.Equal(0, CliRun.Run("diff", old, newer, "--redline", redline).ExitCode);
        File.Delete(newer);

        // Without --apply nothing changes; with it, from the project's folder (the source found by provenance), OLD becomes NEW.
        Assert.Equal(0, VankienProcess.RunIn(samples, ["review", redline]).ExitCode);
        Assert.Equal(oldText, File.ReadAllText(old));
        var applied = VankienProcess.RunIn(samples, ["review", redline, "--apply"]);
        Assert.True(applied.ExitCode == 0, applied.Output + applied.Error);
        Assert.Contains("Đã ghi các đề nghị sửa vào nguồn", applied.Output + applied.Error);
        Assert.Equal(newText, File.ReadAllText(old));
        var rebuilt = VanKien.Building.Compiler.Build(old);
        Assert.False(rebuilt.HasErrors, string.Join('\n', rebuilt.Diagnostics));
        File.WriteAllText(newer, newText);
        Assert.Equal(VanKien.Diffing.ReadableText.FromDocx(VanKien.Building.Compiler.Build(newer).Docx!), VanKien.Diffing.ReadableText.FromDocx(rebuilt.Docx!));
    }

    /// <summary>A built DOCX with a reviewer's comment on each paragraph that holds one of <paramref name="comments"/>' texts.</summary>
    private static byte[] Commented(byte[] docx, params (string On, string Text)[] comments)
    {
        var w = System.Xml.Linq.XNamespace.Get("http://schemas.openxmlformats.org/wordprocessingml/2006/main");
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Update, leaveOpen: true))
        {
            var entry = zip.GetEntry("word/document.xml")!;
            System.Xml.Linq.XDocument document;
            using (var read = entry.Open()) document = System.Xml.Linq.XDocument.Load(read);
            var said = new System.Xml.Linq.XElement(w + "comments");
            foreach (var ((on, text), id) in comments.Select((c, i) => (c, i)))
            {
                var paragraph = document.Descendants(w + "p").First(p => string.Concat(p.Descendants(w + "t").Select(t => t.Value)).Contains(on, StringComparison.Ordinal));
                var runs = paragraph.Elements(w + "r").ToList();
                runs[0].AddBeforeSelf(new System.Xml.Linq.XElement(w + "commentRangeStart", new System.Xml.Linq.XAttribute(w + "id", id)));
                runs[^1].AddAfterSelf(new System.Xml.Linq.XElement(w + "commentRangeEnd", new System.Xml.Linq.XAttribute(w + "id", id)));
                said.Add(new System.Xml.Linq.XElement(w + "comment", new System.Xml.Linq.XAttribute(w + "id", id), new System.Xml.Linq.XAttribute(w + "author", "Văn phòng"),
                    new System.Xml.Linq.XElement(w + "p", new System.Xml.Linq.XElement(w + "r", new System.Xml.Linq.XElement(w + "t", text)))));
            }
            entry.Delete();
            using (var write = zip.CreateEntry("word/document.xml").Open()) document.Save(write);
            using (var write = zip.CreateEntry("word/comments.xml").Open()) new System.Xml.Linq.XDocument(said).Save(write);
        }
        return stream.ToArray();
    }

    [Fact]
    public void Comments_are_placed_at_their_text_and_kept_beside_their_lines_with_apply_comments()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var source = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        var text = File.ReadAllText(source);
        var built = VanKien.Building.Compiler.Build(source);
        var reviewed = Path.Combine(Repo.NewTempFolder(), "duyet.docx");
        File.WriteAllBytes(reviewed, Commented(built.Docx!,
            ("phấn đấu có năm đạt hoàn thành xuất sắc", "Ghi rõ năm nào."),
            ("xây dựng Chương trình hành động thực hiện Nghị quyết", "Nêu số và ngày của Nghị quyết.")));
        var lines = text.Split('\n');
        var targetLine = Array.FindIndex(lines, l => l.Contains("phấn đấu có năm đạt", StringComparison.Ordinal)) + 1;
        var proseLine = Array.FindIndex(lines, l => l.StartsWith("Chi bộ Trường Mầm non Việt Hồng xây dựng", StringComparison.Ordinal)) + 1;

        var review = VankienProcess.RunIn(samples, ["review", reviewed]);
        Assert.True(review.ExitCode == 0, review.Output + review.Error);
        Assert.Contains(review.Error.Split('\n'), l => l.StartsWith($"{source}:{targetLine}:", StringComparison.Ordinal) && l.Contains("ghi chú VK0802: Văn phòng: nhận xét về", StringComparison.Ordinal) && l.Contains("Ghi rõ năm nào.", StringComparison.Ordinal));
        Assert.Contains(review.Error.Split('\n'), l => l.StartsWith($"{source}:{proseLine}:1:", StringComparison.Ordinal) && l.Contains("Nêu số và ngày của Nghị quyết.", StringComparison.Ordinal));
        Assert.Equal(text, File.ReadAllText(source));

        var applied = VankienProcess.RunIn(samples, ["review", reviewed, "--apply", "--comments"]);
        Assert.True(applied.ExitCode == 0, applied.Output + applied.Error);
        var kept = File.ReadAllText(source).Split('\n');
        Assert.EndsWith("  # nhận xét: Văn phòng: Ghi rõ năm nào.", kept[targetLine - 1]);
        Assert.Equal("<!-- nhận xét: Văn phòng: Nêu số và ngày của Nghị quyết. -->", kept[proseLine + 1]);
        // Kept as comments, they print nowhere: the document reads as before.
        Assert.Equal(VanKien.Diffing.ReadableText.FromDocx(built.Docx!), VanKien.Diffing.ReadableText.FromDocx(VanKien.Building.Compiler.Build(source).Docx!));
    }

    [Fact]
    public void A_docx_not_built_by_vankien_asks_for_its_source()
    {
        var folder = Repo.NewTempFolder();
        var docx = Path.Combine(folder, "la.docx");
        File.WriteAllBytes(docx, Zip(("[Content_Types].xml", ContentTypes), ("word/document.xml", Document("<w:p><w:r><w:t>Văn bản lạ</w:t></w:r></w:p>"))));
        var result = CliRun.Run("review", docx);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.DiagnosticLines, l => l.Contains(" lỗi VK0805: ", StringComparison.Ordinal));
        Assert.Contains("--source", result.Error);
    }

    private const string ContentTypes = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

    private static string Document(string body) =>
        $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>{body}</w:body></w:document>";

    private static byte[] Zip(params (string Name, string Content)[] entries) => Zip(entries.Select(e => (e.Name, Encoding.UTF8.GetBytes(e.Content))).ToArray());

    private static byte[] Zip(params (string Name, byte[] Content)[] entries) => ZipPackage.Of(entries);

    public static TheoryData<string, string> Hostile() => new()
    {
        { "dtd", "VK0604" },
        { "bomb", "VK0603" },
        { "entries", "VK0603" },
        { "not-a-zip", "VK0601" },
    };

    [Theory]
    [MemberData(nameof(Hostile))]
    public void A_hostile_reviewed_docx_is_refused_by_the_import_gate(string kind, string rule)
    {
        var bytes = kind switch
        {
            "dtd" => Zip(("[Content_Types].xml", ContentTypes),
                ("word/document.xml", "<?xml version=\"1.0\"?><!DOCTYPE w [<!ENTITY x SYSTEM \"file:///etc/passwd\">]>" + Document("<w:p><w:r><w:t>&x;</w:t></w:r></w:p>")[21..])),
            "bomb" => Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), ("word/document.xml", new byte[8 * 1024 * 1024])),
            "entries" => Zip([("[Content_Types].xml", ContentTypes), ("word/document.xml", Document("")), .. Enumerable.Range(0, 1100).Select(i => ($"word/x{i}.xml", "<x/>"))]),
            _ => Encoding.UTF8.GetBytes("không phải tệp zip"),
        };
        var folder = Repo.NewTempFolder();
        var docx = Path.Combine(folder, "thu-den.docx");
        File.WriteAllBytes(docx, bytes);
        var result = CliRun.Run("review", docx);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.DiagnosticLines, l => l.Contains($" lỗi {rule}: ", StringComparison.Ordinal));
        Assert.DoesNotContain("   at ", result.Error);
        Assert.Equal(["thu-den.docx"], Directory.EnumerateFiles(folder).Select(Path.GetFileName));
    }
}

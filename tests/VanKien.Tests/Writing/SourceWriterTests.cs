using VanKien.Building;
using VanKien.Model;
using VanKien.Reading;
using VanKien.Tests.Support;
using VanKien.Writing.Source;

namespace VanKien.Tests.Writing;

/// <summary>
/// The one writer of sources, held to the reader: a sample read and written back builds to the
/// same DOCX, part for part byte for byte (the provenance aside: it hashes the source's text), and
/// writing what was written changes nothing.
/// </summary>
public class SourceWriterTests
{
    public static TheoryData<string> Samples => SampleBuilds.All();

    private static string Write(Document document) =>
        DocumentReader.IsYamlSource(document.SourcePath) ? SourceWriter.WriteYaml(SourceDocument.From(document)) : SourceWriter.Write(SourceDocument.From(document));

    [Theory]
    [MemberData(nameof(Samples))]
    public void A_sample_written_back_as_source_builds_the_same_docx_and_writes_the_same_text_again(string sample)
    {
        var original = SampleBuilds.Full(sample);
        // The samples with the templates beside them, as in the repository.
        var root = Repo.CopyOfSamples();
        var copy = Path.Combine(root, Path.GetRelativePath(Repo.Root, original));
        var text = Write(Compiler.Check(original).Document!);
        File.WriteAllText(copy, text);

        var rebuilt = Compiler.Build(copy);
        Assert.True(!rebuilt.HasErrors, string.Join('\n', rebuilt.Diagnostics) + "\n" + text);
        // Every part the same bytes; the provenance names the same source, with its new text's hash.
        var before = Parts(SampleBuilds.Docx(original));
        var after = Parts(rebuilt.Docx!);
        Assert.Equal(before.Keys.Order(), after.Keys.Order());
        foreach (var (name, bytes) in before.Where(p => p.Key != "docProps/custom.xml"))
            Assert.True(bytes.AsSpan().SequenceEqual(after[name]), $"{name} of the written source's DOCX differs:\n{text}");
        Assert.Contains(Path.GetFileName(original), System.Text.Encoding.UTF8.GetString(after["docProps/custom.xml"]));
        Assert.Equal(text, Write(rebuilt.Document!));
    }

    private static Dictionary<string, byte[]> Parts(byte[] docx)
    {
        using var zip = new System.IO.Compression.ZipArchive(new MemoryStream(docx));
        return zip.Entries.ToDictionary(e => e.FullName, e =>
        {
            using var stream = e.Open();
            using var copy = new MemoryStream();
            stream.CopyTo(copy);
            return copy.ToArray();
        });
    }

    [Fact]
    public void Text_that_markdown_would_read_as_syntax_comes_back_as_text()
    {
        var none = VanKien.Diagnostics.SourceLocation.None;
        Paragraph P(params Inline[] content) => new(content, none);
        var body = new Block[]
        {
            P(new TextRun("1. không phải danh sách, *không nghiêng*, [không liên kết], <b>, a | b, 5 * 3 = 15")),
            P(new TextRun("# không phải đề mục")),
            P(new TextRun("Chi bộ", Bold: true), new TextRun(" lãnh đạo; "), new TextRun("nhiệm vụ", Italic: true), new TextRun(" trọng tâm.")),
            P(new TextRun("dòng một"), new LineBreak(), new TextRun("- dòng hai")),
            new BulletList([new ListItem([P(new TextRun("một"))], none)], none),
            new BulletList([new ListItem([P(new TextRun("danh sách khác"))], none)], none),
            new Heading(1, [new TextRun("Đề mục kết thúc bằng #")], none),
        };
        var text = SourceWriter.Write(new SourceDocument { Kind = "ke-hoach", Number = "01-KH/CB", IssuingBody = "Chi bộ A", Place = "Hà Nội", Date = "2026-01-15", Signer = "Nguyễn Văn A", Body = body });
        var diagnostics = new VanKien.Diagnostics.DiagnosticBag();
        var read = DocumentReader.Read("x.md", System.Text.Encoding.UTF8.GetBytes(text), diagnostics);
        Assert.True(read is not null, string.Join('\n', diagnostics.Items) + "\n" + text);
        Assert.Equal(body.Length, read.Body.Count);
        for (var i = 0; i < body.Length; i++) Assert.Equal(View(body[i]), View(read.Body[i]));
    }

    /// <summary>A block as a string without where it stands.</summary>
    private static string View(Block block) => block switch
    {
        Paragraph p => "P:" + Runs(p.Content),
        Heading h => $"H{h.Level}:" + Runs(h.Content),
        BulletList l => "UL:" + string.Join("/", l.Items.Select(i => string.Join("+", i.Blocks.Select(View)))),
        _ => block.GetType().Name,
    };

    private static string Runs(IEnumerable<Inline> content) => string.Concat(content.Select(i => i switch
    {
        TextRun r => $"[{(r.Bold ? "b" : "")}{(r.Italic ? "i" : "")}]{r.Text}",
        _ => "<br>",
    }));
}

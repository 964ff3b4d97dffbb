using System.Text;
using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Reading;
using VanKien.Reviewing;
using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Nesting and ranges cost in proportion to the file: the DOCX gate refuses elements nested deeper
/// than <see cref="PackagePart.MaxDepth"/> before any reader walks them (review, textconv, import,
/// a reference template), the review's walk keeps its own stack, comment ranges left open cost
/// nothing, a change cut into many runs costs its length, and import grows lists in place and stops
/// at the document's time budget with VK0009 (README, "Reliability"). Growth is measured here in
/// bytes allocated, which the machine's load does not change; time is measured by the growth
/// benchmark (tests/VanKien.Benchmarks: growth).
/// </summary>
public class NestingAndGrowthTests
{
    public static TheoryData<string> DocxReaders() => new() { "review", "textconv", "import" };

    private static string[] Arguments(string command, string docx, string folder) => command switch
    {
        "review" => ["review", docx, "--source", WriteSource(folder)],
        "textconv" => ["textconv", docx],
        _ => ["import", docx, "-o", Path.Combine(folder, "nhap")],
    };

    private static string WriteSource(string folder)
    {
        var source = Path.Combine(folder, "ctr.md");
        File.WriteAllText(source, ReviewCommentLineBreakTests.Standalone());
        return source;
    }

    [Theory]
    [MemberData(nameof(DocxReaders))]
    public void Runs_nested_100000_deep_are_refused_at_the_gate_not_walked(string command)
    {
        var folder = Repo.NewTempFolder();
        var docx = Path.Combine(folder, "long-nhau.docx");
        File.WriteAllBytes(docx, HostileDocx.NestedRuns(100_000));

        // In a process of its own: a stack overflow cannot be caught, and would end the test run.
        var result = VankienProcess.RunIn(folder, Arguments(command, docx, folder), TimeSpan.FromMinutes(5));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains($"long-nhau.docx:1:1: lỗi {Rules.ImportTooLarge.Id}:", result.Error);
        Assert.Contains($"lồng nhau quá {PackagePart.MaxDepth} cấp", result.Error);
        Assert.DoesNotContain("Stack overflow", result.Error);
        Assert.DoesNotContain("lỗi nội bộ", result.Error);
        Assert.False(Directory.Exists(Path.Combine(folder, "nhap")) && Directory.EnumerateFileSystemEntries(Path.Combine(folder, "nhap")).Any(), "import wrote a source for a refused DOCX");
    }

    [Fact]
    public void Nesting_within_the_bound_reads_as_usual_in_every_reader()
    {
        var docx = HostileDocx.NestedRuns(PackagePart.MaxDepth - 8, "Nội dung lồng sâu");

        var diagnostics = new DiagnosticBag();
        var reviewed = ReviewedDocx.Read("sau.docx", docx, diagnostics);
        Assert.Empty(diagnostics.Items);
        Assert.Equal(["Nội dung lồng sâu"], reviewed!.Original);
        Assert.Equal("Nội dung lồng sâu", VanKien.Diffing.ReadableText.FromDocx("sau.docx", docx, diagnostics)!.Trim());
        Assert.Empty(diagnostics.Items);
    }

    [Fact]
    public void A_reference_template_nested_past_the_bound_is_refused_with_its_rule()
    {
        var folder = Repo.NewTempFolder();
        var source = WriteSource(folder);
        // A DOCX VanKien built, its styles given one element nested 10,000 deep.
        var deep = string.Concat(Enumerable.Repeat("<w:rPr>", 10_000)) + string.Concat(Enumerable.Repeat("</w:rPr>", 10_000));
        var template = Path.Combine(folder, "mau.docx");
        using (var stream = new MemoryStream())
        {
            stream.Write(VanKien.Building.Compiler.Build(source).Docx!);
            using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
            {
                var entry = zip.GetEntry("word/styles.xml")!;
                string styles;
                using (var reader = new StreamReader(entry.Open())) styles = reader.ReadToEnd();
                entry.Delete();
                using var writer = new StreamWriter(zip.CreateEntry("word/styles.xml").Open());
                writer.Write(styles.Replace("</w:styles>", $"<w:style w:type=\"paragraph\" w:styleId=\"Sau\"><w:name w:val=\"Sâu\"/>{deep}</w:style></w:styles>", StringComparison.Ordinal));
            }
            File.WriteAllBytes(template, stream.ToArray());
        }

        var result = VankienProcess.RunIn(folder, ["build", source, "-o", Path.Combine(folder, "out"), "--template", template], TimeSpan.FromMinutes(5));

        Assert.NotEqual(0, result.ExitCode);
        Assert.Contains(Rules.ReferenceRefused.Id, result.Error);
        Assert.Contains($"lồng nhau quá {PackagePart.MaxDepth} cấp", result.Error);
        Assert.DoesNotContain("lỗi nội bộ", result.Error);
    }

    /// <summary>Bytes this thread allocates while <paramref name="work"/> runs.</summary>
    private static long Allocated(Action work)
    {
        var before = GC.GetAllocatedBytesForCurrentThread();
        work();
        return GC.GetAllocatedBytesForCurrentThread() - before;
    }

    [Fact]
    public void Comment_ranges_left_open_cost_memory_in_proportion_to_the_file()
    {
        var docx = HostileDocx.UnclosedRanges(1_500);
        ReviewedDocx? reviewed = null;

        var allocated = Allocated(() => reviewed = ReviewedDocx.Read("mo.docx", docx, new DiagnosticBag()));

        Assert.NotNull(reviewed);
        Assert.Empty(reviewed!.Comments); // none of them ends: none is on any text
        // Reading its XML into a tree costs a few megabytes. Each open range once kept its own copy of
        // every later run's text: 1,500 ranges over 1,500 runs, some 200 MB.
        Assert.True(allocated < 64L * 1024 * 1024, $"{allocated:N0} bytes allocated to read {docx.Length:N0} bytes");
    }

    [Fact]
    public void A_change_cut_into_many_runs_costs_its_length_not_its_square()
    {
        long Reading(int runs) => Allocated(() => Assert.Single(ReviewedDocx.Read("thay.docx", HostileDocx.OneChangeOverRuns(runs), new DiagnosticBag())!.Edits));

        Reading(100); // warm: first use loads and compiles the reader
        var small = Reading(2_000);
        var large = Reading(8_000);

        // Four times the runs: about four times the bytes when linear, sixteen when quadratic.
        Assert.True(large < 6 * small, $"2,000 runs: {small:N0} bytes; 8,000 runs: {large:N0} bytes ({(double)large / small:0.0}×)");
        var edit = ReviewedDocx.Read("thay.docx", HostileDocx.OneChangeOverRuns(3), new DiagnosticBag())!.Edits[0];
        Assert.Equal(("cũ cũ cũ ", "mới mới mới "), (edit.Deleted, edit.Inserted));
    }

    private static byte[] ListLines(int count)
    {
        var text = new StringBuilder("ĐẢNG CỘNG SẢN VIỆT NAM\nCHI BỘ TRƯỜNG MẦM NON\nSố 01-CTr/CB\nHưng An, ngày 05 tháng 8 năm 2025\nCHƯƠNG TRÌNH HÀNH ĐỘNG\nI. MỤC TIÊU\n");
        for (var i = 0; i < count; i++) text.Append($"- Nội dung công việc số {i} của chi bộ trong nhiệm kỳ;\n");
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    [Fact]
    public void Import_grows_a_long_list_in_proportion_to_its_lines()
    {
        long Importing(int lines)
        {
            var bytes = ListLines(lines);
            return Allocated(() => Assert.NotNull(Importer.Import("ds.txt", bytes, new DiagnosticBag()).Source));
        }

        Importing(50);
        var small = Importing(3_000);
        var large = Importing(12_000);

        Assert.True(large < 6 * small, $"3,000 lines: {small:N0} bytes; 12,000 lines: {large:N0} bytes ({(double)large / small:0.0}×)");
        var source = Importer.Import("ds.txt", ListLines(3), new DiagnosticBag()).Source!;
        Assert.Contains("- Nội dung công việc số 0 của chi bộ trong nhiệm kỳ;\n\n- Nội dung công việc số 1", source);
    }

    [Fact]
    public void Import_stops_at_the_documents_time_budget_with_VK0009()
    {
        var diagnostics = new DiagnosticBag();
        // 110,000 list lines (8 MB, under the source limit) against a budget of a thousandth of a second:
        // the work is thousands of times the budget, whatever the machine's load.
        var result = Importer.Import("dai.txt", ListLines(110_000), diagnostics, readerLimits: ReaderLimits.Default with { MaxSecondsPerDocument = 0.001 });

        Assert.Null(result.Source);
        var limit = Assert.Single(diagnostics.Items, d => d.Rule == Rules.Limit);
        Assert.Equal("dai.txt", limit.Location.File);
        Assert.Contains("quá 0,001 giây", limit.Message);
    }
}

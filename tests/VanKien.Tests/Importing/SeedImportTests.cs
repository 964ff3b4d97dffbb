using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Diffing;
using VanKien.Importing;
using VanKien.Tests.Support;

namespace VanKien.Tests.Importing;

/// <summary>
/// The plain-text seeds import into sources that <c>check</c> accepts without errors, and whose
/// built DOCX holds every sentence of the seed, in the seed's order.
/// </summary>
public class SeedImportTests
{
    /// <summary>
    /// What each seed lost (its header block, number, signature): given with --bo-sung, the values
    /// the corresponding sample uses. The importer fills only these gaps; everything else is recognised.
    /// </summary>
    public static TheoryData<string, string> Seeds => new()
    {
        {
            "000_63e18895940b4e1d.txt",
            "so: 05-CTr/CB\nco-quan:\n  cap-tren: Đảng bộ xã Hùng An\nnoi-nhan:\n  - Đảng ủy xã (b/c)\n  - Lưu Chi bộ\n" +
            "ky:\n  tham-quyen: T/M CHI BỘ\n  chuc-vu: BÍ THƯ\n  ho-ten: Nguyễn Thị A\n"
        },
        { "002_6f56a56ccd1cb8ca.txt", "so: 01-CTr/CB\nco-quan:\n  cap-tren: Đảng bộ xã Tiên Cường\ndia-danh: Tiên Cường\nngay: 2023-01-16\n" },
        { "004_2555f30c8b5fe92e.txt", "co-quan:\n  cap-tren: Đảng bộ tỉnh Hưng Yên\n  ban-hanh: Đảng ủy xã Hùng An\ndia-danh: Hùng An\n" },
    };

    /// <summary>Where the import rewrites the seed's letters by the standard: "T/M" for "TM.", the date without its leading zero.</summary>
    private static readonly (string Seed, string Built)[] Corrections =
    [
        ("TM. CHI BỘ", "T/M CHI BỘ"),
        ("ngày 25/03/2026", "ngày 25/3/2026"),
    ];

    internal static (string SourcePath, DiagnosticBag Diagnostics) Import(string seed, string supplement)
    {
        var folder = Repo.NewTempFolder();
        var supplementPath = Path.Combine(folder, "bo-sung.yaml");
        File.WriteAllText(supplementPath, supplement);
        var diagnostics = new DiagnosticBag();
        var loaded = Supplement.Load(supplementPath, diagnostics);
        Assert.NotNull(loaded);
        var seedPath = Path.Combine(Repo.Seeds, seed);
        var result = Importer.Import(seedPath, File.ReadAllBytes(seedPath), diagnostics, loaded);
        Assert.NotNull(result.Source);
        var sourcePath = Path.Combine(folder, Path.ChangeExtension(seed, ".md"));
        File.WriteAllText(sourcePath, result.Source);
        return (sourcePath, diagnostics);
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void Imports_into_a_source_check_accepts(string seed, string supplement)
    {
        var (source, importDiagnostics) = Import(seed, supplement);
        Assert.DoesNotContain(importDiagnostics.Items, d => d.Severity == Severity.Error);

        var check = Compiler.Check(source);

        Assert.True(!check.HasErrors, string.Join("\n", check.Diagnostics.Where(d => d.Severity == Severity.Error)));
    }

    [Theory]
    [MemberData(nameof(Seeds))]
    public void The_built_docx_holds_every_sentence_of_the_seed_in_order(string seed, string supplement)
    {
        var (source, _) = Import(seed, supplement);
        var built = Compiler.Build(source);
        Assert.NotNull(built.Docx);

        var missing = SentenceMatcher.FirstMissing(SeedLines(seed), SentenceMatcher.Words(ReadableText.FromDocx(built.Docx)));

        Assert.True(missing is null, $"not found in order in the import of {seed}: «{missing}»");
    }

    [ExternalToolTheory("pandoc")]
    [MemberData(nameof(Seeds))]
    public void Pandoc_reads_every_sentence_of_the_seed_in_order(string seed, string supplement)
    {
        var (source, _) = Import(seed, supplement);
        var built = Compiler.Build(source);
        var docx = Path.ChangeExtension(source, ".docx");
        File.WriteAllBytes(docx, built.Docx!);

        var words = SentenceMatcher.Words(string.Join(" ", PandocReader.Read(docx).Select(l => l.Text)));

        Assert.Null(SentenceMatcher.FirstMissing(SeedLines(seed), words));
    }

    [Fact]
    public void Targets_keep_their_sentence_and_get_the_value_the_phrase_parser_reads()
    {
        var (source, _) = Import("000_63e18895940b4e1d.txt", Seeds.First()[1].ToString()!);
        var check = Compiler.Check(source);
        var targets = check.Document!.Targets.ToList();

        Assert.Equal(26, targets.Count);
        var admissions = Assert.Single(targets, t => t.Sentence.Value.StartsWith("Thực hiện kết nạp đảng viên mới", StringComparison.Ordinal));
        Assert.Equal("Thực hiện kết nạp đảng viên mới đạt từ 01-02 đảng viên/nhiệm kỳ (đảm bảo nguồn phát triển Đảng).", admissions.Sentence.Value);
        Assert.Equal("1..2 đảng viên", admissions.Value?.ToString());
        Assert.Equal(["Về xây dựng Đảng và hệ thống chính trị", "Về nâng cao chất lượng giáo dục", "Về đội ngũ cán bộ, giáo viên, nhân viên",
                      "Về công tác cải cách hành chính, ứng dụng công nghệ thông tin và chuyển đổi số",
                      "Về xây dựng môi trường giáo dục và an sinh", "Về tham gia phát triển kinh tế - xã hội địa phương"],
            check.Document.TargetGroups.Select(g => g.Title?.Value ?? ""));
    }

    [Fact]
    public void The_frame_is_recognised_from_the_text_and_the_supplement_fills_only_the_gaps()
    {
        var (source, diagnostics) = Import("002_6f56a56ccd1cb8ca.txt", Seeds.Skip(1).First()[1].ToString()!);
        var document = Compiler.Check(source).Document!;

        Assert.Equal("chuong-trinh-hanh-dong", document.Kind.Key);
        Assert.Equal("Chi bộ trường Mầm non Tiên Cường", document.Frame.Bodies.Issuer.Value);
        Assert.Equal("T/M CHI BỘ", document.Frame.Signature?.Authority?.Value);
        Assert.Equal("Vũ Thị Xuyên", document.Frame.Signature?.Name.Value);
        Assert.Equal(4, document.Frame.Recipients.Count);
        Assert.Equal(2, document.Frame.Bases.Count);
        Assert.Contains(diagnostics.Items, d => d.Rule == Rules.ImportCorrected && d.Message.Contains("\"TM. CHI BỘ\"", StringComparison.Ordinal));
        Assert.Contains(diagnostics.Items, d => d.Rule == Rules.ImportCorrected && d.Message.StartsWith("'so'", StringComparison.Ordinal));
    }

    private static IEnumerable<string> SeedLines(string seed) =>
        File.ReadAllLines(Path.Combine(Repo.Seeds, seed)).Select(l => Corrections.Aggregate(l, (text, c) => text.Replace(c.Seed, c.Built, StringComparison.Ordinal)));
}

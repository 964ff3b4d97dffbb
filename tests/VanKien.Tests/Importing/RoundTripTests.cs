using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Diffing;
using VanKien.Importing;
using VanKien.Tests.Support;

namespace VanKien.Tests.Importing;

/// <summary>
/// Build, then import the built DOCX: the source that comes back passes <c>check</c> and builds to
/// the same text, paragraph for paragraph and table row for table row.
/// </summary>
public class RoundTripTests
{
    public static TheoryData<string> Samples => SampleBuilds.All();

    [Theory]
    [MemberData(nameof(Samples))]
    public void Importing_a_built_sample_gives_back_a_source_that_builds_to_the_same_text(string sample)
    {
        var original = SampleBuilds.Docx(SampleBuilds.Full(sample));
        var folder = Repo.NewTempFolder();
        var docxPath = Path.Combine(folder, "ban-goc.docx");
        File.WriteAllBytes(docxPath, original);

        var diagnostics = new DiagnosticBag();
        var imported = Importer.Import(docxPath, original, diagnostics);
        Assert.NotNull(imported.Source);
        Assert.DoesNotContain(diagnostics.Items, d => d.Severity != Severity.Info);
        var sourcePath = Path.Combine(folder, "nhap.md");
        File.WriteAllText(sourcePath, imported.Source);

        var rebuilt = Compiler.Build(sourcePath);

        Assert.True(!rebuilt.HasErrors, string.Join("\n", rebuilt.Diagnostics.Where(d => d.Severity == Severity.Error)));
        var expected = ReadableText.FromDocx(original);
        var actual = ReadableText.FromDocx(rebuilt.Docx!);
        Assert.True(expected.Length > 500, "the sample's text was not read");
        Assert.Equal(expected.Split('\n'), actual.Split('\n'));
    }

    [Fact]
    public void A_target_list_comes_back_as_targets_with_the_values_read_from_their_sentences()
    {
        var original = SampleBuilds.Docx(SampleBuilds.Full("samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md"));
        var imported = Importer.Import("ban-goc.docx", original, new DiagnosticBag());

        var document = imported.Document!;

        Assert.Equal(6, document.Targets.Count);
        Assert.Equal(26, document.Targets.Sum(g => g.Targets.Count));
        Assert.Contains("        gia-tri: \"< 5%\"\n", imported.Source, StringComparison.Ordinal);
        Assert.Contains("::: chi-tieu\n:::", imported.Source, StringComparison.Ordinal);
        Assert.Equal("05-CTr/CB", document.Number);
        Assert.Equal(new DateOnly(2025, 10, 1), document.Date);
        Assert.Equal(["Đảng ủy xã (b/c)", "Đảng viên chi bộ (t/h)", "Lưu Chi bộ"], document.Recipients);
    }
}

/// <summary>A state resolution's enacting authority: printed between the summary and the căn cứ, and read back from VanKien's own DOCX.</summary>
public class EnactingAuthorityTests
{
    [Fact]
    public void The_enacting_authority_prints_above_the_basis_and_comes_back_on_import()
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "nghi-quyet.md");
        File.WriteAllText(source, """
            ---
            loai: nghi-quyet
            the-thuc: nd30-2020
            so: 01/NQ-HĐND
            co-quan: { ban-hanh: Hội đồng nhân dân xã Hùng An }
            dia-danh: Hùng An
            ngay: 2026-07-13
            trich-yeu: Về việc điều chỉnh một số chỉ tiêu năm 2026
            tham-quyen-ban-hanh: [HỘI ĐỒNG NHÂN DÂN XÃ HÙNG AN, KHÓA I - KỲ HỌP THỨ 6]
            can-cu: [Căn cứ Luật Tổ chức chính quyền địa phương]
            noi-nhan: [Như Điều 2, Lưu VT]
            ky: { tham-quyen: TM. HỘI ĐỒNG NHÂN DÂN, chuc-vu: CHỦ TỊCH, ho-ten: Nguyễn Văn An }
            ---

            # QUYẾT NGHỊ {-}

            Điều 1. Điều chỉnh chỉ tiêu thu ngân sách năm 2026.
            """);
        var built = Compiler.Build(source);
        Assert.True(!built.HasErrors, string.Join("\n", built.Diagnostics));
        var text = ReadableText.FromDocx(built.Docx!).Split('\n').Select(l => l.Trim()).ToList();
        var summary = text.FindIndex(l => l.Contains("điều chỉnh một số chỉ tiêu", StringComparison.OrdinalIgnoreCase));
        var basis = text.FindIndex(l => l.StartsWith("Căn cứ Luật", StringComparison.Ordinal));
        var council = text.FindIndex(l => l.Contains("HỘI ĐỒNG NHÂN DÂN XÃ HÙNG AN", StringComparison.Ordinal) && l.Length < 40);
        Assert.True(summary < council && council < basis, string.Join("\n", text));

        var diagnostics = new DiagnosticBag();
        var imported = Importer.Import("nghi-quyet.docx", built.Docx!, diagnostics);
        Assert.Equal(["HỘI ĐỒNG NHÂN DÂN XÃ HÙNG AN", "KHÓA I - KỲ HỌP THỨ 6"], imported.Document!.Enacting);
        Assert.DoesNotContain(diagnostics.Items, d => d.Rule == Rules.ImportUnplaced);
    }
}

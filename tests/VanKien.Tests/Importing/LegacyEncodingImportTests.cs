using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Tests.Support;
using VanKien.Reading;

namespace VanKien.Tests.Importing;

/// <summary>
/// A DOCX typed before Unicode: TCVN3 bytes in a .VnTime font (capitals through .VnTimeH), or
/// VNI-Windows in a VNI- font. The strings below are TCVN3 and VNI as such files hold them, typed
/// from the code tables — not produced by the code under test.
/// </summary>
public class LegacyEncodingImportTests
{
    private static byte[] Document(params (string Font, string Text)[][] paragraphs)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(paragraphs.Select(runs => new Paragraph(runs.Select(run =>
                new Run(new RunProperties(new RunFonts { Ascii = run.Font, HighAnsi = run.Font }), new DocumentFormat.OpenXml.Wordprocessing.Text(run.Text) { Space = SpaceProcessingModeValues.Preserve }))))));
        }
        return stream.ToArray();
    }

    private const string VnTime = ".VnTime";
    private const string VnTimeH = ".VnTimeH";

    [Fact]
    public void A_tcvn3_document_in_VnTime_imports_as_unicode_vietnamese()
    {
        var docx = Document(
            [(VnTimeH, "®¶ng bé x· hïng an")],
            [(VnTimeH, "chi bé tr\u00ADêng mÇm non viÖt hång")],
            [(VnTimeH, "®¶ng céng s¶n viÖt nam")],
            [("Times New Roman", "Số 05-CTr/CB")],
            [(VnTime, "Hïng An, ngµy 01 th¸ng 10 n¨m 2025")],
            [(VnTimeH, "ch\u00AD¬ng tr×nh hµnh ®éng")],
            [(VnTime, "Thùc hiÖn NghÞ quyÕt §¹i héi")],
            [(VnTimeH, "i. môc ®Ých")],
            [(VnTime, "- 100% ®¶ng viªn hoµn thµnh nhiÖm vô.")],
            [(VnTime, "N¬i nhËn:")],
            [(VnTime, "- L\u00ADu Chi bé.")],
            [(VnTimeH, "t/m chi bé")],
            [(VnTimeH, "bÝ th\u00AD")],
            [(VnTime, "NguyÔn ThÞ A")]);
        var folder = Repo.NewTempFolder();
        var path = Path.Combine(folder, "tcvn3.docx");
        File.WriteAllBytes(path, docx);
        var diagnostics = new DiagnosticBag();

        var result = Importer.Import(path, docx, diagnostics);

        var document = result.Document!;
        Assert.Equal("chuong-trinh-hanh-dong", document.Kind);
        Assert.Equal("ĐẢNG BỘ XÃ HÙNG AN", document.SuperiorBody);
        Assert.Equal("CHI BỘ TRƯỜNG MẦM NON VIỆT HỒNG", document.IssuingBody);
        Assert.Equal("05-CTr/CB", document.Number);
        Assert.Equal("Hùng An", document.Place);
        Assert.Equal(new DateOnly(2025, 10, 1), document.Date);
        Assert.Equal("Thực hiện Nghị quyết Đại hội", document.Summary);
        Assert.Equal(new DraftHeading(1, "MỤC ĐÍCH", default), document.Body[0] with { Location = default });
        Assert.Equal("100% đảng viên hoàn thành nhiệm vụ.", Assert.IsType<DraftBullet>(document.Body[1]).Text);
        Assert.Equal(["Lưu Chi bộ"], document.Recipients);
        Assert.Equal(("T/M CHI BỘ", "BÍ THƯ", "Nguyễn Thị A"), (document.Authority, document.Position, document.Signer));
        Assert.Contains(diagnostics.Items, d => d.Rule == Rules.ImportLegacyEncoding && d.Message.StartsWith("13 ", StringComparison.Ordinal));

        // The source is NFC Unicode with no TCVN3 code left, and it checks and builds.
        Assert.True(result.Source!.IsNormalized(System.Text.NormalizationForm.FormC));
        Assert.DoesNotContain(result.Source, c => c is '¬' or '×' or 'µ' or '®' or '\u00AD' or 'Ö');
        var source = Path.Combine(folder, "tcvn3.md");
        File.WriteAllText(source, result.Source);
        var built = Compiler.Build(source);
        Assert.False(built.HasErrors, string.Join("\n", built.Diagnostics));
        Assert.Contains("100% đảng viên hoàn thành nhiệm vụ.", VanKien.Diffing.ReadableText.FromDocx(built.Docx!), StringComparison.Ordinal);
    }

    [Fact]
    public void Only_runs_in_a_legacy_font_are_decoded()
    {
        // The same Latin-1 letters in Times New Roman are Unicode already (a French "µ", a "×" sign).
        var docx = Document([(VnTime, "ch\u00AD¬ng tr×nh"), ("Times New Roman", " 3 × 4 µm")]);

        var lines = DocxLineReader.Read("x.docx", DocxPackage.Open("x.docx", docx, new DiagnosticBag())!).Lines;

        Assert.Equal("chương trình 3 × 4 µm", lines.Single().Text);
    }

    [Fact]
    public void A_vni_document_imports_as_unicode_vietnamese()
    {
        var docx = Document([("VNI-Times", "Chöông trình haønh ñoäng cuûa Chi boä, nhieäm kyø 2025 - 2030")], [("VNI-Times", "ÑAÛNG COÄNG SAÛN VIEÄT NAM")]);

        var lines = DocxLineReader.Read("x.docx", DocxPackage.Open("x.docx", docx, new DiagnosticBag())!).Lines;

        Assert.Equal("Chương trình hành động của Chi bộ, nhiệm kỳ 2025 - 2030", lines[0].Text);
        Assert.Equal("ĐẢNG CỘNG SẢN VIỆT NAM", lines[1].Text);
    }
}

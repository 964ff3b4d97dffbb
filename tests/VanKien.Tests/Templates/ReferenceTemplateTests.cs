using System.Xml.Linq;
using VanKien.Model;
using VanKien.Templates;
using VanKien.Tests.Support;
using VanKien.Writing.Docx;
using static VanKien.Tests.Support.Docx;
using VanKien.Standard;

namespace VanKien.Tests.Templates;

/// <summary>The template pipeline: references in templates/, restyling without code, refusals.</summary>
public class ReferenceTemplateTests
{
    private static string Reference(string kind, string file = "reference.docx") => Path.Combine(Repo.Root, "templates", kind, file);

    public static TheoryData<string> Kinds => new(DocumentKind.All.Select(k => k.Key));

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Each_kind_has_a_description_and_a_reference_in_step_with_the_built_in_styles(string kind)
    {
        var description = TemplateLocator.BuiltInKind(DocumentKind.FromKey(kind)!);
        Assert.Equal(kind, description.Kind.Key);
        var profile = FormatProfile.ByName(description.Profile)!;
        var committed = File.ReadAllBytes(Reference(kind));
        var builtIn = VanKien.Writing.Docx.ReferenceDocuments.BuiltInFor(profile).ToDocx(profile);
        // Compare parts as XML: deflate bytes may differ between runtimes.
        foreach (var part in new[] { "word/styles.xml", "word/document.xml", "word/header1.xml", "word/header2.xml" })
            Assert.True(XNode.DeepEquals(Part(committed, part), Part(builtIn, part)),
                $"templates/{kind}/reference.docx is out of date ({part}); run: dotnet run --project src/VanKien.Cli -- template export {kind} -o templates/{kind}/reference.docx");
        Assert.Empty(ValidationErrors(committed));
    }

    [Fact]
    public void A_restyled_reference_changes_the_output_without_a_code_change()
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "van-ban.md");
        File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), source);
        var before = Build(source, folder, "a");

        // An office opens the reference in Word, sets the body to 13 pt and the left margin to 35 mm, and saves.
        var reference = Restyle(File.ReadAllBytes(Reference("chuong-trinh-hanh-dong")), bodyHalfPoints: "26", leftMarginTwips: "1984");
        Directory.CreateDirectory(Path.Combine(folder, "templates", "chuong-trinh-hanh-dong"));
        File.WriteAllBytes(Path.Combine(folder, "templates", "chuong-trinh-hanh-dong", "reference.docx"), reference);
        var after = Build(source, folder, "b");

        string BodySize(byte[] docx) => Part(docx, "word/styles.xml").Descendants(W + "docDefaults").Descendants(W + "sz").Single().Attribute(W + "val")!.Value;
        string LeftMargin(byte[] docx) => MainDocument(docx).Descendants(W + "pgMar").Last().Attribute(W + "left")!.Value;
        Assert.Equal(("28", "1701"), (BodySize(before), LeftMargin(before)));
        Assert.Equal(("26", "1984"), (BodySize(after), LeftMargin(after)));
        Assert.Empty(ValidationErrors(after));
        // The header block's table follows the new text width (A4 210 mm − 35 − 15).
        Assert.Equal(11906 - 1984 - 850, MainDocument(after).Descendants(W + "tblGrid").First().Elements(W + "gridCol").Sum(c => int.Parse(c.Attribute(W + "w")!.Value)));
    }

    [Fact]
    public void The_template_option_takes_a_reference_for_every_document()
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "van-ban.md");
        File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), source);
        var reference = Path.Combine(folder, "mau-cua-van-phong.docx");
        File.WriteAllBytes(reference, Restyle(File.ReadAllBytes(Reference("chuong-trinh-hanh-dong")), bodyHalfPoints: "30", leftMarginTwips: "1701"));
        var output = Path.Combine(folder, "out");
        Assert.Equal(0, CliRun.Run("build", source, "-o", output, "--template", reference).ExitCode);
        var docx = File.ReadAllBytes(Path.Combine(output, "van-ban.docx"));
        Assert.Equal("30", Part(docx, "word/styles.xml").Descendants(W + "docDefaults").Descendants(W + "sz").Single().Attribute(W + "val")!.Value);
    }

    [Fact]
    public void A_reference_without_a_needed_style_is_reported_and_the_built_in_style_is_used()
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "van-ban.md");
        File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), source);
        var reference = Path.Combine(folder, "thieu-kieu.docx");
        File.WriteAllBytes(reference, WithoutStyle(File.ReadAllBytes(Reference("chuong-trinh-hanh-dong")), "VkNationalLine"));

        var result = CliRun.Run("build", source, "-o", Path.Combine(folder, "out"), "--template", reference);

        Assert.Equal(0, result.ExitCode);
        Assert.Contains("cảnh báo VK0502: tệp mẫu thiếu kiểu (style) 'VkNationalLine'", Assert.Single(result.DiagnosticLines));
        var docx = File.ReadAllBytes(Path.Combine(folder, "out", "van-ban.docx"));
        Assert.Contains(Part(docx, "word/styles.xml").Descendants(W + "style"), s => s.Attribute(W + "styleId")?.Value == "VkNationalLine");
    }

    [Theory]
    [InlineData("mau.docm")]
    [InlineData("mau.dotm")]
    public void A_macro_enabled_reference_is_refused(string name)
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "van-ban.md");
        File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), source);
        File.Copy(Reference("chuong-trinh-hanh-dong"), Path.Combine(folder, name));

        var result = CliRun.Run("build", source, "-o", Path.Combine(folder, "out"), "--template", Path.Combine(folder, name));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains("lỗi VK0501: tệp mẫu có macro", Assert.Single(result.DiagnosticLines));
        Assert.False(Directory.Exists(Path.Combine(folder, "out")) && Directory.EnumerateFiles(Path.Combine(folder, "out")).Any());
    }

    [Fact]
    public void A_file_that_is_not_a_docx_is_refused_as_a_reference()
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "van-ban.md");
        File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), source);
        File.WriteAllText(Path.Combine(folder, "mau.docx"), "không phải DOCX");
        var result = CliRun.Run("build", source, "-o", Path.Combine(folder, "out"), "--template", Path.Combine(folder, "mau.docx"));
        Assert.Equal(1, result.ExitCode);
        Assert.Contains("lỗi VK0501: không đọc được tệp mẫu DOCX", Assert.Single(result.DiagnosticLines));
    }

    [Fact]
    public void Template_export_writes_a_valid_reference_that_uses_every_style()
    {
        var target = Path.Combine(Repo.NewTempFolder(), "mau-ke-hoach.docx");
        Assert.Equal(0, CliRun.Run("template", "export", "ke-hoach", "--the-thuc", "nd30-2020", "-o", target).ExitCode);
        var docx = File.ReadAllBytes(target);
        Assert.Empty(ValidationErrors(docx));
        var used = MainDocument(docx).Descendants(W + "pStyle").Select(s => s.Attribute(W + "val")!.Value).ToHashSet();
        Assert.Superset(StyleIds.All.ToHashSet(), used);
        Assert.Superset(used, StyleIds.All.ToHashSet());
        Assert.Equal("24", Part(docx, "word/styles.xml").Descendants(W + "style").Single(s => s.Attribute(W + "styleId")?.Value == "VkNationalLine").Descendants(W + "sz").Single().Attribute(W + "val")!.Value);
    }

    private static byte[] Build(string source, string folder, string name)
    {
        var output = Path.Combine(folder, "out-" + name);
        var result = CliRun.Run("build", source, "-o", output);
        Assert.True(result.ExitCode == 0, result.Error);
        return File.ReadAllBytes(Path.Combine(output, "van-ban.docx"));
    }

    /// <summary>What Word would save after the office changes the default font size and the left margin.</summary>
    private static byte[] Restyle(byte[] docx, string bodyHalfPoints, string leftMarginTwips) => Edit(docx, (styles, document) =>
    {
        foreach (var size in styles.Descendants(W + "docDefaults").Descendants().Where(e => e.Name == W + "sz" || e.Name == W + "szCs"))
            size.SetAttributeValue(W + "val", bodyHalfPoints);
        foreach (var size in styles.Descendants(W + "style").Where(s => s.Attribute(W + "styleId")?.Value == "Normal").Descendants().Where(e => e.Name == W + "sz" || e.Name == W + "szCs"))
            size.SetAttributeValue(W + "val", bodyHalfPoints);
        document.Descendants(W + "pgMar").Last().SetAttributeValue(W + "left", leftMarginTwips);
    });

    private static byte[] WithoutStyle(byte[] docx, string styleId) => Edit(docx, (styles, _) =>
        styles.Descendants(W + "style").Single(s => s.Attribute(W + "styleId")?.Value == styleId).Remove());

    private static byte[] Edit(byte[] docx, Action<XDocument, XDocument> edit)
    {
        var copy = new MemoryStream();
        copy.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(copy, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            XDocument Load(string name) { using var s = zip.GetEntry(name)!.Open(); return XDocument.Load(s); }
            void Save(string name, XDocument xml) { zip.GetEntry(name)!.Delete(); using var s = zip.CreateEntry(name).Open(); xml.Save(s); }
            var styles = Load("word/styles.xml");
            var document = Load("word/document.xml");
            edit(styles, document);
            Save("word/styles.xml", styles);
            Save("word/document.xml", document);
        }
        return copy.ToArray();
    }
}

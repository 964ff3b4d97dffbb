using System.Xml.Linq;
using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Writing;

/// <summary>
/// What Word reads beside the text: the document's properties (title, subject, author), written
/// from the document and dated by it so that builds stay byte-identical, and the settings a
/// Vietnamese Word has (default tab stop, decimal comma, list separator).
/// </summary>
public class WordFidelityTests
{
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    [Fact]
    public void Every_sample_carries_its_properties_and_settings_and_builds_to_the_same_bytes_twice()
    {
        foreach (var source in Repo.SampleSources())
        {
            var folder = Repo.NewTempFolder();
            byte[] Build(string name)
            {
                var output = Path.Combine(folder, name);
                var result = CliRun.Run("build", source, "-o", output, "--force");
                Assert.True(result.ExitCode == 0, result.Error);
                return File.ReadAllBytes(Directory.GetFiles(output, "*.docx").Single());
            }
            var docx = Build("a");
            Assert.Equal(docx, Build("b"));
            Assert.Empty(ValidationErrors(docx));

            var core = Part(docx, "docProps/core.xml").Root!;
            var text = File.ReadAllText(source);
            var number = System.Text.RegularExpressions.Regex.Match(text, @"(?m)^so: (\S+)").Groups[1].Value;
            Assert.Contains(number, core.Element(Dc + "title")!.Value);
            Assert.False(string.IsNullOrWhiteSpace(core.Element(Dc + "subject")!.Value));
            Assert.False(string.IsNullOrWhiteSpace(core.Element(Dc + "creator")!.Value));
            Assert.Equal("VanKien", Part(docx, "docProps/app.xml").Root!.Elements().First(e => e.Name.LocalName == "Application").Value);

            var settings = Part(docx, "word/settings.xml").Root!;
            Assert.Equal("720", settings.Element(W + "defaultTabStop")?.Attribute(W + "val")?.Value);
            Assert.Equal(",", settings.Element(W + "decimalSymbol")?.Attribute(W + "val")?.Value);
            Assert.Equal(";", settings.Element(W + "listSeparator")?.Attribute(W + "val")?.Value);

            // A recipient running onto a second line hangs under its text.
            var styles = Part(docx, "word/styles.xml").Root!.Elements(W + "style").ToList();
            XElement Style(string id) => styles.Single(s => s.Attribute(W + "styleId")?.Value == id);
            Assert.Equal("170", Style("VkRecipient").Descendants(W + "ind").Single().Attribute(W + "hanging")?.Value);
            // A heading of two lines is not stretched as justified text is.
            foreach (var heading in new[] { "Heading1", "Heading2", "Heading3", "Heading4" })
                Assert.Equal("left", Style(heading).Descendants(W + "jc").Single().Attribute(W + "val")?.Value);

            // The font table and the theme name the document's face, so a style Word applies from its own gallery keeps it.
            Assert.Contains("Times New Roman", Part(docx, "word/fontTable.xml").Root!.Elements(W + "font").Select(f => f.Attribute(W + "name")?.Value));
            XNamespace a = "http://schemas.openxmlformats.org/drawingml/2006/main";
            var theme = Part(docx, "word/theme/theme1.xml").Root!;
            Assert.Equal(["Times New Roman", "Times New Roman"], theme.Descendants(a + "latin").Select(l => l.Attribute("typeface")?.Value));

            // The page number keeps no cached result: one header serves every page.
            var header = Part(docx, "word/header1.xml").Root!;
            var field = header.Descendants(W + "fldSimple").Single();
            Assert.Contains("PAGE", field.Attribute(W + "instr")!.Value);
            Assert.Empty(field.Descendants(W + "t"));

            // 30 mm for the signature and the seal, between the position and the name.
            var room = Part(docx, "word/document.xml").Root!.Descendants(W + "p")
                .Single(p => p.Descendants(W + "pStyle").Any(s => s.Attribute(W + "val")?.Value == "VkSignature"));
            Assert.Equal(("1701", "exact"), (room.Descendants(W + "spacing").Single().Attribute(W + "line")?.Value, room.Descendants(W + "spacing").Single().Attribute(W + "lineRule")?.Value));
        }
    }

    [Fact]
    public void A_references_page_number_field_loses_its_cached_number_simple_or_complex()
    {
        var header = System.Text.Encoding.UTF8.GetBytes(
            "<w:hdr xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:p>" +
            "<w:fldSimple w:instr=\" PAGE \"><w:r><w:t>7</w:t></w:r></w:fldSimple>" +
            "<w:r><w:fldChar w:fldCharType=\"begin\"/></w:r><w:r><w:instrText> PAGE </w:instrText></w:r><w:r><w:fldChar w:fldCharType=\"separate\"/></w:r>" +
            "<w:r><w:t>9</w:t></w:r><w:r><w:fldChar w:fldCharType=\"end\"/></w:r><w:r><w:t>trang</w:t></w:r></w:p></w:hdr>");
        var clean = XDocument.Parse(System.Text.Encoding.UTF8.GetString(VanKien.Writing.Docx.HeaderSanitizer.Clean(XDocument.Parse(System.Text.Encoding.UTF8.GetString(header)))));
        Assert.Equal(["trang"], clean.Descendants(W + "t").Select(t => t.Value));
        Assert.Single(clean.Descendants(W + "fldSimple"));
        Assert.Equal(2, clean.Descendants(W + "fldChar").Count(c => c.Attribute(W + "fldCharType")?.Value is "begin" or "end"));
    }
}

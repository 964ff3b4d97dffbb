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
            var recipient = Part(docx, "word/styles.xml").Root!.Elements(W + "style").Single(s => s.Attribute(W + "styleId")?.Value == "VkRecipient");
            Assert.Equal("170", recipient.Descendants(W + "ind").Single().Attribute(W + "hanging")?.Value);
        }
    }
}

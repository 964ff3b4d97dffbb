using System.Text;
using System.Xml.Linq;
using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Any name the file system allows builds: a long Vietnamese name (the temporary file beside the output
/// must not pass the 255-byte limit the output itself keeps), and a name holding a character XML cannot
/// carry (the DOCX's custom properties, which record the source's path, must stay XML).
/// </summary>
public class FileNameTests
{
    private const string Source = MinimalSources.WorkProgramme;

    /// <summary>A Vietnamese stem of exactly <paramref name="bytes"/> UTF-8 bytes (NFC), letters of 1, 2 and 3 bytes mixed.</summary>
    private static string Stem(int bytes)
    {
        var words = "chương-trình-công-tác-năm-hai-nghìn-không-trăm-hai-mươi-sáu-của-chi-bộ-trường-mầm-non-việt-hồng-";
        var s = new StringBuilder();
        foreach (var rune in string.Concat(Enumerable.Repeat(words, 10)).EnumerateRunes())
        {
            if (Encoding.UTF8.GetByteCount(s.ToString()) + rune.Utf8SequenceLength > bytes) break;
            s.Append(rune.ToString());
        }
        while (Encoding.UTF8.GetByteCount(s.ToString()) < bytes) s.Append('a');
        return s.ToString();
    }

    [Theory]
    [InlineData(180)]
    [InlineData(210)]
    [InlineData(245)] // the longest whose ".docx" output still fits in 255 bytes, beside its ".md" source of 248
    public void A_long_vietnamese_name_builds(int stemBytes)
    {
        var folder = Repo.NewTempFolder();
        var stem = Stem(stemBytes);
        var source = Path.Combine(folder, stem + ".md");
        File.WriteAllText(source, Source);
        var output = Path.Combine(folder, "out");
        var build = CliRun.Run("build", source, "-o", output);
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        Assert.True(File.Exists(Path.Combine(output, stem + ".docx")), string.Join(", ", Directory.GetFiles(output)));
        Assert.Empty(Directory.EnumerateFiles(output, "*.tmp", SearchOption.AllDirectories));
    }

    [Theory]
    [InlineData("van\u001Bban")]
    [InlineData("van\u0001ban")]
    [InlineData("van\u007Fban")]
    public void A_name_holding_a_character_xml_cannot_carry_gives_a_docx_whose_properties_are_xml(string stem)
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, stem + ".md");
        File.WriteAllText(source, Source);
        var output = Path.Combine(folder, "out");
        var build = CliRun.Run("build", source, "-o", output);
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        var docx = File.ReadAllBytes(Directory.GetFiles(output, "*.docx").Single());
        var custom = Docx.Part(docx, "docProps/custom.xml"); // throws when it is not XML
        var recorded = custom.Descendants().Single(e => e.Attribute("name")?.Value == "VanKien.Source").Value;
        Assert.DoesNotContain(recorded, c => c < ' ' && c is not ('\t' or '\n' or '\r'));
        Assert.StartsWith("van", recorded);
        Assert.Empty(Docx.ValidationErrors(docx));
    }
}

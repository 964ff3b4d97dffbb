using System.IO.Compression;
using System.Text;
using VanKien.Tests.Support;

namespace VanKien.Tests.Importing;

/// <summary>
/// A DOCX from e-mail may be hostile. Each of these is refused with its own diagnostic and exit 1,
/// and the output folder stays empty: no source, no temporary file.
/// </summary>
public class HostileDocxTests
{
    private const string ContentTypes =
        "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">" +
        "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>";

    private const string DocumentStart = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>";

    private const string Body =
        "<w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body>" +
        "<w:p><w:r><w:t>KẾ HOẠCH</w:t></w:r></w:p><w:p><w:r><w:t>&xxe;</w:t></w:r></w:p></w:body></w:document>";

    private static byte[] Zip(params (string Name, byte[] Content)[] entries) => ZipPackage.Of(entries);

    private static CliRun.Result Import(byte[] docx, string name = "thu-den.docx")
    {
        var folder = Repo.NewTempFolder();
        var input = Path.Combine(folder, name);
        File.WriteAllBytes(input, docx);
        var output = Path.Combine(folder, "nguon");
        var result = CliRun.Run("import", input, "-o", output);
        Assert.False(Directory.Exists(output) && Directory.EnumerateFileSystemEntries(output).Any(), "something was written");
        return result;
    }

    [Fact]
    public void A_part_declaring_an_xml_version_other_than_1_is_damaged_not_a_crash()
    {
        // Found by the coverage-guided fuzzer: XmlDocument throws ArgumentException, not XmlException, for it.
        var docx = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)),
            ("word/document.xml", Encoding.UTF8.GetBytes("<?xml version=\"2.0\"?><w:document xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\"><w:body/></w:document>")));
        var result = Import(docx);
        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.DiagnosticLines, l => l.Contains("lỗi VK0602", StringComparison.Ordinal));
        Assert.DoesNotContain("lỗi nội bộ", result.Error);
    }

    [Fact]
    public void A_zip_bomb_is_refused_by_its_compression_ratio()
    {
        var padding = new string(' ', 24 * 1024 * 1024);
        var bomb = Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)),
            ("word/document.xml", Encoding.UTF8.GetBytes(DocumentStart + Body.Replace("&xxe;", padding, StringComparison.Ordinal))));
        Assert.True(bomb.Length < 200 * 1024, "the bomb should be small on disk");

        var result = Import(bomb);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.DiagnosticLines, l => l.Contains("lỗi VK0603", StringComparison.Ordinal) && l.Contains("bom zip", StringComparison.Ordinal));
    }

    [Fact]
    public void A_package_of_too_many_entries_is_refused()
    {
        var entries = Enumerable.Range(0, 1500).Select(i => ($"word/media/a{i}.xml", new byte[] { 32 })).ToArray();

        var result = Import(Zip([("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), .. entries]));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.DiagnosticLines, l => l.Contains("lỗi VK0603", StringComparison.Ordinal) && l.Contains("1.501 mục", StringComparison.Ordinal));
    }

    [Fact]
    public void A_docx_with_an_external_entity_is_refused_and_the_entity_is_never_read()
    {
        var secret = Path.Combine(Repo.NewTempFolder(), "bi-mat.txt");
        File.WriteAllText(secret, "MẬT KHẨU");
        var xml = DocumentStart + $"<!DOCTYPE w:document [<!ENTITY xxe SYSTEM \"file://{secret}\">]>" + Body;

        var result = Import(Zip(("[Content_Types].xml", Encoding.UTF8.GetBytes(ContentTypes)), ("word/document.xml", Encoding.UTF8.GetBytes(xml))));

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.DiagnosticLines, l => l.Contains("lỗi VK0604", StringComparison.Ordinal));
        Assert.DoesNotContain("MẬT KHẨU", result.Output + result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_truncated_docx_is_refused()
    {
        var whole = SampleBuilds.Docx(SampleBuilds.Full("samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md"));

        var result = Import(whole[..(whole.Length / 2)]);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.DiagnosticLines, l => l.Contains("lỗi VK0602", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("text")]
    [InlineData("png")]
    [InlineData("doc")]
    [InlineData("zip")]
    public void A_file_that_is_not_a_docx_but_named_so_is_refused(string what)
    {
        var bytes = what switch
        {
            "text" => Encoding.UTF8.GetBytes("CHƯƠNG TRÌNH HÀNH ĐỘNG\nThực hiện Nghị quyết\n"),
            "png" => [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0x0D],
            "doc" => [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, 0, 0, 0, 0],
            _ => Zip(("readme.txt", Encoding.UTF8.GetBytes("không phải văn bản"))),
        };

        var result = Import(bytes);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.DiagnosticLines, l => l.Contains("lỗi VK0601", StringComparison.Ordinal));
    }

    [Fact]
    public void An_existing_source_is_not_overwritten()
    {
        var folder = Repo.NewTempFolder();
        var input = Path.Combine(folder, "cu.txt");
        File.Copy(Path.Combine(Repo.Seeds, "002_6f56a56ccd1cb8ca.txt"), input);
        var output = Path.Combine(folder, "nguon");
        Directory.CreateDirectory(output);
        File.WriteAllText(Path.Combine(output, "cu.md"), "bản đang sửa");

        var result = CliRun.Run("import", input, "-o", output);

        Assert.Equal(1, result.ExitCode);
        Assert.Contains(result.DiagnosticLines, l => l.Contains("lỗi VK0614", StringComparison.Ordinal));
        Assert.Equal("bản đang sửa", File.ReadAllText(Path.Combine(output, "cu.md")));
        Assert.Equal(0, CliRun.Run("import", input, "-o", output, "--ghi-de").ExitCode);
        Assert.StartsWith("---", File.ReadAllText(Path.Combine(output, "cu.md")), StringComparison.Ordinal);
    }
}

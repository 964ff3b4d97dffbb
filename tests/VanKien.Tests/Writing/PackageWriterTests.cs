using System.IO.Compression;
using DocumentFormat.OpenXml.Packaging;
using VanKien.Tests.Support;
using VanKien.Writing.Packaging;

namespace VanKien.Tests.Writing;

/// <summary>
/// VanKien zips its packages itself (a part every output shares is deflated once per process):
/// what it writes must read back, entry by entry and CRC by CRC, with System.IO.Compression and the
/// Open XML SDK, and its bytes must not depend on the system that wrote them.
/// </summary>
public class PackageWriterTests
{
    private static byte[] SampleDocx(string sample = "chi-bo-mam-non-viet-hong/bao-cao-2025.md")
    {
        var document = VanKien.Reading.DocumentReader.ReadFile(Path.Combine(Repo.Samples, sample), new VanKien.Diagnostics.DiagnosticBag())!;
        return VanKien.Writing.Docx.DocxWriter.Write(document, VanKien.Templates.TemplateLocator.Default.For(document).Template);
    }

    [Fact]
    public void A_docx_reads_back_entry_by_entry_in_package_order_with_fixed_stamps()
    {
        using var zip = new ZipArchive(new MemoryStream(SampleDocx()), ZipArchiveMode.Read);
        var names = zip.Entries.Select(e => e.FullName).ToList();
        Assert.Equal("[Content_Types].xml", names[0]);
        Assert.Equal("_rels/.rels", names[1]);
        Assert.Equal(names.Skip(2).Order(StringComparer.Ordinal), names.Skip(2));
        Assert.Contains("word/document.xml", names);
        Assert.Contains("word/_rels/document.xml.rels", names);
        foreach (var entry in zip.Entries)
        {
            // Reading to the end checks the entry's CRC-32 and length against its header.
            using var content = new MemoryStream();
            using (var stream = entry.Open()) stream.CopyTo(content);
            Assert.Equal(entry.Length, content.Length);
            Assert.True(content.Length > 0, entry.FullName);
            Assert.Equal(new DateTime(1980, 1, 1), entry.LastWriteTime.DateTime);
            // A Unix file readable by all, whichever system wrote it.
            Assert.Equal(unchecked((int)0x81A40000), entry.ExternalAttributes);
        }
    }

    [Fact]
    public void The_sdk_finds_every_part_by_its_relationship()
    {
        using var package = WordprocessingDocument.Open(new MemoryStream(SampleDocx()), false);
        var main = package.MainDocumentPart!;
        Assert.Contains("Báo cáo", main.Document.Body!.InnerText, StringComparison.OrdinalIgnoreCase);
        Assert.NotNull(main.StyleDefinitionsPart?.Styles);
        Assert.NotNull(main.DocumentSettingsPart?.Settings);
        Assert.NotNull(main.FontTablePart?.Fonts);
        Assert.NotNull(main.ThemePart?.Theme);
        Assert.Equal(2, main.HeaderParts.Count());
        Assert.Equal("rIdHeaderDefault", main.GetIdOfPart(main.HeaderParts.First(h => h.Header.InnerXml.Contains("PAGE"))));
        Assert.NotNull(package.CoreFilePropertiesPart);
        Assert.NotNull(package.ExtendedFilePropertiesPart);
        Assert.Contains("VanKien.SourceSha256", package.CustomFilePropertiesPart!.Properties.OuterXml);
    }

    [Fact]
    public void Two_documents_share_the_reference_parts_byte_for_byte_and_differ_in_their_own()
    {
        static Dictionary<string, byte[]> Raw(byte[] docx)
        {
            using var zip = new ZipArchive(new MemoryStream(docx), ZipArchiveMode.Read);
            return zip.Entries.ToDictionary(e => e.FullName, e => { using var s = e.Open(); using var m = new MemoryStream(); s.CopyTo(m); return m.ToArray(); });
        }
        var a = Raw(SampleDocx());
        var b = Raw(SampleDocx("chi-bo-mam-non-viet-hong/chuong-trinh-cong-tac-2026.md"));
        foreach (var shared in new[] { "word/styles.xml", "word/settings.xml", "word/fontTable.xml", "word/theme/theme1.xml", "word/header1.xml", "word/header2.xml", "docProps/app.xml" })
            Assert.Equal(a[shared], b[shared]);
        Assert.NotEqual(a["word/document.xml"], b["word/document.xml"]);
        Assert.NotEqual(a["docProps/core.xml"], b["docProps/core.xml"]);
    }

    [Fact]
    public void An_empty_entry_is_stored_and_a_non_ascii_name_is_marked_utf8()
    {
        var bytes = DeterministicZip.Write([("trống.txt", DeflatedPart.Of([])), ("a.xml", DeflatedPart.Of("<a>Hùng An</a>"u8))]);
        using var zip = new ZipArchive(new MemoryStream(bytes), ZipArchiveMode.Read);
        Assert.Equal(["trống.txt", "a.xml"], zip.Entries.Select(e => e.FullName));
        Assert.Equal(0, zip.Entries[0].CompressedLength);
        using var reader = new StreamReader(zip.Entries[1].Open());
        Assert.Equal("<a>Hùng An</a>", reader.ReadToEnd());
        // The general-purpose flag's bit 11 in the first local header: the name is UTF-8.
        Assert.Equal(1 << 11, BitConverter.ToUInt16(bytes, 6) & (1 << 11));
    }

    [Fact]
    public void Normalizing_sorts_the_entries_and_is_stable()
    {
        using var input = new MemoryStream();
        using (var zip = new ZipArchive(input, ZipArchiveMode.Create, leaveOpen: true))
            foreach (var name in new[] { "word/z.xml", "_rels/.rels", "word/a.xml", "[Content_Types].xml" })
                using (var writer = new StreamWriter(zip.CreateEntry(name).Open())) writer.Write($"<{name.Length}/>");
        var once = DeterministicPackage.Normalize(input.ToArray());
        Assert.Equal(once, DeterministicPackage.Normalize(once));
        using var read = new ZipArchive(new MemoryStream(once), ZipArchiveMode.Read);
        Assert.Equal(["[Content_Types].xml", "_rels/.rels", "word/a.xml", "word/z.xml"], read.Entries.Select(e => e.FullName));
    }
}

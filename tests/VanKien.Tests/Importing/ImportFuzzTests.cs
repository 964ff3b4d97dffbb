using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Tests.Robustness;
using VanKien.Tests.Support;

namespace VanKien.Tests.Importing;

/// <summary>
/// Mutated seeds and mutated DOCX packages end in a source or in diagnostics — never an exception.
/// (A DOCX mutated byte by byte is mostly refused by its CRC; the package-level mutations below
/// reach the XML and the recogniser.)
/// </summary>
[Trait("Speed", "Slow")]
public class ImportFuzzTests
{
    [Fact]
    public void Mutated_plain_text_documents_import_or_are_refused_with_a_diagnostic()
    {
        var seeds = Directory.GetFiles(Repo.Seeds).Select(File.ReadAllBytes).ToArray();
        var mutator = new Mutator(7);
        for (var i = 0; i < 3000; i++)
        {
            var input = mutator.Mutate(seeds[i % seeds.Length]);
            var diagnostics = new DiagnosticBag();
            var result = Importer.Import($"fuzz-{i}.txt", input, diagnostics);
            Assert.True(result.Source is not null || diagnostics.HasErrors, $"input {i}: no source and no error");
        }
    }

    [Fact]
    public void Mutated_docx_documents_import_or_are_refused_with_a_diagnostic()
    {
        var docx = SampleBuilds.Docx(SampleBuilds.Full("samples/dang-uy-xa-hung-an/chuong-trinh-hanh-dong-16-giao-duc.md"));
        var xml = System.Text.Encoding.UTF8.GetBytes(Docx.MainDocument(docx).ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
        var mutator = new Mutator(11);
        for (var i = 0; i < 300; i++)
        {
            // Whole-file mutations exercise the gate; part mutations re-zipped exercise the reader.
            var input = i % 3 == 0 ? mutator.Mutate(docx) : Repack(docx, mutator.Mutate(xml));
            var diagnostics = new DiagnosticBag();
            var result = Importer.Import($"fuzz-{i}.docx", input, diagnostics);
            Assert.True(result.Source is not null || diagnostics.HasErrors, $"input {i}: no source and no error");
        }
    }

    private static byte[] Repack(byte[] docx, byte[] documentXml)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var entry = zip.CreateEntry("word/document.xml").Open();
            entry.Write(documentXml);
        }
        return stream.ToArray();
    }
}

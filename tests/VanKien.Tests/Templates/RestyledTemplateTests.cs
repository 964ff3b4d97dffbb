using System.IO.Compression;
using System.Text;
using System.Text.RegularExpressions;
using System.Xml.Linq;
using VanKien.Model;
using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Templates;

/// <summary>
/// "Export the reference, restyle it in your office suite, put it back": a reference saved by
/// LibreOffice (which rewrites style ids from names) or written the way Word writes styles (latent
/// styles, aliases, localized names) still restyles the output, and VanKien's own ids stay.
/// </summary>
[Trait("Speed", "Slow")]
public partial class RestyledTemplateTests
{
    /// <summary>One sample source of each kind.</summary>
    private static Dictionary<string, string> SampleOfEachKind() =>
        Repo.SampleSources()
            .Select(path => (path, kind: KindLine().Match(File.ReadAllText(path)).Groups[1].Value))
            .Where(s => DocumentKind.FromKey(s.kind) is not null)
            .GroupBy(s => s.kind)
            .ToDictionary(g => g.Key, g => g.OrderBy(s => s.path, StringComparer.Ordinal).First().path);

    /// <summary>Each kind's reference exported, then opened and saved by LibreOffice (what open-and-save does).</summary>
    private static Dictionary<string, string> SavedByLibreOffice(string folder, IEnumerable<string> kinds)
    {
        var exported = Path.Combine(folder, "exported");
        Directory.CreateDirectory(exported);
        var files = kinds.Select(kind =>
        {
            var path = Path.Combine(exported, $"{kind}.docx");
            Assert.Equal(0, CliRun.Run("template", "export", kind, "-o", path).ExitCode);
            return path;
        }).ToList();
        var saved = Path.Combine(folder, "saved");
        var profile = new Uri(Path.Combine(folder, "lo-profile")).AbsoluteUri;
        var convert = ExternalTool.Run("soffice", ["--headless", "--norestore", $"-env:UserInstallation={profile}", "--convert-to", "docx", "--outdir", saved, .. files], TimeSpan.FromMinutes(5));
        Assert.True(convert.ExitCode == 0, convert.Error);
        return kinds.ToDictionary(k => k, k => Path.Combine(saved, $"{k}.docx"));
    }

    /// <summary>Rewrites one part of a package in place.</summary>
    private static void Edit(string docx, string part, Func<string, string> change)
    {
        using var zip = ZipFile.Open(docx, ZipArchiveMode.Update);
        var entry = zip.GetEntry(part) ?? throw new InvalidOperationException($"no {part}");
        string text;
        using (var reader = new StreamReader(entry.Open())) text = reader.ReadToEnd();
        entry.Delete();
        using var writer = new StreamWriter(zip.CreateEntry(part).Open(), new UTF8Encoding(false));
        writer.Write(change(text));
    }

    /// <summary>The size (half-points) a style of the output sets, by id.</summary>
    private static string? Size(byte[] docx, string styleId) =>
        Part(docx, "word/styles.xml").Root!.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == styleId)
            .Descendants(W + "sz").FirstOrDefault()?.Attribute(W + "val")?.Value;

    private static string? LeftMargin(byte[] docx) =>
        MainDocument(docx).Descendants(W + "pgMar").First().Attribute(W + "left")?.Value;

    [ExternalToolFact("soffice", "pdftotext")]
    public void A_reference_saved_by_libreoffice_and_restyled_keeps_working_for_every_kind()
    {
        var folder = Repo.NewTempFolder();
        var samples = SampleOfEachKind();
        Assert.Equal(DocumentKind.All.Select(k => k.Key).Order(), samples.Keys.Order());
        var saved = SavedByLibreOffice(folder, samples.Keys);

        foreach (var (kind, sample) in samples)
        {
            var reference = saved[kind];
            // LibreOffice kept the names and rewrote the ids: what made every style "missing" before.
            var styles = Encoding.UTF8.GetString(PartBytes(reference, "word/styles.xml"));
            Assert.Contains("w:styleId=\"VKKindtitle\"", styles);
            Assert.DoesNotContain("w:styleId=\"VkKindTitle\"", styles);

            // Restyle as the suite would have written it: the kind title at 20 pt, the left margin 40 mm.
            Edit(reference, "word/styles.xml", t => Regex.Replace(t, "(w:styleId=\"VKKindtitle\">.*?<w:sz w:val=\")[0-9]+", "${1}40", RegexOptions.Singleline));
            Edit(reference, "word/document.xml", t => Regex.Replace(t, "(<w:pgMar [^>]*w:left=\")[0-9]+", "${1}2268"));

            var output = Path.Combine(folder, "out", kind);
            var build = CliRun.Run("build", sample, "-o", output, "--template", reference, "--format", "docx,pdf");
            Assert.True(build.ExitCode == 0, build.Error);
            Assert.DoesNotContain("VK0502", build.Error);
            var docx = File.ReadAllBytes(Directory.GetFiles(output, "*.docx").Single());
            Assert.Empty(ValidationErrors(docx));
            Assert.Equal("40", Size(docx, "VkKindTitle"));   // the changed size, under VanKien's own id
            Assert.Equal("2268", LeftMargin(docx));           // the changed margin

            // And as LibreOffice lays it out: the title's words are 20 pt tall, the body starts 40 mm in.
            var pdf = Directory.GetFiles(output, "*.pdf").Single();
            var page = PdfRendering.Boxes(pdf)[0];
            var title = KindTitleWords(kind);
            var titleWord = page.Words.First(w => w.Text == title);
            Assert.InRange(titleWord.YMax - titleWord.YMin, 18, 26);
            var left = page.Words.Min(w => w.XMin);
            Assert.InRange(left, 40 / 25.4 * 72 - 2, 40 / 25.4 * 72 + 40);
        }
    }

    private static string KindTitleWords(string kind) => DocumentKind.FromKey(kind)!.Title.ToUpperInvariant().Split(' ')[0];

    private static byte[] PartBytes(string docx, string part)
    {
        using var zip = ZipFile.OpenRead(docx);
        using var stream = zip.GetEntry(part)!.Open();
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        return memory.ToArray();
    }

    [Fact]
    public void A_style_renamed_by_hand_is_still_reported_missing_by_its_name()
    {
        var folder = Repo.NewTempFolder();
        var reference = Path.Combine(folder, "mau.docx");
        Assert.Equal(0, CliRun.Run("template", "export", "chuong-trinh-hanh-dong", "-o", reference).ExitCode);
        Edit(reference, "word/styles.xml", t => t
            .Replace("w:styleId=\"VkTableText\"", "w:styleId=\"ChuTrongBang\"")
            .Replace("\"VK Table text\"", "\"Chữ trong bảng\""));
        var source = Path.Combine(folder, "a.md");
        File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), source);
        var build = CliRun.Run("build", source, "-o", Path.Combine(folder, "out"), "--template", reference);
        Assert.Equal(0, build.ExitCode);
        var warnings = build.DiagnosticLines.Where(l => l.Contains(" VK0502: ")).ToList();
        Assert.Single(warnings);
        Assert.Contains("'VkTableText' (tên 'VK Table text')", warnings[0]);
    }

    [Fact]
    public void Word_style_headings_with_latent_styles_aliases_and_localized_names_still_map()
    {
        var folder = Repo.NewTempFolder();
        var reference = Path.Combine(folder, "mau-word.docx");
        Assert.Equal(0, CliRun.Run("template", "export", "chuong-trinh-hanh-dong", "-o", reference).ExitCode);
        // As a Vietnamese Word (or a converter) writes them: localized names, other ids, aliases, latent styles.
        Edit(reference, "word/styles.xml", t =>
        {
            var xml = XDocument.Parse(t);
            var root = xml.Root!;
            // Where Word puts them: after the document defaults.
            root.Element(W + "docDefaults")!.AddAfterSelf(new XElement(W + "latentStyles", new XAttribute(W + "defLockedState", "0"), new XAttribute(W + "count", "376"),
                new XElement(W + "lsdException", new XAttribute(W + "name", "heading 1"), new XAttribute(W + "uiPriority", "9"), new XAttribute(W + "qFormat", "1"))));
            XElement Style(string id) => root.Elements(W + "style").Single(s => (string?)s.Attribute(W + "styleId") == id);
            void Rename(string id, string newId, string name, string? aliases = null)
            {
                var style = Style(id);
                style.SetAttributeValue(W + "styleId", newId);
                style.Element(W + "name")!.SetAttributeValue(W + "val", name);
                if (aliases is not null) style.Element(W + "name")!.AddAfterSelf(new XElement(W + "aliases", new XAttribute(W + "val", aliases)));
                foreach (var basedOn in root.Descendants(W + "basedOn").Where(b => (string?)b.Attribute(W + "val") == id)) basedOn.SetAttributeValue(W + "val", newId);
            }
            Rename("Heading1", "TiuDe1", "Tiêu đề 1");
            Rename("Heading2", "DeMuc2", "Đề mục hai", aliases: "heading 2,H2");
            // The restyling to find in the output: Heading 1 at 16 pt.
            var run = Style("TiuDe1").Element(W + "rPr") ?? new XElement(W + "rPr");
            if (run.Parent is null) Style("TiuDe1").Add(run);
            run.Elements(W + "sz").Remove();
            run.Add(new XElement(W + "sz", new XAttribute(W + "val", "32")));
            return xml.ToString(SaveOptions.DisableFormatting);
        });
        var source = Path.Combine(folder, "a.md");
        File.Copy(Path.Combine(Repo.Fixtures, "malformed", "valid-minimal.md"), source);
        var output = Path.Combine(folder, "out");
        var build = CliRun.Run("build", source, "-o", output, "--template", reference);
        Assert.True(build.ExitCode == 0, build.Error);
        Assert.DoesNotContain("VK0502", build.Error);
        var docx = File.ReadAllBytes(Path.Combine(output, "a.docx"));
        Assert.Empty(ValidationErrors(docx));
        Assert.Equal("32", Size(docx, "Heading1"));
        var ids = Part(docx, "word/styles.xml").Root!.Elements(W + "style").Select(s => (string?)s.Attribute(W + "styleId")).ToList();
        Assert.Contains("Heading2", ids);
        Assert.DoesNotContain("TiuDe1", ids);
        Assert.Contains(MainDocument(docx).Descendants(W + "pStyle"), p => (string?)p.Attribute(W + "val") == "Heading1");
    }

    [GeneratedRegex(@"(?m)^loai:\s*([a-z\-]+)")]
    private static partial Regex KindLine();
}

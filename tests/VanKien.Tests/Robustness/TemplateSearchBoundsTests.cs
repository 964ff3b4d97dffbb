using VanKien.Tests.Support;

namespace VanKien.Tests.Robustness;

/// <summary>
/// The search for <c>templates/&lt;kind&gt;/</c> stops at the project's root (or, for a source in no project,
/// the repository's root; in neither, the source's own folder): a templates folder planted above — say
/// in <c>/tmp</c> — never restyles a build. Held for each layout (project, repository, neither) and for
/// both files a kind's folder holds (mau.yaml, reference.docx): one planted above the bound is ignored,
/// one at the bound is used.
/// </summary>
public class TemplateSearchBoundsTests
{
    private const string Source = MinimalSources.WorkProgramme;

    public enum Layout { Project, Repository, Neither }

    public static TheoryData<Layout, bool> Cases()
    {
        var data = new TheoryData<Layout, bool>();
        foreach (var layout in Enum.GetValues<Layout>())
            foreach (var above in new[] { true, false }) data.Add(layout, above);
        return data;
    }

    /// <summary>outer/ holds the root (project, repository or plain folder), which holds van-ban/nguon.md.</summary>
    private static (string Outer, string Root, string Source) Lay(Layout layout)
    {
        var outer = Repo.NewTempFolder();
        var root = Path.Combine(outer, "goc");
        var folder = Path.Combine(root, "van-ban");
        Directory.CreateDirectory(folder);
        if (layout == Layout.Project) File.WriteAllText(Path.Combine(root, "vankien.yaml"), "nguon: [\"**/*.md\"]\n");
        if (layout == Layout.Repository) Directory.CreateDirectory(Path.Combine(root, ".git"));
        var source = Path.Combine(folder, "nguon.md");
        File.WriteAllText(source, Source);
        return (outer, layout == Layout.Neither ? folder : root, source);
    }

    private static string Build(string source)
    {
        var output = Repo.NewTempFolder();
        var build = CliRun.Run("build", source, "-o", output, "--format", "docx");
        Assert.True(build.ExitCode == 0, build.Output + build.Error);
        return Directory.GetFiles(output, "*.docx", SearchOption.AllDirectories).Single();
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_kind_description_is_read_only_within_the_bound(Layout layout, bool plantedAbove)
    {
        var (outer, root, source) = Lay(layout);
        var templates = Path.Combine(plantedAbove ? outer : root, "templates", "chuong-trinh-cong-tac");
        Directory.CreateDirectory(templates);
        File.WriteAllText(Path.Combine(templates, "mau.yaml"), File.ReadAllText(Path.Combine(Repo.Root, "templates", "chuong-trinh-cong-tac", "mau.yaml"))
            .Replace("tieu-de: Chương trình công tác", "tieu-de: Chương trình mẫu cài sẵn"));

        var text = string.Join("\n", Docx.ParagraphTexts(Docx.MainDocument(File.ReadAllBytes(Build(source)))));
        if (plantedAbove) Assert.DoesNotContain("MẪU CÀI SẴN", text.ToUpperInvariant());
        else Assert.Contains("MẪU CÀI SẴN", text.ToUpperInvariant());
    }

    [Theory]
    [MemberData(nameof(Cases))]
    public void A_reference_document_is_read_only_within_the_bound(Layout layout, bool plantedAbove)
    {
        var (outer, root, source) = Lay(layout);
        var templates = Path.Combine(plantedAbove ? outer : root, "templates", "chuong-trinh-cong-tac");
        Directory.CreateDirectory(templates);
        // A reference whose styles carry a marker the built-in ones never hold.
        var reference = Path.Combine(templates, "reference.docx");
        var export = CliRun.Run("template", "export", "chuong-trinh-cong-tac", "-o", reference);
        Assert.True(export.ExitCode == 0, export.Output + export.Error);
        Docx.RewritePart(reference, "word/styles.xml", xml => xml.Replace("</w:styles>",
            "<w:style w:type=\"paragraph\" w:customStyle=\"1\" w:styleId=\"MauCaiSan\"><w:name w:val=\"Mẫu cài sẵn\"/></w:style></w:styles>"));

        var styles = Docx.Part(File.ReadAllBytes(Build(source)), "word/styles.xml").ToString();
        if (plantedAbove) Assert.DoesNotContain("MauCaiSan", styles);
        else Assert.Contains("MauCaiSan", styles);
    }
}

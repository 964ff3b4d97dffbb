using System.Net;
using VanKien.Publishing;
using VanKien.Reading;
using VanKien.Tests.Support;
using static VanKien.Tests.Support.Docx;

namespace VanKien.Tests.Templates;

/// <summary>
/// A kind's printed title comes from its template folder (<c>tieu-de</c> in <c>mau.yaml</c>) wherever
/// the document prints: the DOCX's title line and properties, and the site's page. A document's own
/// <c>tieu-de</c> wins over the template's in every one of them.
/// </summary>
public class KindTitleTests
{
    private const string Sample = "samples/chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md";

    private static string WithTemplateTitle(string title)
    {
        // The project's own templates/ (beside its vankien.yaml), as an office keeps them.
        var root = Repo.CopyOfSamples();
        var template = Path.Combine(root, "samples", "templates", "chuong-trinh-hanh-dong", "mau.yaml");
        Directory.CreateDirectory(Path.GetDirectoryName(template)!);
        File.WriteAllText(template, File.ReadAllText(Path.Combine(root, "templates", "chuong-trinh-hanh-dong", "mau.yaml")).Replace("\ntieu-de: Chương trình hành động\n", $"\ntieu-de: {title}\n", StringComparison.Ordinal));
        Assert.Contains(title, File.ReadAllText(template));
        return root;
    }

    private static (IReadOnlyList<string> Docx, string Core, string Site) Printed(string root)
    {
        var output = Path.Combine(root, "out");
        var build = CliRun.Run("build", Path.Combine(root, Sample), "-o", output);
        Assert.True(build.ExitCode == 0, build.Error);
        var bytes = File.ReadAllBytes(Directory.EnumerateFiles(output, "*.docx", SearchOption.AllDirectories).Single());
        var site = Path.Combine(root, "site");
        SiteBuilder.Build(SourceDiscovery.Discover([Path.Combine(root, "samples")]).Sources, new SiteBuilder.Options(site));
        var page = File.ReadAllText(Path.Combine(site, "van-ban", "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.html"));
        return (ParagraphTexts(MainDocument(bytes)), Part(bytes, "docProps/core.xml").ToString(), WebUtility.HtmlDecode(page));
    }

    [Fact]
    public void The_templates_title_prints_in_the_docx_its_properties_and_the_site_page()
    {
        var (docx, core, site) = Printed(WithTemplateTitle("Chương trình hành động liên tịch"));
        Assert.Contains("CHƯƠNG TRÌNH HÀNH ĐỘNG LIÊN TỊCH", docx);
        Assert.Contains("Chương trình hành động liên tịch 05-CTr/CB", core);
        Assert.Contains(">CHƯƠNG TRÌNH HÀNH ĐỘNG LIÊN TỊCH</h2>", site);
        // The page's own heading and tab say it too, as the home page's list does.
        Assert.Contains("<h1>Chương trình hành động liên tịch số 05-CTr/CB</h1>", site);
    }

    [Fact]
    public void A_documents_own_title_wins_over_the_templates_everywhere()
    {
        var root = WithTemplateTitle("Chương trình hành động liên tịch");
        var source = Path.Combine(root, Sample);
        File.WriteAllText(source, File.ReadAllText(source).Replace("\nso: 05-CTr/CB\n", "\nso: 05-CTr/CB\ntieu-de: Chương trình hành động toàn khóa\n", StringComparison.Ordinal));
        var (docx, core, site) = Printed(root);
        Assert.Contains("CHƯƠNG TRÌNH HÀNH ĐỘNG TOÀN KHÓA", docx);
        Assert.Contains("Chương trình hành động toàn khóa 05-CTr/CB", core);
        Assert.Contains(">CHƯƠNG TRÌNH HÀNH ĐỘNG TOÀN KHÓA</h2>", site);
    }
}

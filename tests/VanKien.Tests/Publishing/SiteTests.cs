using System.Net;
using System.Text.RegularExpressions;
using VanKien.Publishing;
using VanKien.Reading;
using VanKien.Tests.Support;
using Xunit.Abstractions;

namespace VanKien.Tests.Publishing;

/// <summary><c>vankien site</c> over the samples: its pages, their bytes, what they say against <c>rollup</c>, and HTML a parser accepts.</summary>
public partial class SiteTests(ITestOutputHelper log)
{
    private static SiteBuilder.Result Build(string samples, string output) =>
        SiteBuilder.Build(SourceDiscovery.Discover([samples]).Sources, new SiteBuilder.Options(output, ResultsFolders: [samples]));

    [Fact]
    public void The_site_is_the_same_bytes_every_time_and_a_rebuild_with_no_change_writes_nothing()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var one = Repo.NewTempFolder();
        var two = Repo.NewTempFolder();
        var first = Build(samples, one);
        Assert.True(first.Pages > 15, $"{first.Pages} pages");
        Assert.Equal(first.Pages, first.Written.Count);
        Assert.Empty(Build(samples, one).Written);
        Build(samples, two);
        static Dictionary<string, byte[]> Pages(string folder) => Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .Where(f => !f.Contains(Path.DirectorySeparatorChar + ".vankien" + Path.DirectorySeparatorChar, StringComparison.Ordinal))
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes);
        var a = Pages(one);
        var b = Pages(two);
        Assert.Equal(a.Keys.Order(), b.Keys.Order());
        Assert.All(a, p => Assert.True(p.Value.AsSpan().SequenceEqual(b[p.Key]), p.Key));

        // One source changed: its page is written again, the others are left alone.
        var child = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-cong-tac-2026.md");
        File.WriteAllText(child, File.ReadAllText(child).Replace("\ntrich-yeu: ", "\ntrich-yeu: Sửa đổi - "));
        var again = Build(samples, one).Written.Select(w => Path.GetRelativePath(one, w).Replace('\\', '/')).ToList();
        Assert.Contains("van-ban/chi-bo-mam-non-viet-hong/chuong-trinh-cong-tac-2026.html", again);
        Assert.DoesNotContain("van-ban/dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.html", again);
    }

    [Fact]
    public void The_dashboard_shows_each_cells_verdicts_as_rollup_prints_them()
    {
        var output = Repo.NewTempFolder();
        Build(Repo.Samples, output);
        var rollup = CliRun.Run("rollup", Path.Combine(Repo.Samples, "dang-uy-xa-hung-an", "nghi-quyet-dai-hoi-2025-2030.yaml"), Repo.Samples, "--nam", "2027", "--markdown");
        Assert.Equal(0, rollup.ExitCode);
        var expected = rollup.Output.Split('\n').Where(l => l.StartsWith("| CT-", StringComparison.Ordinal))
            .Select(l => l.Split('|').Select(c => c.Trim()).Where(c => c.Length > 0).ToList())
            // The site says in words what rollup's table marks: a waived target, one the cell does not have.
            .Select(c => (Id: c[0], Verdicts: string.Join(" / ", c.Skip(2).Select(v => v switch { "miễn" => "được miễn", "—" => "không áp dụng", _ => v }))))
            .ToList();
        Assert.True(expected.Count >= 5, rollup.Output);

        var page = File.ReadAllText(Path.Combine(output, "ket-qua", "dang-uy-xa-hung-an-nghi-quyet-dai-hoi-2025-2030-2027.html"));
        var shown = Row().Matches(page)
            .Select(m => (Id: WebUtility.HtmlDecode(m.Groups["head"].Value).Split(' ')[0],
                Verdicts: string.Join(" / ", Cell().Matches(m.Groups["cells"].Value).Select(c => WebUtility.HtmlDecode(c.Groups[1].Value)))))
            .ToList();
        Assert.Equal(expected, shown);
    }

    [Fact]
    public void A_weakened_target_shows_its_diagnostic_beside_it_on_the_childs_page()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var child = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.md");
        File.WriteAllText(child, File.ReadAllText(child).Replace("gia-tri: \">= 90%\"\n        cha: CT-02", "gia-tri: \">= 80%\"\n        cha: CT-02"));
        var output = Repo.NewTempFolder();
        var site = Build(samples, output);
        Assert.Contains(site.Diagnostics, d => d.Rule.Id == "VK0220");
        var page = File.ReadAllText(Path.Combine(output, "van-ban", "chi-bo-mam-non-viet-hong", "chuong-trinh-hanh-dong-2025-2030.html"));
        // The target's line, then its notes on the same line of the page's source, before the next block.
        var target = Regex.Match(page, "<p class=\"chi-tieu\" id=\"ct-xdd-02\">([^\n]*)");
        Assert.True(target.Success, "the target xdd-02 has no line of its own");
        Assert.Contains("class=\"chan-doan chu-thich loi\"", target.Groups[1].Value);
        Assert.Contains("VK0220", target.Groups[1].Value);
        // No DOCX for a document with an error; the page says so by having no download link.
        Assert.DoesNotContain("chuong-trinh-hanh-dong-2025-2030.docx\">Tải DOCX", page);
    }

    [RequirementFact(Requirement.Html5Lib)]
    public void Every_page_is_html_an_html5_parser_reads_without_an_error()
    {
        var python = Requirement.PythonWithHtml5Lib;
        Assert.True(python is not null, "python3-html5lib is missing: .ci/run installs it");
        var output = Repo.NewTempFolder();
        Build(Repo.Samples, output);
        const string script = """
            import sys, html5lib
            failed = 0
            for path in sys.argv[1:]:
                parser = html5lib.HTMLParser(strict=False)
                parser.parse(open(path, "rb"), transport_encoding="utf-8")
                for position, code, data in parser.errors:
                    failed += 1
                    print(f"{path}:{position[0]}:{position[1]}: {code} {data}")
            print(f"checked {len(sys.argv) - 1} pages, {failed} errors")
            sys.exit(1 if failed else 0)
            """;
        var pages = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories).Order().ToList();
        var result = ExternalTool.Run(python, ["-c", script, .. pages]);
        log.WriteLine(result.Output + result.Error);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains($"checked {pages.Count} pages, 0 errors", result.Output);
    }

    [ExternalToolFact("git")]
    public void A_document_with_an_earlier_version_in_git_or_an_earlier_year_links_the_semantic_diff()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        void Git(params string[] arguments) => Assert.Equal(0, ExternalTool.RunIn(samples, "git", ["-c", "user.name=VanKien", "-c", "user.email=vankien@example.invalid", .. arguments]).ExitCode);
        Git("init", "-q");
        Git("add", "-A");
        Git("commit", "-q", "-m", "Văn bản năm 2026");
        var work = Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-cong-tac-2026.md");
        var text = File.ReadAllText(work);
        // A revision: the summary reworded. A new year: next year's programme of the same cell.
        File.WriteAllText(work, text.Replace("\ntrich-yeu: ", "\ntrich-yeu: Sửa đổi - "));
        File.WriteAllText(Path.Combine(samples, "chi-bo-mam-non-viet-hong", "chuong-trinh-cong-tac-2027.md"),
            text.Replace("\nngay: 2026-", "\nngay: 2027-").Replace("\nso: 06-", "\nso: 09-"));
        var output = Repo.NewTempFolder();
        Build(samples, output);

        var folder = Path.Combine(output, "van-ban", "chi-bo-mam-non-viet-hong");
        var page = File.ReadAllText(Path.Combine(folder, "chuong-trinh-cong-tac-2026.html"));
        Assert.Contains("chuong-trinh-cong-tac-2026.phien-ban-truoc.html", page);
        var revision = File.ReadAllText(Path.Combine(folder, "chuong-trinh-cong-tac-2026.phien-ban-truoc.html"));
        Assert.Contains("Sửa đổi - ", revision);
        var nextYear = File.ReadAllText(Path.Combine(folder, "chuong-trinh-cong-tac-2027.html"));
        Assert.Contains("chuong-trinh-cong-tac-2027.so-voi-chuong-trinh-cong-tac-2026.html", nextYear);
        var yearToYear = File.ReadAllText(Path.Combine(folder, "chuong-trinh-cong-tac-2027.so-voi-chuong-trinh-cong-tac-2026.html"));
        Assert.Contains("09-CTr/CB", yearToYear);
        Assert.Contains("06-CTr/CB", yearToYear);
    }

    [GeneratedRegex("<tr><th scope=\"row\">(?<head>.*?)</th>(?<cells>(<td[^>]*>[^<]*</td>)+)</tr>")]
    private static partial Regex Row();

    [GeneratedRegex("<td[^>]*>([^<]*)</td>")]
    private static partial Regex Cell();
}

/// <summary>With PDF asked for, each page links the PDF LibreOffice made beside its DOCX.</summary>
[Trait("Speed", "Slow")]
public class SitePdfTests
{
    [ExternalToolFact("soffice")]
    public void A_page_links_its_documents_pdf_when_the_site_is_built_with_pdf()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var output = Repo.NewTempFolder();
        var source = SourceDiscovery.Discover([Path.Combine(samples, "chi-bo-mam-non-viet-hong", "bao-cao-2025.md")]).Sources;
        var site = SiteBuilder.Build(source, new SiteBuilder.Options(output, Formats: [VanKien.Output.DocxFormat.Format, VanKien.Output.PdfFormat.Format]));
        Assert.DoesNotContain(site.Diagnostics, d => d.Severity == VanKien.Diagnostics.Severity.Error);
        var pdf = Path.Combine(output, SiteBuilder.FilesFolder, "bao-cao-2025.pdf");
        Assert.True(File.Exists(pdf), "no PDF beside the DOCX");
        Assert.StartsWith("%PDF", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(pdf), 0, 4));
        var page = File.ReadAllText(Path.Combine(output, "van-ban", "bao-cao-2025.html"));
        Assert.Contains("href=\"../tep/bao-cao-2025.pdf\">Tải PDF</a>", page);
        Assert.Contains("href=\"../tep/bao-cao-2025.docx\">Tải DOCX</a>", page);
    }
}

using System.Text;
using VanKien.Publishing;
using VanKien.Reading;
using VanKien.Tests.Support;
using Xunit.Abstractions;

namespace VanKien.Tests.Robustness;

/// <summary>
/// Issue 32, class 3: the site treats a source's file name as untrusted text. A hostile name never
/// becomes markup, two cells never share a results page, the default output folder is gated as
/// build's is, and nothing but pages, assets and documents is published.
/// </summary>
public class SiteOutputTests(ITestOutputHelper log)
{
    private const string Parent = "dang-uy-xa-hung-an/nghi-quyet-dai-hoi-2025-2030.yaml";
    private const string CellA = "chi-bo-tieu-hoc-hung-an/chuong-trinh-hanh-dong-2025-2030.md";
    private const string CellB = "chi-bo-mam-non-viet-hong/chuong-trinh-hanh-dong-2025-2030.md";

    /// <summary>The samples with the committee's resolution and a cell renamed, every reference to them rewritten (quoted for YAML).</summary>
    private static string SamplesWithNames(string parentName, string cellName)
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        static string Quoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
        Move(samples, Parent, "dang-uy-xa-hung-an/" + parentName);
        Move(samples, CellA, "chi-bo-tieu-hoc-hung-an/" + cellName);
        foreach (var file in Directory.EnumerateFiles(samples, "*", SearchOption.AllDirectories).Where(f => f.EndsWith(".md", StringComparison.Ordinal) || f.EndsWith(".yaml", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(file);
            var changed = text.Replace("thuc-hien: ../" + Parent, "thuc-hien: " + Quoted("../dang-uy-xa-hung-an/" + parentName), StringComparison.Ordinal);
            if (Path.GetDirectoryName(file) == Path.Combine(samples, "chi-bo-tieu-hoc-hung-an"))
                changed = changed.Replace("chuong-trinh: chuong-trinh-hanh-dong-2025-2030.md", "chuong-trinh: " + Quoted(cellName), StringComparison.Ordinal);
            if (changed != text) File.WriteAllText(file, changed);
        }
        return samples;
    }

    private static void Move(string root, string from, string to)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(root, to))!);
        File.Move(Path.Combine(root, from), Path.Combine(root, to));
    }

    private static SiteBuilder.Result Site(string samples, string output) =>
        SiteBuilder.Build(SourceDiscovery.Discover([samples]).Sources, new SiteBuilder.Options(output, ResultsFolders: [samples]));

    /// <summary>
    /// Every page read by an HTML5 parser: only elements and attributes the site writes, no event
    /// handler, no script URL, and every relative link leads to a file the site published.
    /// </summary>
    private void AssertOnlyIntendedMarkup(string output)
    {
        var python = Requirement.PythonWithHtml5Lib;
        Assert.True(python is not null, "python3-html5lib is missing: .ci/run installs it");
        const string script = """
            import sys, os, html5lib, urllib.parse
            allowed = set("html head meta title link script body a header nav ul ol li main footer p code section h1 h2 h3 h4 h5 h6 "
                          "article div span b i strong em br pre table thead tbody tr th td form label select option figure figcaption "
                          "svg line rect text del ins time".split())
            root = sys.argv[1]
            bad = []
            pages = 0
            for folder, _, files in os.walk(root):
                for name in files:
                    if not name.endswith(".html"): continue
                    pages += 1
                    path = os.path.join(folder, name)
                    tree = html5lib.parse(open(path, "rb"), transport_encoding="utf-8", namespaceHTMLElements=False)
                    for e in tree.iter():
                        tag = e.tag.split("}")[-1] if isinstance(e.tag, str) else None
                        if tag is None: continue
                        if tag not in allowed: bad.append(f"{path}: element <{tag}>")
                        for key, value in e.attrib.items():
                            key = key.split("}")[-1]
                            if key.lower().startswith("on"): bad.append(f"{path}: attribute {key}")
                            if key in ("href", "src"):
                                if ":" in value.split("/")[0].split("#")[0]: bad.append(f"{path}: {key}={value!r}")
                                target = value.split("#")[0]
                                if target and not os.path.isfile(os.path.join(folder, urllib.parse.unquote(target))):
                                    bad.append(f"{path}: {key}={value!r} leads nowhere")
            print(f"{pages} pages")
            for b in bad: print(b)
            sys.exit(1 if bad or pages == 0 else 0)
            """;
        var result = ExternalTool.Run(python, ["-c", script, output]);
        log.WriteLine(result.Output + result.Error);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
    }

    [RequirementFact(Requirement.Html5Lib)]
    public void A_source_named_as_markup_reaches_no_page_as_markup_and_every_link_to_it_leads_to_its_page()
    {
        var samples = SamplesWithNames("x\"><img src=x onerror=alert(1)>.yaml", "chi bộ & <i>'q' \"z\" #1?%20.md");
        var output = Repo.NewTempFolder();
        var site = Site(samples, output);
        Assert.Contains(site.Written, w => w.Contains("<img", StringComparison.Ordinal));
        var dashboards = Directory.EnumerateFiles(Path.Combine(output, "ket-qua"), "*img*.html").ToList();
        Assert.True(dashboards.Count >= 2, string.Join("\n", Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories)));
        AssertOnlyIntendedMarkup(output);
    }

    /// <summary>Hostile names drawn from the characters HTML, URLs and shells treat specially, with Vietnamese letters; a fixed seed per run.</summary>
    [RequirementFact(Requirement.Html5Lib)]
    public void Generated_hostile_names_never_add_an_element_an_attribute_or_a_broken_link()
    {
        const string alphabet = "<>\"'&#?% =/;:()ạệửđ`x";
        foreach (var seed in new[] { 1, 2, 3 })
        {
            var random = new Random(seed);
            string Name(string extension)
            {
                var s = new StringBuilder();
                for (var i = 0; i < 12; i++) s.Append(alphabet[random.Next(alphabet.Length)]);
                var text = s.ToString().Replace("/", "", StringComparison.Ordinal).Trim();
                return "a" + text + "<img src=x onerror=alert(" + seed + ")>" + extension;
            }
            var samples = SamplesWithNames(Name(".yaml"), Name(".md"));
            var output = Repo.NewTempFolder();
            Site(samples, output);
            AssertOnlyIntendedMarkup(output);
        }
    }

    /// <summary>
    /// Every field that reaches a document's article or its chart holds text HTML reads as markup:
    /// the summary, place, căn cứ, a target's sentence and parent (whose diagnostic quotes it), a
    /// table's cells, the chart's title, categories and series names. The page shows it as text.
    /// </summary>
    [RequirementFact(Requirement.Html5Lib)]
    public void Hostile_text_in_every_field_of_the_article_and_the_chart_stays_text()
    {
        const string hostile = "\"><img src=x onerror=alert(1)><script>alert(2)</script> & 'q'";
        static string Quoted(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var cell = Path.Combine(samples, CellA);
        var text = System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(cell), "^trich-yeu: .*$", "trich-yeu: " + Quoted(hostile + " trích yếu").Replace("$", "$$", StringComparison.Ordinal), System.Text.RegularExpressions.RegexOptions.Multiline)
            .Replace("dia-danh: Hùng An", "dia-danh: " + Quoted("Hùng An " + hostile), StringComparison.Ordinal)
            .Replace("  - Căn cứ tình hình thực tế của chi bộ và nhà trường", "  - " + Quoted("Căn cứ " + hostile), StringComparison.Ordinal)
            .Replace("        noi-dung: Nhà trường giữ vững chuẩn quốc gia mức độ 2.", "        noi-dung: " + Quoted("Nhà trường " + hostile), StringComparison.Ordinal)
            .Replace("        cha: CT-10", "        cha: " + Quoted("CT-10" + hostile), StringComparison.Ordinal);
        // In Markdown a tag is dropped with a diagnostic, so the body says the same text through entities, which the reader decodes.
        var inMarkdown = hostile.Replace("&", "&amp;", StringComparison.Ordinal).Replace("<", "&lt;", StringComparison.Ordinal).Replace(">", "&gt;", StringComparison.Ordinal);
        // The chart's first header ("Năm …") names the category column and is not drawn; it is hostile too, to show it adds nothing either.
        text += $"\n| Cột {inMarkdown} | B |\n|---|---|\n| ô {inMarkdown} | 1 |\n"
              + $"\n::: bieu-do Biểu đồ {hostile}\n| Năm {inMarkdown} | Chuỗi {inMarkdown} | B |\n|---|---|---|\n| 2026 {inMarkdown} | 1 | 2 |\n:::\n";
        File.WriteAllText(cell, text);
        var output = Repo.NewTempFolder();
        var site = Site(samples, output);

        var page = Directory.EnumerateFiles(output, "*.html", SearchOption.AllDirectories)
            .Select(File.ReadAllText).Single(p => p.Contains("Biểu đồ &quot;&gt;&lt;img", StringComparison.Ordinal));
        const string escaped = "&quot;&gt;&lt;img src=x onerror=alert(1)&gt;&lt;script&gt;alert(2)&lt;/script&gt; &amp; 'q'";
        foreach (var shown in new[] { escaped + " trích yếu", "Hùng An " + escaped, "Căn cứ " + escaped, "Nhà trường " + escaped, "Cột " + escaped,
                     "ô " + escaped, "Chuỗi " + escaped, "2026 " + escaped, "CT-10" + escaped })
            Assert.Contains(shown, page, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>alert", page, StringComparison.Ordinal);
        Assert.DoesNotContain("<img", page, StringComparison.Ordinal);
        Assert.Contains("chan-doan", page, StringComparison.Ordinal);
        Assert.NotEmpty(site.Written);
        AssertOnlyIntendedMarkup(output);
    }

    [Fact]
    public void Two_cells_whose_paths_join_to_the_same_name_get_a_results_page_each()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        Move(samples, CellA, "a-b/c.md");
        Move(samples, "chi-bo-tieu-hoc-hung-an/ket-qua-2025-2030.yaml", "a-b/ket-qua.yaml");
        Move(samples, CellB, "a/b-c.md");
        Move(samples, "chi-bo-mam-non-viet-hong/ket-qua-2025-2030.yaml", "a/ket-qua.yaml");
        File.WriteAllText(Path.Combine(samples, "a-b", "ket-qua.yaml"), File.ReadAllText(Path.Combine(samples, "a-b", "ket-qua.yaml")).Replace("chuong-trinh: chuong-trinh-hanh-dong-2025-2030.md", "chuong-trinh: c.md", StringComparison.Ordinal));
        File.WriteAllText(Path.Combine(samples, "a", "ket-qua.yaml"), File.ReadAllText(Path.Combine(samples, "a", "ket-qua.yaml")).Replace("chuong-trinh: chuong-trinh-hanh-dong-2025-2030.md", "chuong-trinh: b-c.md", StringComparison.Ordinal));
        var output = Repo.NewTempFolder();
        Site(samples, output);

        var cellPages = Directory.EnumerateFiles(Path.Combine(output, "ket-qua"), "*.html")
            .Select(f => File.ReadAllText(f)).Where(t => t.Contains(": kết quả năm 2027</h1>", StringComparison.Ordinal)).ToList();
        Assert.True(cellPages.Count == 2, string.Join("\n", Directory.EnumerateFiles(Path.Combine(output, "ket-qua"))));
        Assert.Single(cellPages, p => p.Contains("Tiểu học Hùng An: kết quả năm", StringComparison.OrdinalIgnoreCase));
        Assert.Single(cellPages, p => p.Contains("Việt Hồng: kết quả năm", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public void The_site_publishes_no_build_cache_and_no_path_of_the_building_machine()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var output = Repo.NewTempFolder();
        Site(samples, output);
        Site(samples, output);
        var published = Directory.EnumerateFiles(output, "*", SearchOption.AllDirectories).Select(f => Path.GetRelativePath(output, f).Replace('\\', '/')).Order().ToList();
        Assert.DoesNotContain(published, p => p.Contains(".vankien", StringComparison.Ordinal));
        Assert.All(published, p => Assert.True(p.EndsWith(".html", StringComparison.Ordinal) || p.StartsWith("tai-nguyen/", StringComparison.Ordinal)
            || (p.StartsWith(SiteBuilder.FilesFolder + "/", StringComparison.Ordinal) && (p.EndsWith(".docx", StringComparison.Ordinal) || p.EndsWith(".pdf", StringComparison.Ordinal))), p));
        foreach (var file in published.Where(p => !p.EndsWith(".docx", StringComparison.Ordinal)))
        {
            var text = File.ReadAllText(Path.Combine(output, file));
            Assert.False(text.Contains(samples, StringComparison.Ordinal), $"{file} holds the path '{samples}'");
            Assert.False(text.Contains(output, StringComparison.Ordinal), $"{file} holds the path '{output}'");
        }
    }

    [Fact]
    public void Site_without_o_refuses_a_committed_link_public_that_leads_out_of_the_project()
    {
        var samples = Path.Combine(Repo.CopyOfSamples(), "samples");
        var elsewhere = Repo.NewTempFolder();
        Directory.CreateSymbolicLink(Path.Combine(samples, "public"), elsewhere);
        var run = VankienProcess.RunIn(samples, ["site"], TimeSpan.FromMinutes(3));
        log.WriteLine(run.Error);
        Assert.Empty(Directory.EnumerateFileSystemEntries(elsewhere));
        Assert.Equal(2, run.ExitCode);
        Assert.Contains("ngoài dự án", run.Error, StringComparison.Ordinal);
    }
}

/// <summary>
/// The site's markup comes from one writer (<c>VanKien.Writing.Html.HtmlWriter</c>) that escapes
/// text and attributes itself: no source in Publishing/ or Writing/Html/ (the document article, the
/// chart) writes a tag in a string literal, so no page can be assembled by concatenating data into
/// markup. An interpolated tag (<c>$"&lt;{tag}"</c>) counts as one.
/// </summary>
public class SiteMarkupArchitectureTests
{
    private static readonly System.Text.RegularExpressions.Regex Tag = new("\"[^\"\\n]*</?[a-zA-Z{][^\"\\n]*\"");

    /// <summary>Lines of code (not comments) in a folder's sources, except the named files, that hold a tag in a string literal.</summary>
    private static List<string> MarkupInLiterals(string folder, params string[] except) =>
        Directory.EnumerateFiles(folder, "*.cs")
            .Where(f => !except.Contains(Path.GetFileName(f)))
            .SelectMany(f => File.ReadAllLines(f).Select((line, i) => (File: Path.GetFileName(f), Line: i + 1, Text: line)))
            .Where(l => !l.Text.TrimStart().StartsWith("//", StringComparison.Ordinal) && Tag.IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text.Trim()}")
            .ToList();

    [Fact]
    public void No_source_in_Publishing_writes_markup_in_a_string_literal()
    {
        var found = MarkupInLiterals(Path.Combine(Repo.Root, "src", "VanKien", "Publishing"), "SiteAssets.cs");
        Assert.True(found.Count == 0, "markup in a string literal:\n" + string.Join("\n", found));
    }

    /// <summary>The article and the chart too; only the writer itself spells a tag.</summary>
    [Fact]
    public void No_source_in_Writing_Html_but_the_writer_writes_markup_in_a_string_literal()
    {
        var found = MarkupInLiterals(Path.Combine(Repo.Root, "src", "VanKien", "Writing", "Html"), "HtmlWriter.cs");
        Assert.True(found.Count == 0, "markup in a string literal:\n" + string.Join("\n", found));
    }
}

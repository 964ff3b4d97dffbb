using System.Globalization;
using System.Text;
using VanKien.Building;
using VanKien.Checking;
using VanKien.Coverage;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reading;
using VanKien.Reporting;
using VanKien.Results;
using VanKien.Writing.Html;
using static VanKien.Writing.Html.Html;

namespace VanKien.Publishing;

/// <summary>
/// <c>vankien site</c>: a static site of a project, from the same document set as <c>build</c> — a
/// page per document (rendered from the model, its diagnostics at their place, its DOCX linked,
/// parent, children and results linked), the targets tree with each child's coverage verdicts,
/// and per committee a dashboard of its cells' results for each year with a page per cell. Pages
/// are written only when their bytes change, in a fixed order, with no time in them.
/// </summary>
public static class SiteBuilder
{
    /// <param name="Formats">The files offered for download beside each page (DOCX by default; PDF through LibreOffice).</param>
    public sealed record Options(string OutputFolder, string? TemplateOverride = null, IReadOnlyList<string>? ResultsFolders = null,
        OutputFormats Formats = OutputFormats.Docx, string? Soffice = null);

    /// <param name="Written">Files written by this run (pages and assets); an unchanged site writes none.</param>
    public sealed record Result(int Pages, IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Diagnostics, BuildSummary Build);

    /// <summary>Where the DOCX of the documents go, inside the site.</summary>
    public const string FilesFolder = "tep";

    public static Result Build(IReadOnlyList<SourceItem> sources, Options options)
    {
        var folders = options.ResultsFolders ?? [];
        var built = ProjectBuilder.Build(sources, new BuildOptions(Path.Combine(options.OutputFolder, FilesFolder), options.Formats, options.TemplateOverride, options.Soffice)
        {
            ResultsFolders = folders,
        });
        // The build compiled every source whose DOCX was out of date; the others are checked now, so
        // every page has its model and the diagnostics `check` gives (the build checked the results files).
        var compiled = built.Results.ToDictionary(r => Path.GetFullPath(r.SourcePath), StringComparer.Ordinal);
        var upToDate = sources.Where(s => !compiled.ContainsKey(Path.GetFullPath(s.Path))).ToList();
        var checkedRest = upToDate.Count > 0 ? ProjectBuilder.Check(upToDate, options.TemplateOverride) : null;
        foreach (var result in checkedRest?.Results ?? []) compiled[Path.GetFullPath(result.SourcePath)] = result;
        IReadOnlyList<Diagnostic> allDiagnostics = [.. built.Diagnostics.Concat(checkedRest?.Diagnostics ?? []).Distinct()];
        var templates = DocumentSet.ForSourcesAt(sources.Count > 0 ? sources[0].Path : ".", options.TemplateOverride).Set.Templates;

        var documents = sources
            .Select(s => (Source: s, Result: compiled.GetValueOrDefault(Path.GetFullPath(s.Path))))
            .Where(p => p.Result?.Document is not null)
            .Select(p => new Entry(p.Source, p.Result!.Document!, PagePath(p.Source)))
            .ToList();
        var byPath = documents.ToDictionary(d => Path.GetFullPath(d.Source.Path), StringComparer.Ordinal);
        Entry? ParentOf(Entry entry) => entry.Document.Frame.ParentPath is { } parent && byPath.TryGetValue(DocumentSet.Resolve(entry.Document, parent.Value), out var found) ? found : null;
        var children = documents.ToLookup(d => ParentOf(d)?.Source.Path ?? "", d => d);

        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [SiteAssets.StylePath] = SiteAssets.Style,
            [SiteAssets.ScriptPath] = SiteAssets.Script,
        };
        var dashboards = Dashboards(documents, children, folders, pages);
        var resultsOf = dashboards.SelectMany(d => d.Cells).GroupBy(c => c.Program, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        // The repository around each folder, asked of git once per folder (a repository of 1.000 documents has a few dozen).
        var repositories = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in documents)
        {
            var diagnostics = allDiagnostics.Where(d => d.Location.File.Length > 0 && Path.GetFullPath(d.Location.File) == Path.GetFullPath(entry.Source.Path)).ToList();
            var (template, _) = templates.For(entry.Document);
            var main = new StringBuilder();
            main.Append("<section class=\"phieu\" aria-label=\"Thông tin văn bản\">\n<h1>").Append(Encode(Describe(entry.Document))).Append("</h1>\n<ul>\n");
            var docx = $"{FilesFolder}/{entry.Source.OutputRelativePath.Replace('\\', '/')}";
            if (File.Exists(Path.Combine(options.OutputFolder, docx))) main.Append("<li><a href=").Append(Attribute(Link(entry.Page, docx))).Append(">Tải DOCX</a></li>\n");
            var pdf = Path.ChangeExtension(docx, ".pdf");
            if (File.Exists(Path.Combine(options.OutputFolder, pdf))) main.Append("<li><a href=").Append(Attribute(Link(entry.Page, pdf))).Append(">Tải PDF</a></li>\n");
            if (ParentOf(entry) is { } parent) main.Append("<li>Thực hiện: ").Append(DocumentLink(entry.Page, parent)).Append("</li>\n");
            foreach (var child in children[entry.Source.Path].OrderBy(c => c.Page, StringComparer.Ordinal))
                main.Append("<li>Văn bản cấp dưới: ").Append(DocumentLink(entry.Page, child)).Append("</li>\n");
            foreach (var cell in resultsOf.GetValueOrDefault(Path.GetFullPath(entry.Source.Path)) ?? [])
                main.Append("<li>Kết quả năm ").Append(cell.Year).Append(": <a href=").Append(Attribute(Link(entry.Page, cell.Page))).Append(">xem</a></li>\n");
            foreach (var change in Changes(entry, documents, pages, repositories))
                main.Append("<li>").Append(Encode(change.Title)).Append(": <a href=").Append(Attribute(Link(entry.Page, change.Page))).Append(">xem thay đổi</a></li>\n");
            main.Append("</ul>\n");
            if (diagnostics.Count > 0)
            {
                main.Append("<h2>Chẩn đoán (").Append(diagnostics.Count).Append(")</h2>\n<ul class=\"chan-doan-ds\">\n");
                foreach (var d in diagnostics)
                    main.Append("<li>").Append(Encode($"dòng {d.Location.Line}: {d.Rule.Id} {d.Message}")).Append("</li>\n");
                main.Append("</ul>\n");
            }
            main.Append("</section>\n").Append(HtmlDocumentWriter.Write(entry.Document, template, diagnostics));
            pages[entry.Page] = SitePage.Write(entry.Page, Describe(entry.Document), main.ToString(), [("Trang chủ", "index.html"), (Describe(entry.Document), null)]);
        }

        pages["index.html"] = Index(documents, allDiagnostics);
        pages["chi-tieu.html"] = TargetsPage(documents, children);
        pages["ket-qua/index.html"] = DashboardIndex(dashboards);

        var written = new List<string>();
        foreach (var (path, text) in pages)
        {
            var full = Path.Combine(options.OutputFolder, path.Replace('/', Path.DirectorySeparatorChar));
            var bytes = Encoding.UTF8.GetBytes(text);
            if (File.Exists(full) && new FileInfo(full).Length == bytes.Length && File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes)) continue;
            AtomicFile.Write(full, bytes);
            written.Add(full);
        }
        return new Result(pages.Count, written, allDiagnostics, built);
    }

    private sealed record Entry(SourceItem Source, Document Document, string Page);

    private sealed record Change(string Title, string Page);

    /// <summary>
    /// What changed in a document, as the semantic diff says it: against its previous version in git
    /// (the revision diff), and against the issuing body's document of the same kind dated before it
    /// (the year-to-year diff). Each diff is a page of its own, linked from the document's.
    /// </summary>
    private static List<Change> Changes(Entry entry, IReadOnlyList<Entry> documents, SortedDictionary<string, string> pages, Dictionary<string, string?> repositories)
    {
        var changes = new List<Change>();
        var path = Path.GetFullPath(entry.Source.Path);
        var current = File.ReadAllBytes(path);
        var newer = new Diffing.DiffSide(Path.GetFileName(path), path, current);
        var folder = Path.GetDirectoryName(path)!;
        if (!repositories.TryGetValue(folder, out var repository)) repositories[folder] = repository = Diffing.GitRepository.TopFolderOrNull(folder);
        if (repository is { } top)
        {
            var relative = Path.GetRelativePath(top, path).Replace('\\', '/');
            if (Diffing.GitRepository.PreviousVersion(top, relative, current) is { } revision)
            {
                var older = new Diffing.DiffSide($"{revision[..7]}:{relative}", path, Diffing.GitRepository.Show(top, revision, relative));
                if (Diffing.DiffRunner.Compare(older, newer).Diff is { } diff)
                {
                    var (page, html) = DiffPage(entry, diff, "phien-ban-truoc", $"Thay đổi so với phiên bản {revision[..7]}");
                    pages[page] = html;
                    changes.Add(new Change($"So với phiên bản trước ({revision[..7]})", page));
                }
            }
        }
        var previous = documents
            .Where(d => d != entry && d.Document.Kind == entry.Document.Kind && d.Document.Frame.Bodies.Issuer.Value == entry.Document.Frame.Bodies.Issuer.Value
                && d.Document.Frame.Date.Value < entry.Document.Frame.Date.Value)
            .OrderByDescending(d => d.Document.Frame.Date.Value).ThenBy(d => d.Page, StringComparer.Ordinal)
            .FirstOrDefault();
        if (previous is not null)
        {
            var title = $"So với {Describe(previous.Document)} ({previous.Document.Frame.Date.Value.Year})";
            var diff = Diffing.DocumentDiffer.Compare(previous.Document, entry.Document, Path.GetFileName(previous.Source.Path), Path.GetFileName(path));
            var (page, html) = DiffPage(entry, diff, "so-voi-" + Path.GetFileNameWithoutExtension(previous.Source.Path), title);
            pages[page] = html;
            changes.Add(new Change(title, page));
        }
        return changes;
    }

    private static (string Page, string Html) DiffPage(Entry entry, Diffing.DocumentDiff diff, string suffix, string title)
    {
        var page = Path.ChangeExtension(entry.Page, null) + "." + suffix + ".html";
        var main = new StringBuilder("<h1>").Append(Encode(title)).Append("</h1>\n<p>").Append(DocumentLink(page, entry)).Append("</p>\n<pre class=\"thay-doi\">")
            .Append(Encode(new Diffing.Formats.DiffTextWriter(color: false).Write(diff))).Append("</pre>\n");
        return (page, SitePage.Write(page, title, main.ToString(), [("Trang chủ", "index.html"), (Describe(entry.Document), entry.Page), ("Thay đổi", null)]));
    }

    private sealed record CellPage(string Program, int Year, string Page);

    private sealed record Dashboard(Entry Parent, int Year, string Page, RollUp.Table Table, IReadOnlyList<CellPage> Cells);

    /// <summary>"van-ban/chi-bo-…/chuong-trinh-….html": the source's place in the project.</summary>
    private static string PagePath(SourceItem source) => "van-ban/" + Path.ChangeExtension(source.OutputRelativePath, ".html").Replace('\\', '/');

    private static string Describe(Document document) => $"{document.Frame.Title?.Value ?? document.Kind.Title} số {document.Frame.Number.Value}";

    private static string DocumentLink(string from, Entry to) =>
        $"<a href={Attribute(Link(from, to.Page))}>{Encode(Describe(to.Document))}</a> — {Encode(to.Document.Frame.Bodies.Issuer.Value)}";

    private static string Index(IReadOnlyList<Entry> documents, IReadOnlyList<Diagnostic> diagnostics)
    {
        var main = new StringBuilder("<h1>Văn kiện của dự án</h1>\n");
        main.Append("<p>").Append(documents.Count).Append(" văn bản; ")
            .Append(diagnostics.Count(d => d.Severity == Severity.Error)).Append(" lỗi, ")
            .Append(diagnostics.Count(d => d.Severity == Severity.Warning)).Append(" cảnh báo. ")
            .Append("<a href=\"chi-tieu.html\">Cây chỉ tiêu</a>; <a href=\"ket-qua/index.html\">kết quả các đơn vị</a>.</p>\n");
        foreach (var group in documents.GroupBy(d => d.Document.Frame.Bodies.Issuer.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            main.Append("<section>\n<h2>").Append(Encode(group.Key)).Append("</h2>\n<ul>\n");
            foreach (var entry in group.OrderBy(e => e.Page, StringComparer.Ordinal))
            {
                var count = diagnostics.Count(d => d.Location.File.Length > 0 && Path.GetFullPath(d.Location.File) == Path.GetFullPath(entry.Source.Path) && d.Severity != Severity.Info);
                main.Append("<li>").Append(DocumentLink("index.html", entry)).Append(", ").Append(Encode(Text.VietnameseDate.Short(entry.Document.Frame.Date.Value)));
                if (count > 0) main.Append(" <span class=\"chan-doan canh-bao\">").Append(count).Append(" chẩn đoán</span>");
                main.Append("</li>\n");
            }
            main.Append("</ul>\n</section>\n");
        }
        return SitePage.Write("index.html", "Trang chủ", main.ToString(), []);
    }

    /// <summary>Each parent target with the child targets that apply it, their values and the coverage verdicts; filterable by cell and group.</summary>
    private static string TargetsPage(IReadOnlyList<Entry> documents, ILookup<string, Entry> children)
    {
        var main = new StringBuilder("<h1>Cây chỉ tiêu</h1>\n");
        var table = 0;
        foreach (var parent in documents.Where(d => children[d.Source.Path].Any()).OrderBy(d => d.Page, StringComparer.Ordinal))
        {
            table++;
            var kids = children[parent.Source.Path].OrderBy(c => c.Document.Frame.Bodies.Issuer.Value, StringComparer.Ordinal).ToList();
            var rows = kids.SelectMany(kid => CoverageMatrix.Build(kid.Document, parent.Document).Select(row => (Kid: kid, Row: row))).ToList();
            var groupOf = parent.Document.TargetGroups.SelectMany(g => g.Targets.Select(t => (t, g.Title?.Value ?? ""))).ToDictionary(p => p.t, p => p.Item2);
            main.Append("<section>\n<h2>").Append(DocumentLink("chi-tieu.html", parent)).Append("</h2>\n");
            main.Append("<form class=\"loc\" data-bang=\"bang-").Append(table).Append("\">\n");
            Select(main, $"don-vi-{table}", "Đơn vị", "donVi", kids.Select(k => k.Document.Frame.Bodies.Issuer.Value));
            Select(main, $"nhom-{table}", "Nhóm chỉ tiêu", "nhom", parent.Document.TargetGroups.Select(g => g.Title?.Value ?? ""));
            main.Append("</form>\n<div class=\"bang\"><table id=\"bang-").Append(table).Append("\">\n<thead><tr><th scope=\"col\">Chỉ tiêu cấp trên</th><th scope=\"col\">Đơn vị</th><th scope=\"col\">Chỉ tiêu của đơn vị</th><th scope=\"col\">Đánh giá</th></tr></thead>\n<tbody>\n");
            foreach (var (kid, row) in rows.OrderBy(r => parent.Document.Targets.ToList().IndexOf(r.Row.Parent)).ThenBy(r => r.Kid.Document.Frame.Bodies.Issuer.Value, StringComparer.Ordinal))
            {
                main.Append("<tr data-don-vi=").Append(Attribute(kid.Document.Frame.Bodies.Issuer.Value)).Append(" data-nhom=").Append(Attribute(groupOf.GetValueOrDefault(row.Parent) ?? "")).Append('>');
                main.Append("<td><b>").Append(Encode(row.Parent.Id?.Value ?? "")).Append("</b> ").Append(Encode(row.Parent.Sentence.Value))
                    .Append(row.Parent.Value is { } value ? $" <code>{Encode(value.ToString()!)}</code>" : "").Append("</td>");
                main.Append("<td>").Append(DocumentLink("chi-tieu.html", kid)).Append("</td><td>");
                foreach (var child in row.Children)
                    main.Append("<a href=").Append(Attribute(Link("chi-tieu.html", kid.Page) + "#ct-" + (child.Id?.Value ?? ""))).Append('>').Append(Encode(child.Id?.Value ?? "")).Append("</a> ")
                        .Append(Encode(child.ValueText?.Value ?? child.Value?.ToString() ?? "")).Append("<br>");
                main.Append("</td><td>").Append(Encode(row.Verdict.Vietnamese())).Append(row.Note is { } note ? " — " + Encode(note) : "").Append("</td></tr>\n");
            }
            main.Append("</tbody>\n</table></div>\n</section>\n");
        }
        if (table == 0) main.Append("<p>Chưa có văn bản nào thực hiện văn bản khác trong dự án.</p>\n");
        return SitePage.Write("chi-tieu.html", "Cây chỉ tiêu", main.ToString(), [("Trang chủ", "index.html"), ("Cây chỉ tiêu", null)]);
    }

    private static void Select(StringBuilder s, string id, string label, string key, IEnumerable<string> values)
    {
        s.Append("<label for=\"").Append(id).Append("\">").Append(Encode(label)).Append("</label> <select id=\"").Append(id).Append("\" data-loc=\"").Append(key).Append("\"><option value=\"\">Tất cả</option>");
        foreach (var value in values.Distinct().Where(v => v.Length > 0).Order(StringComparer.Ordinal))
            s.Append("<option>").Append(Encode(value)).Append("</option>");
        s.Append("</select>\n");
    }

    /// <summary>For each committee with cells that report results: a dashboard per year and a page per cell and year.</summary>
    private static List<Dashboard> Dashboards(IReadOnlyList<Entry> documents, ILookup<string, Entry> children, IReadOnlyList<string> folders, SortedDictionary<string, string> pages)
    {
        var dashboards = new List<Dashboard>();
        if (folders.Count == 0) return dashboards;
        var resultSets = ResultsFiles.In(folders).Select(f => ResultsReader.Read(f, new DiagnosticBag())).OfType<ResultSet>()
            .GroupBy(r => r.ProgramPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byPath = documents.ToDictionary(d => Path.GetFullPath(d.Source.Path), StringComparer.Ordinal);
        foreach (var parent in documents.Where(d => children[d.Source.Path].Any()).OrderBy(d => d.Page, StringComparer.Ordinal))
        {
            var gathered = Gather(parent, children[parent.Source.Path].ToList(), resultSets);
            if (gathered.ResultFiles == 0) continue;
            var years = gathered.Cells.Where(c => c.Results is not null).SelectMany(c => c.Results!.Entries).SelectMany(e => e.Values)
                .Select(v => v.Year).OfType<int>().Distinct().Order().ToList();
            var name = Path.ChangeExtension(parent.Page["van-ban/".Length..], null).Replace('/', '-');
            foreach (var year in years)
            {
                var table = RollUp.Compute(gathered.Parent, gathered.Cells, year);
                var page = $"ket-qua/{name}-{year}.html";
                var cells = new List<CellPage>();
                foreach (var (child, results) in gathered.Cells)
                {
                    if (results is null) continue;
                    var childEntry = byPath[Path.GetFullPath(child.SourcePath)];
                    var cellPage = $"ket-qua/{Path.ChangeExtension(childEntry.Page["van-ban/".Length..], null).Replace('/', '-')}-{year}.html";
                    pages[cellPage] = CellResults(cellPage, childEntry, results, year, page);
                    cells.Add(new CellPage(Path.GetFullPath(child.SourcePath), year, cellPage));
                }
                var dashboard = new Dashboard(parent, year, page, table, cells);
                dashboards.Add(dashboard);
                pages[page] = DashboardPage(dashboard, years, name);
            }
        }
        return dashboards;
    }

    /// <summary>A committee's cells with their results, as <see cref="RollUp.Gather"/> finds them, from the documents this run has read.</summary>
    private static RollUp.Gathered Gather(Entry parent, IReadOnlyList<Entry> children, IReadOnlyDictionary<string, ResultSet> results)
    {
        var cells = children.Select(c => c.Document).OrderBy(c => c.Frame.Bodies.Issuer.Value, StringComparer.Ordinal)
            .Select(c => (c, results.GetValueOrDefault(Path.GetFullPath(c.SourcePath)))).ToList();
        var found = cells.Select(c => c.Item2).OfType<ResultSet>().ToList();
        var latest = found.SelectMany(r => r.Entries).SelectMany(e => e.Values).Select(v => v.Year ?? 0).DefaultIfEmpty(0).Max();
        return new RollUp.Gathered(parent.Document, cells, found.Count, latest);
    }

    private static string DashboardPage(Dashboard dashboard, IReadOnlyList<int> years, string name)
    {
        var page = dashboard.Page;
        var table = dashboard.Table;
        var main = new StringBuilder("<h1>Kết quả các đơn vị năm ").Append(dashboard.Year).Append("</h1>\n<p>Thực hiện ")
            .Append(DocumentLink(page, dashboard.Parent)).Append(". Năm khác: ");
        main.Append(string.Join(", ", years.Select(y => y == dashboard.Year ? y.ToString(CultureInfo.InvariantCulture) : $"<a href=\"{name}-{y}.html\">{y}</a>"))).Append(".</p>\n");

        // The chart: per cell, how many parent targets it met or exceeded, missed, or has no verdict for.
        var met = table.Columns.Select((_, c) => (decimal?)table.Rows.Count(r => r.Cells[c].Verdict is Results.Verdict.Met or Results.Verdict.Exceeded)).ToList();
        var missed = table.Columns.Select((_, c) => (decimal?)table.Rows.Count(r => r.Cells[c].Verdict is Results.Verdict.Missed)).ToList();
        var other = table.Columns.Select((_, c) => (decimal?)table.Rows.Count(r => r.Cells[c].Verdict is not (Results.Verdict.Met or Results.Verdict.Exceeded or Results.Verdict.Missed))).ToList();
        main.Append(SvgChart.Write($"Số chỉ tiêu theo đánh giá, năm {dashboard.Year}", table.Columns.Select(c => c.Name).ToList(),
            [("Đạt, vượt", met), ("Không đạt", missed), ("Chưa đánh giá được", other)], "")).Append('\n');

        main.Append("<div class=\"bang\"><table class=\"tong-hop\">\n<thead><tr><th scope=\"col\">Chỉ tiêu</th>");
        foreach (var (column, i) in table.Columns.Select((c, i) => (c, i)))
        {
            var cell = dashboard.Cells.FirstOrDefault(c => c.Program == Path.GetFullPath(column.SourcePath));
            main.Append("<th scope=\"col\">").Append(cell is null ? Encode(column.Name) : $"<a href=\"{Link(page, cell.Page)}\">{Encode(column.Name)}</a>").Append("</th>");
        }
        main.Append("</tr></thead>\n<tbody>\n");
        foreach (var row in table.Rows)
        {
            main.Append("<tr><th scope=\"row\">").Append(Encode(row.Parent.Id?.Value ?? "")).Append(' ').Append(Encode(row.Parent.Sentence.Value)).Append("</th>");
            foreach (var cell in row.Cells) main.Append("<td>").Append(Encode(cell.Text)).Append("</td>");
            main.Append("</tr>\n");
        }
        main.Append("</tbody>\n</table></div>\n");
        return SitePage.Write(page, $"Kết quả năm {dashboard.Year}", main.ToString(),
            [("Trang chủ", "index.html"), ("Kết quả", "ket-qua/index.html"), ($"Năm {dashboard.Year}", null)]);
    }

    private static string CellResults(string page, Entry cell, ResultSet results, int year, string dashboard)
    {
        var evaluations = ReportComposer.Evaluate(cell.Document, results, year);
        var main = new StringBuilder("<h1>").Append(Encode(cell.Document.Frame.Bodies.Issuer.Value)).Append(": kết quả năm ").Append(year).Append("</h1>\n<p>")
            .Append(DocumentLink(page, cell)).Append(". <a href=").Append(Attribute(Link(page, dashboard))).Append(">Bảng tổng hợp năm ").Append(year).Append("</a>.</p>\n");
        main.Append("<div class=\"bang\"><table>\n<thead><tr><th scope=\"col\">Chỉ tiêu</th><th scope=\"col\">Giá trị đề ra</th><th scope=\"col\">Kết quả</th><th scope=\"col\">Đánh giá</th></tr></thead>\n<tbody>\n");
        foreach (var e in evaluations)
            main.Append("<tr><td>").Append(Encode(e.Target.Sentence.Value)).Append("</td><td>").Append(Encode(e.ValueSet)).Append("</td><td>")
                .Append(Encode(e.Result?.ToString() ?? "")).Append("</td><td>").Append(Encode(e.Verdict.Label())).Append("</td></tr>\n");
        main.Append("</tbody>\n</table></div>\n");
        return SitePage.Write(page, $"{cell.Document.Frame.Bodies.Issuer.Value}, năm {year}", main.ToString(),
            [("Trang chủ", "index.html"), ("Kết quả", "ket-qua/index.html"), ($"Năm {year}", dashboard), (cell.Document.Frame.Bodies.Issuer.Value, null)]);
    }

    private static string DashboardIndex(IReadOnlyList<Dashboard> dashboards)
    {
        var main = new StringBuilder("<h1>Kết quả các đơn vị</h1>\n");
        if (dashboards.Count == 0) main.Append("<p>Chưa có tệp kết quả (<code>loai: ket-qua</code>) nào trong dự án.</p>\n");
        foreach (var parent in dashboards.GroupBy(d => d.Parent.Page).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            main.Append("<section>\n<h2>").Append(DocumentLink("ket-qua/index.html", parent.First().Parent)).Append("</h2>\n<ul>\n");
            foreach (var dashboard in parent.OrderByDescending(d => d.Year))
                main.Append("<li><a href=").Append(Attribute(Link("ket-qua/index.html", dashboard.Page))).Append(">Năm ").Append(dashboard.Year).Append("</a></li>\n");
            main.Append("</ul>\n</section>\n");
        }
        return SitePage.Write("ket-qua/index.html", "Kết quả các đơn vị", main.ToString(), [("Trang chủ", "index.html"), ("Kết quả", null)]);
    }
}

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
        OutputFormats Formats = OutputFormats.Docx, string? Soffice = null)
    {
        /// <summary>
        /// Where the DOCX build keeps its cache, outside the published folder (it holds the building
        /// machine's paths); null: no cache, every DOCX is built again.
        /// </summary>
        public string? CacheFolder { get; init; }

        /// <summary>
        /// This machine's share of the site (<c>--shard K/N</c>): the pages and files of its documents,
        /// and, on the first shard, the pages of the whole project (home, targets, results), so that
        /// the union of the N shards' folders is the whole site. Null: the whole site.
        /// </summary>
        public Shard? Shard { get; init; }
    }

    /// <param name="Written">Files written by this run (pages and assets); an unchanged site writes none.</param>
    public sealed record Result(int Pages, IReadOnlyList<string> Written, IReadOnlyList<Diagnostic> Diagnostics, BuildSummary Build);

    /// <summary>Where the DOCX of the documents go, inside the site.</summary>
    public const string FilesFolder = "tep";

    public static Result Build(IReadOnlyList<SourceItem> sources, Options options)
    {
        // With a cache folder, a run whose every input is as the last run found it says what that run said and writes nothing.
        if (options.CacheFolder is not { } cacheFolder) return BuildWhole(sources, options);
        var key = StampKey(sources, options);
        if (SiteStamp.Unchanged(cacheFolder, key, options.OutputFolder) is { } same)
            return new Result(same.Pages, [], same.Diagnostics, new BuildSummary([], [], []) { UpToDate = sources.Count });
        SiteStamp.Forget(cacheFolder);
        var states = SiteStamp.States([.. options.ResultsFolders ?? [], .. sources.Select(s => Path.GetDirectoryName(Path.GetFullPath(s.Path))!)],
            StateFiles(sources), [options.OutputFolder, cacheFolder]);
        var ledger = new ReadLedger();
        Result result;
        using (ReadLedger.Begin(ledger)) result = BuildWhole(sources, options);
        // Only a run that did all it was asked is a record: not one LibreOffice or the disk stopped, nor one cut short.
        if (!result.Build.EnvironmentProblem && !result.Build.Cancelled && !result.Diagnostics.Any(d => d.Rule == Rules.OutputRefused || d.Rule == Rules.Io))
            SiteStamp.Save(cacheFolder, key, ledger, states, options.OutputFolder, result.Pages, result.Diagnostics);
        return result;
    }

    /// <summary>Everything a run is asked, besides its inputs' contents: the tool, the settings, the sources and where they go.</summary>
    private static string StampKey(IReadOnlyList<SourceItem> sources, Options options) => string.Join('\n', [
        ToolVersion.Informational,
        Path.GetFullPath(options.OutputFolder), options.Formats.ToString(), options.TemplateOverride is { } t ? Path.GetFullPath(t) : "",
        options.Soffice ?? "", options.Shard?.ToString() ?? "",
        .. (options.ResultsFolders ?? []).Select(Path.GetFullPath),
        .. sources.Select(s => Path.GetFullPath(s.Path) + "\0" + s.OutputRelativePath)]);

    /// <summary>The project files above the sources and the git state of the repositories around them, found without running git.</summary>
    private static IEnumerable<string> StateFiles(IReadOnlyList<SourceItem> sources)
    {
        var files = new HashSet<string>(StringComparer.Ordinal);
        foreach (var folder in sources.Select(s => Path.GetDirectoryName(Path.GetFullPath(s.Path))!).Distinct(StringComparer.Ordinal))
        {
            for (var at = new DirectoryInfo(folder); at is not null; at = at.Parent)
            {
                files.Add(Path.Combine(at.FullName, Project.ProjectFile.FileName));
                if (Path.Exists(Path.Combine(at.FullName, ".git")))
                {
                    files.UnionWith(Diffing.GitRepository.StateFiles(at.FullName));
                    break;
                }
            }
        }
        return files;
    }

    private static Result BuildWhole(IReadOnlyList<SourceItem> sources, Options options)
    {
        var folders = options.ResultsFolders ?? [];
        var (ownSources, share) = options.Shard is { } shard ? shard.Select(sources, folders) : (sources, null);
        var built = ProjectBuilder.Build(ownSources, new BuildOptions(Path.Combine(options.OutputFolder, FilesFolder), options.Formats, options.TemplateOverride, options.Soffice)
        {
            ResultsFolders = folders,
            Share = share,
            CacheFolder = options.CacheFolder,
            NoCache = options.CacheFolder is null,
        });
        // The build compiled every source of its share whose DOCX was out of date; the others are checked now,
        // so every page and link has its model and the diagnostics `check` gives (the build checked its share's
        // results files; a shard checks the others', for the project's pages count them).
        var compiled = built.Results.ToDictionary(r => Path.GetFullPath(r.SourcePath), StringComparer.Ordinal);
        var upToDate = sources.Where(s => !compiled.ContainsKey(Path.GetFullPath(s.Path))).ToList();
        var otherResults = share is null ? null : Results.ResultsFiles.In(folders).Select(Path.GetFullPath).Where(f => !share.Contains(f)).ToHashSet(StringComparer.Ordinal);
        var checkedRest = upToDate.Count > 0 || otherResults is { Count: > 0 }
            ? ProjectBuilder.Check(upToDate, options.TemplateOverride, otherResults is null ? null : folders, share: otherResults) : null;
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
        // The project's own pages (assets, dashboards, and below home, targets, results): the first shard's.
        List<string> commonPages = [.. pages.Keys, "index.html", "chi-tieu.html", "ket-qua/index.html"];
        var resultsOf = dashboards.SelectMany(d => d.Cells).GroupBy(c => c.Program, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);

        // The repository around each folder, asked of git once per folder (a repository of 1.000 documents has a few dozen).
        var repositories = new Dictionary<string, string?>(StringComparer.Ordinal);
        foreach (var entry in documents)
        {
            if (share is not null && !share.Contains(Path.GetFullPath(entry.Source.Path))) continue;
            var diagnostics = allDiagnostics.Where(d => d.Location.File.Length > 0 && Path.GetFullPath(d.Location.File) == Path.GetFullPath(entry.Source.Path)).ToList();
            var (template, _) = templates.For(entry.Document);
            var main = new HtmlWriter();
            main.Open("section", ("class", "phieu"), ("aria-label", "Thông tin văn bản")).Line().Element("h1", Describe(entry.Document)).Line().Open("ul").Line();
            var docx = $"{FilesFolder}/{entry.Source.OutputRelativePath.Replace('\\', '/')}";
            if (File.Exists(Path.Combine(options.OutputFolder, docx))) main.Open("li").Anchor(Link(entry.Page, docx), "Tải DOCX").Close("li").Line();
            var pdf = Path.ChangeExtension(docx, ".pdf");
            if (File.Exists(Path.Combine(options.OutputFolder, pdf))) main.Open("li").Anchor(Link(entry.Page, pdf), "Tải PDF").Close("li").Line();
            if (ParentOf(entry) is { } parent) DocumentLink(main.Open("li").Text("Thực hiện: "), entry.Page, parent).Close("li").Line();
            foreach (var child in children[entry.Source.Path].OrderBy(c => c.Page, StringComparer.Ordinal))
                DocumentLink(main.Open("li").Text("Văn bản cấp dưới: "), entry.Page, child).Close("li").Line();
            foreach (var cell in resultsOf.GetValueOrDefault(Path.GetFullPath(entry.Source.Path)) ?? [])
                main.Open("li").Text("Kết quả năm ").Number(cell.Year).Text(": ").Anchor(Link(entry.Page, cell.Page), "xem").Close("li").Line();
            foreach (var change in Changes(entry, documents, pages, repositories))
                main.Open("li").Text(change.Title + ": ").Anchor(Link(entry.Page, change.Page), "xem thay đổi").Close("li").Line();
            main.Close("ul").Line();
            if (diagnostics.Count > 0)
            {
                main.Open("h2").Text("Chẩn đoán (").Number(diagnostics.Count).Text(")").Close("h2").Line().Open("ul", ("class", "chan-doan-ds")).Line();
                foreach (var d in diagnostics)
                    main.Element("li", $"dòng {d.Location.Line}: {d.Rule.Id} {d.Message}").Line();
                main.Close("ul").Line();
            }
            main.Close("section").Line().Append(HtmlDocumentWriter.Write(entry.Document, template, diagnostics));
            pages[entry.Page] = SitePage.Write(entry.Page, Describe(entry.Document), main.ToMarkup(), [("Trang chủ", "index.html"), (Describe(entry.Document), null)]);
        }

        pages["index.html"] = Index(documents, allDiagnostics);
        pages["chi-tieu.html"] = TargetsPage(documents, children);
        pages["ket-qua/index.html"] = DashboardIndex(dashboards);
        if (options.Shard is { Index: > 1 })
            foreach (var common in commonPages) pages.Remove(common);

        var written = new List<string>();
        var refused = new DiagnosticBag();
        foreach (var (path, text) in pages)
        {
            var full = Path.Combine(options.OutputFolder, path.Replace('/', Path.DirectorySeparatorChar));
            // Through the gate build writes through: a page is never a folder, a device or a link's target elsewhere.
            if (OutputGate.File(full, Path.GetExtension(full)) is { } reason)
            {
                refused.Add(Rules.OutputRefused, SourceLocation.StartOf(full), reason);
                continue;
            }
            var bytes = Encoding.UTF8.GetBytes(text);
            if (Unchanged(full, bytes)) continue;
            // A page the disk refuses is said at the page, and the previous one stays; the others are still written.
            if (AtomicFile.WriteReported(full, bytes, refused, SourceLocation.StartOf(full))) written.Add(full);
        }
        return new Result(pages.Count, written, [.. ShareOf(allDiagnostics, sources, folders, share, options.Shard), .. refused.Items], built);
    }

    private sealed record Entry(SourceItem Source, Document Document, string Page);

    /// <summary>
    /// What a shard reports: the diagnostics at its share's files, and — the first shard — those at no
    /// document or results file (the project file, templates), so that each is said by exactly one shard.
    /// </summary>
    private static IEnumerable<Diagnostic> ShareOf(IReadOnlyList<Diagnostic> diagnostics, IReadOnlyList<SourceItem> sources, IReadOnlyList<string> folders, IReadOnlySet<string>? share, Shard? shard)
    {
        if (share is null || shard is null) return diagnostics;
        var units = sources.Select(s => Path.GetFullPath(s.Path)).Concat(Results.ResultsFiles.In(folders).Select(Path.GetFullPath)).ToHashSet(StringComparer.Ordinal);
        bool Own(Diagnostic d)
        {
            var file = d.Location.File.Length > 0 ? Path.GetFullPath(d.Location.File) : "";
            return share.Contains(file) || (shard.Value.Index == 1 && !units.Contains(file));
        }
        return diagnostics.Where(Own);
    }

    /// <summary>The page on disk already holds these bytes (one that cannot be read is written again).</summary>
    private static bool Unchanged(string full, byte[] bytes)
    {
        try
        {
            return File.Exists(full) && new FileInfo(full).Length == bytes.Length && File.ReadAllBytes(full).AsSpan().SequenceEqual(bytes);
        }
        catch (Exception ex) when (WriteFault.Is(ex))
        {
            return false;
        }
    }

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
        var main = new HtmlWriter().Element("h1", title).Line();
        DocumentLink(main.Open("p"), page, entry).Close("p").Line();
        main.Element("pre", new Diffing.Formats.DiffTextWriter(color: false).Write(diff), ("class", "thay-doi")).Line();
        return (page, SitePage.Write(page, title, main.ToMarkup(), [("Trang chủ", "index.html"), (Describe(entry.Document), entry.Page), ("Thay đổi", null)]));
    }

    private sealed record CellPage(string Program, int Year, string Page);

    private sealed record Dashboard(Entry Parent, int Year, string Page, RollUp.Table Table, IReadOnlyList<CellPage> Cells);

    /// <summary>"van-ban/chi-bo-…/chuong-trinh-….html": the source's place in the project.</summary>
    private static string PagePath(SourceItem source) => "van-ban/" + Path.ChangeExtension(source.OutputRelativePath, ".html").Replace('\\', '/');

    private static string Describe(Document document) => $"{document.Frame.Title?.Value ?? document.Kind.Title} số {document.Frame.Number.Value}";

    private static HtmlWriter DocumentLink(HtmlWriter h, string from, Entry to) =>
        h.Anchor(Link(from, to.Page), Describe(to.Document)).Text(" — " + to.Document.Frame.Bodies.Issuer.Value);

    private static string Index(IReadOnlyList<Entry> documents, IReadOnlyList<Diagnostic> diagnostics)
    {
        var main = new HtmlWriter().Element("h1", "Văn kiện của dự án").Line();
        main.Open("p").Number(documents.Count).Text(" văn bản; ")
            .Number(diagnostics.Count(d => d.Severity == Severity.Error)).Text(" lỗi, ")
            .Number(diagnostics.Count(d => d.Severity == Severity.Warning)).Text(" cảnh báo. ")
            .Anchor("chi-tieu.html", "Cây chỉ tiêu").Text("; ").Anchor("ket-qua/index.html", "kết quả các đơn vị").Text(".").Close("p").Line();
        foreach (var group in documents.GroupBy(d => d.Document.Frame.Bodies.Issuer.Value).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            main.Open("section").Line().Element("h2", group.Key).Line().Open("ul").Line();
            foreach (var entry in group.OrderBy(e => e.Page, StringComparer.Ordinal))
            {
                var count = diagnostics.Count(d => d.Location.File.Length > 0 && Path.GetFullPath(d.Location.File) == Path.GetFullPath(entry.Source.Path) && d.Severity != Severity.Info);
                DocumentLink(main.Open("li"), "index.html", entry).Text(", " + Text.VietnameseDate.Short(entry.Document.Frame.Date.Value));
                if (count > 0) main.Text(" ").Open("span", ("class", "chan-doan canh-bao")).Number(count).Text(" chẩn đoán").Close("span");
                main.Close("li").Line();
            }
            main.Close("ul").Line().Close("section").Line();
        }
        return SitePage.Write("index.html", "Trang chủ", main.ToMarkup(), []);
    }

    /// <summary>Each parent target with the child targets that apply it, their values and the coverage verdicts; filterable by cell and group.</summary>
    private static string TargetsPage(IReadOnlyList<Entry> documents, ILookup<string, Entry> children)
    {
        var main = new HtmlWriter().Element("h1", "Cây chỉ tiêu").Line();
        var table = 0;
        foreach (var parent in documents.Where(d => children[d.Source.Path].Any()).OrderBy(d => d.Page, StringComparer.Ordinal))
        {
            table++;
            var tableId = "bang-" + table.ToString(CultureInfo.InvariantCulture);
            var kids = children[parent.Source.Path].OrderBy(c => c.Document.Frame.Bodies.Issuer.Value, StringComparer.Ordinal).ToList();
            var rows = kids.SelectMany(kid => CoverageMatrix.Build(kid.Document, parent.Document).Select(row => (Kid: kid, Row: row))).ToList();
            var groupOf = parent.Document.TargetGroups.SelectMany(g => g.Targets.Select(t => (t, g.Title?.Value ?? ""))).ToDictionary(p => p.t, p => p.Item2);
            DocumentLink(main.Open("section").Line().Open("h2"), "chi-tieu.html", parent).Close("h2").Line();
            main.Open("form", ("class", "loc"), ("data-bang", tableId)).Line();
            Select(main, $"don-vi-{table}", "Đơn vị", "donVi", kids.Select(k => k.Document.Frame.Bodies.Issuer.Value));
            Select(main, $"nhom-{table}", "Nhóm chỉ tiêu", "nhom", parent.Document.TargetGroups.Select(g => g.Title?.Value ?? ""));
            main.Close("form").Line().Open("div", ("class", "bang")).Open("table", ("id", tableId)).Line().Open("thead").Open("tr");
            foreach (var heading in new[] { "Chỉ tiêu cấp trên", "Đơn vị", "Chỉ tiêu của đơn vị", "Đánh giá" }) main.Element("th", heading, ("scope", "col"));
            main.Close("tr").Close("thead").Line().Open("tbody").Line();
            foreach (var (kid, row) in rows.OrderBy(r => parent.Document.Targets.ToList().IndexOf(r.Row.Parent)).ThenBy(r => r.Kid.Document.Frame.Bodies.Issuer.Value, StringComparer.Ordinal))
            {
                main.Open("tr", ("data-don-vi", kid.Document.Frame.Bodies.Issuer.Value), ("data-nhom", groupOf.GetValueOrDefault(row.Parent) ?? ""));
                main.Open("td").Element("b", row.Parent.Id?.Value ?? "").Text(" " + row.Parent.Sentence.Value);
                if (row.Parent.Value is { } value) main.Text(" ").Element("code", value.ToString()!);
                main.Close("td");
                DocumentLink(main.Open("td"), "chi-tieu.html", kid).Close("td").Open("td");
                foreach (var child in row.Children)
                    main.Anchor(Link("chi-tieu.html", kid.Page, "ct-" + (child.Id?.Value ?? "")), child.Id?.Value ?? "").Text(" ")
                        .Text(child.ValueText?.Value ?? child.Value?.ToString() ?? "").Open("br");
                main.Close("td").Open("td").Text(row.Verdict.Vietnamese() + (row.Note is { } note ? " — " + note : "")).Close("td").Close("tr").Line();
            }
            main.Close("tbody").Line().Close("table").Close("div").Line().Close("section").Line();
        }
        if (table == 0) main.Element("p", "Chưa có văn bản nào thực hiện văn bản khác trong dự án.").Line();
        return SitePage.Write("chi-tieu.html", "Cây chỉ tiêu", main.ToMarkup(), [("Trang chủ", "index.html"), ("Cây chỉ tiêu", null)]);
    }

    private static void Select(HtmlWriter h, string id, string label, string key, IEnumerable<string> values)
    {
        h.Element("label", label, ("for", id)).Text(" ").Open("select", ("id", id), ("data-loc", key)).Element("option", "Tất cả", ("value", ""));
        foreach (var value in values.Distinct().Where(v => v.Length > 0).Order(StringComparer.Ordinal))
            h.Element("option", value);
        h.Close("select").Line();
    }

    /// <summary>For each committee with cells that report results: a dashboard per year and a page per cell and year.</summary>
    private static List<Dashboard> Dashboards(IReadOnlyList<Entry> documents, ILookup<string, Entry> children, IReadOnlyList<string> folders, SortedDictionary<string, string> pages)
    {
        var dashboards = new List<Dashboard>();
        if (folders.Count == 0) return dashboards;
        var resultSets = ResultsFiles.In(folders).Select(f => ResultsReader.Read(f, new DiagnosticBag())).OfType<ResultSet>()
            .GroupBy(r => r.ProgramPath, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);
        var byPath = documents.ToDictionary(d => Path.GetFullPath(d.Source.Path), StringComparer.Ordinal);
        var names = new ResultsPageNames();
        foreach (var parent in documents.Where(d => children[d.Source.Path].Any()).OrderBy(d => d.Page, StringComparer.Ordinal))
        {
            var gathered = Gather(parent, children[parent.Source.Path].ToList(), resultSets);
            if (gathered.ResultFiles == 0) continue;
            var years = gathered.Cells.Where(c => c.Results is not null).SelectMany(c => c.Results!.Entries).SelectMany(e => e.Values)
                .Select(v => v.Year).OfType<int>().Distinct().Order().ToList();
            var dashboardPages = years.ToDictionary(y => y, y => names.For("dashboard", parent.Page, y));
            foreach (var year in years)
            {
                var table = RollUp.Compute(gathered.Parent, gathered.Cells, year);
                var page = dashboardPages[year];
                var cells = new List<CellPage>();
                foreach (var (child, results) in gathered.Cells)
                {
                    if (results is null) continue;
                    var childEntry = byPath[Path.GetFullPath(child.SourcePath)];
                    var cellPage = names.For("cell", childEntry.Page, year);
                    pages[cellPage] = CellResults(cellPage, childEntry, results, year, page);
                    cells.Add(new CellPage(Path.GetFullPath(child.SourcePath), year, cellPage));
                }
                var dashboard = new Dashboard(parent, year, page, table, cells);
                dashboards.Add(dashboard);
                pages[page] = DashboardPage(dashboard, dashboardPages);
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

    private static string DashboardPage(Dashboard dashboard, IReadOnlyDictionary<int, string> years)
    {
        var page = dashboard.Page;
        var table = dashboard.Table;
        var main = new HtmlWriter().Open("h1").Text("Kết quả các đơn vị năm ").Number(dashboard.Year).Close("h1").Line().Open("p").Text("Thực hiện ");
        DocumentLink(main, page, dashboard.Parent).Text(". Năm khác: ");
        foreach (var ((year, yearPage), i) in years.OrderBy(y => y.Key).Select((y, i) => (y, i)))
        {
            if (i > 0) main.Text(", ");
            if (year == dashboard.Year) main.Number(year);
            else main.Anchor(Link(page, yearPage), year.ToString(CultureInfo.InvariantCulture));
        }
        main.Text(".").Close("p").Line();

        // The chart: per cell, how many parent targets it met or exceeded, missed, or has no verdict for.
        var met = table.Columns.Select((_, c) => (decimal?)table.Rows.Count(r => r.Cells[c].Verdict is Results.Verdict.Met or Results.Verdict.Exceeded)).ToList();
        var missed = table.Columns.Select((_, c) => (decimal?)table.Rows.Count(r => r.Cells[c].Verdict is Results.Verdict.Missed)).ToList();
        var other = table.Columns.Select((_, c) => (decimal?)table.Rows.Count(r => r.Cells[c].Verdict is not (Results.Verdict.Met or Results.Verdict.Exceeded or Results.Verdict.Missed))).ToList();
        SvgChart.Write(main, $"Số chỉ tiêu theo đánh giá, năm {dashboard.Year}", table.Columns.Select(c => c.Name).ToList(),
            [("Đạt, vượt", met), ("Không đạt", missed), ("Chưa đánh giá được", other)], "").Line();

        main.Open("div", ("class", "bang")).Open("table", ("class", "tong-hop")).Line().Open("thead").Open("tr").Element("th", "Chỉ tiêu", ("scope", "col"));
        foreach (var column in table.Columns)
        {
            var cell = dashboard.Cells.FirstOrDefault(c => c.Program == Path.GetFullPath(column.SourcePath));
            main.Open("th", ("scope", "col"));
            if (cell is null) main.Text(column.Name); else main.Anchor(Link(page, cell.Page), column.Name);
            main.Close("th");
        }
        main.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var row in table.Rows)
        {
            main.Open("tr").Element("th", (row.Parent.Id?.Value ?? "") + " " + row.Parent.Sentence.Value, ("scope", "row"));
            foreach (var cell in row.Cells) main.Element("td", cell.Text);
            main.Close("tr").Line();
        }
        main.Close("tbody").Line().Close("table").Close("div").Line();
        return SitePage.Write(page, $"Kết quả năm {dashboard.Year}", main.ToMarkup(),
            [("Trang chủ", "index.html"), ("Kết quả", "ket-qua/index.html"), ($"Năm {dashboard.Year}", null)]);
    }

    private static string CellResults(string page, Entry cell, ResultSet results, int year, string dashboard)
    {
        var evaluations = ReportComposer.Evaluate(cell.Document, results, year);
        var main = new HtmlWriter().Open("h1").Text(cell.Document.Frame.Bodies.Issuer.Value + ": kết quả năm ").Number(year).Close("h1").Line().Open("p");
        DocumentLink(main, page, cell).Text(". ").Anchor(Link(page, dashboard), $"Bảng tổng hợp năm {year}").Text(".").Close("p").Line();
        main.Open("div", ("class", "bang")).Open("table").Line().Open("thead").Open("tr");
        foreach (var heading in new[] { "Chỉ tiêu", "Giá trị đề ra", "Kết quả", "Đánh giá" }) main.Element("th", heading, ("scope", "col"));
        main.Close("tr").Close("thead").Line().Open("tbody").Line();
        foreach (var e in evaluations)
            main.Open("tr").Element("td", e.Target.Sentence.Value).Element("td", e.ValueSet).Element("td", e.Result?.ToString() ?? "").Element("td", e.Verdict.Label()).Close("tr").Line();
        main.Close("tbody").Line().Close("table").Close("div").Line();
        return SitePage.Write(page, $"{cell.Document.Frame.Bodies.Issuer.Value}, năm {year}", main.ToMarkup(),
            [("Trang chủ", "index.html"), ("Kết quả", "ket-qua/index.html"), ($"Năm {year}", dashboard), (cell.Document.Frame.Bodies.Issuer.Value, null)]);
    }

    private static string DashboardIndex(IReadOnlyList<Dashboard> dashboards)
    {
        var main = new HtmlWriter().Element("h1", "Kết quả các đơn vị").Line();
        if (dashboards.Count == 0) main.Open("p").Text("Chưa có tệp kết quả (").Element("code", "loai: ket-qua").Text(") nào trong dự án.").Close("p").Line();
        foreach (var parent in dashboards.GroupBy(d => d.Parent.Page).OrderBy(g => g.Key, StringComparer.Ordinal))
        {
            DocumentLink(main.Open("section").Line().Open("h2"), "ket-qua/index.html", parent.First().Parent).Close("h2").Line().Open("ul").Line();
            foreach (var dashboard in parent.OrderByDescending(d => d.Year))
                main.Open("li").Anchor(Link("ket-qua/index.html", dashboard.Page), $"Năm {dashboard.Year}").Close("li").Line();
            main.Close("ul").Line().Close("section").Line();
        }
        return SitePage.Write("ket-qua/index.html", "Kết quả các đơn vị", main.ToMarkup(), [("Trang chủ", "index.html"), ("Kết quả", null)]);
    }
}

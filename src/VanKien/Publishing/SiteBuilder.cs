using System.Text;
using VanKien.Building;
using VanKien.Checking;
using VanKien.Diagnostics;
using VanKien.Output;
using VanKien.Reading;
using VanKien.Writing.Html;
using static VanKien.Publishing.SiteDocument;
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
        IReadOnlyList<OutputFormat>? Formats = null, string? Soffice = null)
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
        Path.GetFullPath(options.OutputFolder), OutputFormats.Key(options.Formats ?? [OutputFormats.Docx]), options.TemplateOverride is { } t ? Path.GetFullPath(t) : "",
        options.Soffice ?? "", options.Shard?.ToString() ?? "",
        .. (options.ResultsFolders ?? []).Select(Path.GetFullPath),
        .. sources.Select(s => Path.GetFullPath(s.Path) + "\0" + s.OutputName)]);

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
            .Select(p => new SiteDocument(p.Source, p.Result!.Document!, PagePath(p.Source), templates.For(p.Result.Document!).Template.TitleOf(p.Result.Document!)))
            .ToList();
        var byPath = documents.ToDictionary(d => Path.GetFullPath(d.Source.Path), StringComparer.Ordinal);
        SiteDocument? ParentOf(SiteDocument entry) => entry.Document.Frame.ParentPath is { } parent && byPath.TryGetValue(DocumentSet.Resolve(entry.Document, parent.Value), out var found) ? found : null;
        var children = documents.ToLookup(d => ParentOf(d)?.Source.Path ?? "", d => d);

        var pages = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            [SiteAssets.StylePath] = SiteAssets.Style,
            [SiteAssets.ScriptPath] = SiteAssets.Script,
        };
        var dashboards = ResultsPages.Dashboards(documents, children, folders, pages);
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
            main.Open("section", ("class", "phieu"), ("aria-label", "Thông tin văn bản")).Line().Element("h1", Describe(entry)).Line().Open("ul").Line();
            // Each format the build wrote is offered, in the table's order; a format not asked for left no file.
            foreach (var format in OutputFormats.All)
            {
                var file = $"{FilesFolder}/{format.FileName(entry.Source.OutputName).Replace('\\', '/')}";
                if (File.Exists(Path.Combine(options.OutputFolder, file)))
                    main.Open("li").Anchor(Link(entry.Page, file), "Tải " + format.Name.ToUpperInvariant()).Close("li").Line();
            }
            if (ParentOf(entry) is { } parent) DocumentLink(main.Open("li").Text("Thực hiện: "), entry.Page, parent).Close("li").Line();
            foreach (var child in children[entry.Source.Path].OrderBy(c => c.Page, StringComparer.Ordinal))
                DocumentLink(main.Open("li").Text("Văn bản cấp dưới: "), entry.Page, child).Close("li").Line();
            foreach (var cell in resultsOf.GetValueOrDefault(Path.GetFullPath(entry.Source.Path)) ?? [])
                main.Open("li").Text("Kết quả năm ").Number(cell.Year).Text(": ").Anchor(Link(entry.Page, cell.Page), "xem").Close("li").Line();
            foreach (var change in ChangePages.Changes(entry, documents, pages, repositories))
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
            pages[entry.Page] = SitePage.Write(entry.Page, Describe(entry), main.ToMarkup(), [(Describe(entry), null)]);
        }

        pages["index.html"] = HomePage.Index(documents, allDiagnostics);
        pages["chi-tieu.html"] = TargetsPage.Write(documents, children);
        pages["ket-qua/index.html"] = ResultsPages.DashboardIndex(dashboards);
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
}

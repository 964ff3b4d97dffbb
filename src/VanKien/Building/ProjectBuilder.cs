using System.Diagnostics;
using Microsoft.Extensions.FileSystemGlobbing;
using VanKien.Checking;
using VanKien.Diagnostics;
using VanKien.Output;
using VanKien.Project;
using VanKien.Writing.Pdf;
using VanKien.Reading;

namespace VanKien.Building;

/// <summary>
/// Builds or checks many sources. A source with errors produces no output file. Documents compile
/// in parallel; an output whose inputs did not change since the last build (BuildCache) is skipped;
/// PDFs come from warm LibreOffices fed each DOCX as it is built (<see cref="PdfConverters"/>). The project's rule settings apply.
/// </summary>
public static class ProjectBuilder
{
    public static BuildSummary Build(IReadOnlyList<SourceItem> sources, string outputFolder, string? templateOverride = null) =>
        Build(sources, new BuildOptions(outputFolder, [OutputFormats.Docx], templateOverride));

    public static BuildSummary Build(IReadOnlyList<SourceItem> sources, BuildOptions options)
    {
        var clock = Stopwatch.StartNew();
        StartupTrace.Mark("build: start");
        // Every file the run reads is noted with the hash of the bytes read: what the cache records.
        var ledger = new ReadLedger();
        using var reads = ReadLedger.Begin(ledger);
        sources = Distinct(sources);
        if (Collisions(sources, options.Formats[0]) is { Count: > 0 } collisions)
            return new BuildSummary([], [], collisions) { Failed = sources.Count, Elapsed = clock.Elapsed };
        var (set, projectDiagnostics) = SetFor(sources, options.TemplateOverride);
        var cacheFolder = options.CacheFolder ?? options.OutputFolder;
        var cache = options.Force || options.NoCache ? BuildCache.Load("\0") : BuildCache.Load(cacheFolder);
        // Every choice of the command line that changes an output is part of its key: the formats, a release
        // build (a draft found up to date by an ordinary build must still be refused), a template given with --template (its bytes are a dependency too) and, for PDF, the converter.
        var formats = OutputFormats.Key(options.Formats) + (options.Release ? "+ban-chinh-thuc" : "")
            + (options.TemplateOverride is { } template ? "+mau=" + Path.GetFullPath(template) : "")
            + (options.Formats.Any(f => f.ByLibreOffice) && options.Soffice is { } soffice ? "+soffice=" + soffice : "");
        set.AddKnownNumbers(cache.Numbers);
        set.AddKnownNumbers(options.KnownNumbers);
        var results = new CompileResult?[sources.Count];
        var outcomes = new DocumentOutcome[sources.Count];
        var written = new List<string>?[sources.Count];
        var writeDiagnostics = new List<Diagnostic>?[sources.Count];
        // Formats made here from the DOCX are written with it; PDF goes to warm LibreOffices as each document
        // is built (the watch session's, or this run's own).
        var madeHere = options.Formats.Where(f => !f.ByLibreOffice).ToList();
        var pdfFormat = options.Formats.FirstOrDefault(f => f.ByLibreOffice);
        var wantsPdf = pdfFormat is not null;
        var pdfConverter = !wantsPdf ? null : options.PdfConverters?.Converter ?? LibreOfficeConverter.Find(options.Soffice);
        using var ownConverters = pdfConverter is null || options.PdfConverters is not null ? null : new PdfConverters(pdfConverter) { Timeout = options.PdfTimeout };
        using var pdfBatch = pdfConverter is null ? null : new PdfBatch(options.PdfConverters ?? ownConverters!, options.PdfTimeout, options.Cancellation);
        var pdfQueued = new bool[sources.Count];
        var pdfStageFaults = new Exception?[sources.Count];
        var done = 0;

        AtomicFile.SweepStale(options.OutputFolder);

        void One(int i)
        {
            if (options.Cancellation.IsCancellationRequested) { outcomes[i] = DocumentOutcome.Failed; return; }
            var source = sources[i];
            if (cache.IsUpToDate(source.OutputName, source.Path, formats, Outputs(source, options)))
            {
                outcomes[i] = DocumentOutcome.UpToDate;
            }
            else
            {
                // LibreOffice takes seconds to start: from the first document found out of date, not once it is written.
                if (wantsPdf) (options.PdfConverters ?? ownConverters)?.Warm();
                var result = Compiler.Build(source.Path, set);
                if (options.Release && result.Document?.Frame is { Draft: { } draft } frame)
                {
                    List<Diagnostic> refusals = [Diagnostic.Of(Rules.DraftInRelease, draft.Location,
                        $"bản ban hành chính thức không nhận dự thảo («{draft.Value}»): không ghi gì cho văn bản này",
                        "văn thư cấp số ('so: 05-…') và bỏ 'du-thao', hoặc dựng không có '--ban-chinh-thuc'")];
                    // A date left blank is refused where it stands, as the blank number is with the marking.
                    if (frame.Undated)
                        refusals.Add(Diagnostic.Of(Rules.DraftInRelease, frame.Date.Location,
                            "bản ban hành chính thức cần ngày ban hành: 'ngay' còn để trống",
                            "văn thư ghi ngày ban hành, ví dụ 'ngay: 01/10/2025'"));
                    result = result with { Docx = null, Diagnostics = [.. result.Diagnostics, .. refusals] };
                }
                outcomes[i] = result.Docx is null ? DocumentOutcome.Failed : DocumentOutcome.Built;
                var complete = false;
                // Written as soon as it is made, and not kept: a repository of 10,000 documents never holds all its DOCX at once.
                if (result.Docx is { } docx)
                {
                    complete = true;
                    foreach (var format in madeHere)
                    {
                        if (options.Cancellation.IsCancellationRequested) { complete = false; break; }
                        if (Write(Path.Combine(options.OutputFolder, format.FileName(source.OutputName)), format.FromDocx!(docx), source,
                            written[i] ??= [], writeDiagnostics[i] ??= [])) continue;
                        // Compiled is not built: a document whose output the disk refused counts as failed.
                        complete = false;
                        outcomes[i] = DocumentOutcome.Failed;
                        break;
                    }
                    if (wantsPdf && !options.Cancellation.IsCancellationRequested)
                    {
                        pdfQueued[i] = true;
                        try { pdfBatch?.Add(i, docx); }
                        catch (Exception ex) when (WriteFault.Is(ex)) { pdfStageFaults[i] = ex; }
                    }
                    result = result with { Docx = null };
                }
                // Remembered only once its output is whole: a stopped or failed write leaves the previous output stale.
                if (complete && result.Document is not null)
                    cache.Record(source.OutputName, source.Path, formats, Dependencies(result.Document, set), result.Document.Frame.Number.Value, ledger);
                else
                    cache.Forget(source.OutputName);
                results[i] = result.Document is { } document ? result with { Document = set.Done(document) } : result;
            }
            options.Progress?.Report(new BuildProgress(source.Path, outcomes[i], Interlocked.Increment(ref done), sources.Count));
        }

        // One document per core: the pool would add threads while writes wait on the disk, each holding a document in flight.
        if (options.Parallel && sources.Count > 1) System.Threading.Tasks.Parallel.For(0, sources.Count, PerCore, One);
        else for (var i = 0; i < sources.Count; i++) One(i);

        StartupTrace.Mark("build: compiled");
        var outputs = new List<string>();
        var diagnostics = new List<Diagnostic>(projectDiagnostics);
        var built = new List<(int Index, SourceItem Source)>();
        for (var i = 0; i < sources.Count; i++)
        {
            if (results[i] is not { } result) continue;
            diagnostics.AddRange(result.Diagnostics);
            outputs.AddRange(written[i] ?? []);
            diagnostics.AddRange(writeDiagnostics[i] ?? []);
            if (pdfQueued[i]) built.Add((i, sources[i]));
        }

        StartupTrace.Mark("build: outputs written");
        var environmentProblem = false;
        var pdfFailed = new List<int>();
        if (pdfFormat is not null && built.Count > 0 && !options.Cancellation.IsCancellationRequested)
            environmentProblem = !WritePdfs(pdfFormat, built, pdfBatch, pdfStageFaults, options, outputs, diagnostics, pdfFailed);
        // A document without its PDF is failed, and its cache entry goes: the next build makes it again.
        foreach (var i in pdfFailed)
        {
            outcomes[i] = DocumentOutcome.Failed;
            cache.Forget(sources[i].OutputName);
        }
        var cancelled = options.Cancellation.IsCancellationRequested;
        if (environmentProblem || cancelled)
            foreach (var (_, source) in built) cache.Forget(source.OutputName);

        // Results files are checked with the documents they measure; they write nothing.
        diagnostics.AddRange(new ResultsInRun(set, results.OfType<CompileResult>()).Check(options.ResultsFolders, cache, ledger, options.Share));
        StartupTrace.Mark("build: results files checked");

        // A run that built nothing leaves no trace: a source with errors produces no file at all.
        if (!options.NoCache && cache.Changed && (outcomes.Contains(DocumentOutcome.Built) || File.Exists(Path.Combine(cacheFolder, BuildCache.RelativePath))))
        {
            try { cache.Save(cacheFolder); }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { /* the next build is a full one */ }
        }

        StartupTrace.Mark("build: cache saved");
        var applied = Apply(set.Project, diagnostics);
        return new BuildSummary(results.OfType<CompileResult>().ToList(), outputs, applied)
        {
            EnvironmentProblem = environmentProblem,
            Cancelled = cancelled,
            Built = outcomes.Count(o => o == DocumentOutcome.Built),
            UpToDate = outcomes.Count(o => o == DocumentOutcome.UpToDate),
            Failed = outcomes.Count(o => o == DocumentOutcome.Failed),
            Elapsed = clock.Elapsed,
        };
    }

    /// <param name="unsaved">Texts that stand for files (an editor's unsaved buffers): read instead of the files, by full path.</param>
    public static BuildSummary Check(IReadOnlyList<SourceItem> sources, string? templateOverride = null, IReadOnlyList<string>? resultsFolders = null,
        IReadOnlyDictionary<string, byte[]>? unsaved = null, IReadOnlySet<string>? share = null)
    {
        var clock = Stopwatch.StartNew();
        StartupTrace.Mark("check: start");
        var (set, projectDiagnostics) = SetFor(sources, templateOverride);
        foreach (var (path, bytes) in unsaved ?? new Dictionary<string, byte[]>())
        {
            var read = new DiagnosticBag();
            set.Add(path, DocumentReader.Read(path, bytes, read, set.Limits, set.Scales), read.Items);
        }
        StartupTrace.Mark("check: document set ready");
        var results = new CompileResult[sources.Count];
        // One source (the common case in an editor or a hook) is checked on this thread: no pool to start.
        if (sources.Count == 1) results[0] = Compiler.Check(sources[0].Path, set);
        else System.Threading.Tasks.Parallel.For(0, sources.Count, PerCore, i =>
        {
            var result = Compiler.Check(sources[i].Path, set);
            results[i] = result.Document is { } document ? result with { Document = set.Done(document) } : result;
        });
        StartupTrace.Mark("check: documents checked");
        // One sink: the project's rule settings reach every diagnostic, the results files' (VK07xx) too.
        var diagnostics = Apply(set.Project, [.. projectDiagnostics, .. results.SelectMany(r => r.Diagnostics), .. new ResultsInRun(set, results).Check(resultsFolders ?? [], share: share)]);
        return new BuildSummary(results, [], diagnostics)
        {
            Failed = results.Count(r => r.HasErrors),
            Elapsed = clock.Elapsed,
        };
    }

    private static readonly System.Threading.Tasks.ParallelOptions PerCore = new() { MaxDegreeOfParallelism = Environment.ProcessorCount };

    /// <summary>The same file named twice (a file and its folder, say) is one source.</summary>
    private static IReadOnlyList<SourceItem> Distinct(IReadOnlyList<SourceItem> sources)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var distinct = new List<SourceItem>(sources.Count);
        foreach (var source in sources)
            if (seen.Add(Path.GetFullPath(source.Path))) distinct.Add(source);
        return distinct.Count == sources.Count ? sources : distinct;
    }

    /// <summary>
    /// Sources that would write the same output (a/x.md and b/x.md given together, n.md beside n.yaml):
    /// found before anything is written, since one output would silently replace the other. Names that
    /// differ only in case collide too, as they do on Windows and macOS. The message names the file of <paramref name="named"/>.
    /// </summary>
    public static IReadOnlyList<Diagnostic> Collisions(IReadOnlyList<SourceItem> sources, OutputFormat named)
    {
        var byOutput = new Dictionary<string, List<SourceItem>>(StringComparer.OrdinalIgnoreCase);
        foreach (var source in sources)
        {
            if (!byOutput.TryGetValue(source.OutputName, out var list)) byOutput[source.OutputName] = list = [];
            list.Add(source);
        }
        var diagnostics = new List<Diagnostic>();
        foreach (var (output, list) in byOutput)
        {
            if (list.Count < 2) continue;
            foreach (var source in list)
                diagnostics.Add(Diagnostic.Of(Rules.OutputCollision, SourceLocation.StartOf(source.Path),
                    $"'{source.Path}' và {string.Join(", ", list.Where(o => o != source).Select(o => $"'{o.Path}'"))} cùng ghi ra '{named.FileName(output)}'; không ghi văn bản nào",
                    "đổi tên một tệp, hoặc dựng từng thư mục với '-o' riêng"));
        }
        return diagnostics;
    }

    /// <summary>The sources of a project: its globs under its root, sources only, outputs and templates left out.</summary>
    public static IReadOnlyList<SourceItem> ProjectSources(ProjectFile project)
    {
        var root = project.Root ?? Directory.GetCurrentDirectory();
        var matcher = new Matcher(StringComparison.Ordinal);
        matcher.AddIncludePatterns(project.Sources);
        matcher.AddExclude(project.Output.TrimEnd('/') + "/**");
        matcher.AddExclude((project.Templates ?? Templates.TemplateLocator.FolderName).TrimEnd('/') + "/**");
        // The tree is walked by the one folder walker (links to folders are not entered), then matched.
        var files = Reading.SafeFolder.Files(root).Select(f => Path.GetRelativePath(root, f).Replace('\\', '/'));
        return matcher.Match(root, files).Files
            .Select(match => Path.GetFullPath(Path.Combine(root, match.Path)))
            .Where(SourceDiscovery.IsSource)
            .Order(StringComparer.Ordinal)
            .Select(path => new SourceItem(path, SourceItem.NameFor(Path.GetRelativePath(root, path))))
            .ToList();
    }

    private static IEnumerable<string> Outputs(SourceItem source, BuildOptions options) =>
        options.Formats.Select(format => Path.Combine(options.OutputFolder, format.FileName(source.OutputName)));

    /// <summary>What an output was made from, besides its source: parents, subordinates, template files, the project file.</summary>
    internal static IEnumerable<string> Dependencies(Model.Document document, DocumentSet set)
    {
        var files = new List<string>();
        var current = document;
        for (var depth = 0; depth < 64 && set.ParentOf(current) is { } parent; depth++)
        {
            files.Add(parent.Path);
            if (parent.Document is null || files.Count(f => f == parent.Path) > 1) break;
            current = parent.Document;
        }
        files.AddRange(document.Subordinates.Select(s => DocumentSet.Resolve(document, s.Value)));
        files.AddRange(set.Templates.For(document).Template.Files);
        if (set.Project.Path is { } project) files.Add(Path.GetFullPath(project));
        return files;
    }

    /// <summary>
    /// False when LibreOffice is missing (an environment problem); a failed conversion or write is a
    /// diagnostic, and the index of its document goes into <paramref name="failed"/>. The PDFs were
    /// converted as their documents were built (<see cref="PdfBatch"/>): this waits for the last and
    /// moves each into place, whole.
    /// </summary>
    private static bool WritePdfs(OutputFormat pdfFormat, List<(int Index, SourceItem Source)> built, PdfBatch? batch, Exception?[] stageFaults, BuildOptions options,
        List<string> outputs, List<Diagnostic> diagnostics, List<int> failed)
    {
        if (batch is null)
        {
            diagnostics.Add(Diagnostic.Of(Rules.PdfConverterMissing, SourceLocation.StartOf(options.Soffice ?? "soffice"),
                "không xuất được PDF: không tìm thấy LibreOffice (soffice)", LibreOfficeConverter.InstallHint));
            return false;
        }
        var items = batch.Finish().ToDictionary(item => item.Key);
        StartupTrace.Mark("build: pdfs converted");
        if (batch.OneShotReason is { } reason)
            diagnostics.Add(Diagnostic.Of(Rules.PdfOneShot, SourceLocation.StartOf(built[0].Source.Path),
                $"PDF xuất theo cách cũ, mỗi lần dựng khởi động LibreOffice một lần (chậm hơn): {reason}",
                "cài python3-uno để LibreOffice chạy sẵn và xuất PDF ngay khi từng văn bản dựng xong"));
        foreach (var (index, source) in built)
        {
            if (stageFaults[index] is { } fault)
            {
                // The system's temporary folder refused the copy LibreOffice reads: no PDF for this document.
                diagnostics.Add(WriteFault.Of(Path.GetTempPath(), fault, SourceLocation.StartOf(source.Path)));
                failed.Add(index);
                continue;
            }
            if (!items.TryGetValue(index, out var item) || item.Pdf is not { } pdf)
            {
                diagnostics.Add(Diagnostic.Of(Rules.PdfConversionFailed, SourceLocation.StartOf(source.Path), $"LibreOffice không tạo được PDF: {item?.Reason}"));
                failed.Add(index);
                continue;
            }
            if (!Write(Path.Combine(options.OutputFolder, pdfFormat.FileName(source.OutputName)), File.ReadAllBytes(pdf), source, outputs, diagnostics))
                failed.Add(index);
        }
        return true;
    }

    /// <summary>An output written through the one reported write: a refusal of the system is VK0901 at the source.</summary>
    private static bool Write(string target, byte[] bytes, SourceItem source, List<string> outputs, List<Diagnostic> diagnostics)
    {
        var refused = new DiagnosticBag();
        if (!AtomicFile.WriteReported(target, bytes, refused, SourceLocation.StartOf(source.Path)))
        {
            diagnostics.AddRange(refused.Items);
            return false;
        }
        outputs.Add(target);
        return true;
    }

    /// <summary>One document set for a run, with the scales of the project the first source belongs to.</summary>
    private static (DocumentSet, IReadOnlyList<Diagnostic>) SetFor(IReadOnlyList<SourceItem> sources, string? templateOverride) =>
        sources.Count == 0 ? (DocumentSet.Create(), []) : DocumentSet.ForSourcesAt(sources[0].Path, templateOverride);

    /// <summary>The project's rule settings, then one report per problem in a shared file (a template, a parent).</summary>
    private static List<Diagnostic> Apply(ProjectFile project, IEnumerable<Diagnostic> diagnostics) =>
        diagnostics.Select(project.Apply).OfType<Diagnostic>()
            .DistinctBy(d => $"{d.Rule.Id}\u0000{d.Location}\u0000{d.Message}", StringComparer.Ordinal).ToList(); // a string key: no tuple code to compile at start-up
}

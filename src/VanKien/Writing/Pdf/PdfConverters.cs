using System.Collections.Concurrent;

namespace VanKien.Writing.Pdf;

/// <summary>
/// The warm LibreOffices of a run, or of a <c>--watch</c> session: documents are queued as they are
/// built and converted as they come, by one LibreOffice per worker, each with its own profile. A
/// worker is added while the queue holds more than <see cref="DocumentsPerWorker"/> documents per
/// worker, up to one per core and no more than memory holds (<see cref="MemoryPerWorker"/> each):
/// a LibreOffice's start costs seconds, so a second one pays only for a batch. A LibreOffice that
/// dies is started again and its document retried; where Python has no UNO, or LibreOffice cannot be
/// driven warm, documents are handed back to be converted the one-shot way (<see cref="PdfBatch"/>).
/// </summary>
public sealed class PdfConverters : IDisposable
{
    /// <summary>
    /// A LibreOffice's start costs ~5 s of processor time (measured: 2.3–2.8 s user, 2.1–2.3 s system),
    /// about what converting 40–50 documents costs: a further worker starts only for a backlog that large,
    /// for on a busy machine two starting at once slow each other down.
    /// </summary>
    public const int DocumentsPerWorker = 48;

    /// <summary>What a LibreOffice converting our documents holds, with room: 200–250 MB resident measured on the samples, flat over 60 conversions.</summary>
    public const long MemoryPerWorker = 300L * 1024 * 1024;

    /// <summary>Attempts per document: a LibreOffice that died under it is started again this many times less one.</summary>
    private const int Attempts = 3;

    private readonly LibreOfficeConverter _converter;
    private readonly int _maxWorkers;
    private readonly BlockingCollection<Job> _queue = new();
    private readonly List<Thread> _workers = [];
    private readonly ConcurrentDictionary<WarmConverter, byte> _running = new();
    private readonly CancellationTokenSource _ended = new();
    private volatile string? _unavailable;
    private int _busy;

    public PdfConverters(LibreOfficeConverter converter, int? maxWorkers = null)
    {
        _converter = converter;
        _maxWorkers = Math.Max(1, maxWorkers ?? MaxWorkers());
    }

    public LibreOfficeConverter Converter => _converter;

    /// <summary>Why documents are converted the one-shot way instead (no UNO, LibreOffice not drivable), once found out; null while warm conversion works.</summary>
    public string? Unavailable => _unavailable;

    /// <summary>The process groups of the running LibreOffices (tests end them mid-run).</summary>
    internal IReadOnlyList<int> ProcessGroups => _running.Keys.Select(c => c.ProcessGroupId).ToList();

    /// <summary>How many LibreOffices were started (tests: parallel workers; restarts count too).</summary>
    internal int Starts => Volatile.Read(ref _starts);
    private int _starts;

    /// <summary>Called as a document is sent to a LibreOffice, with its process group and the DOCX (tests end LibreOffice there).</summary>
    internal Action<int, string>? BeforeRequestSent { get; init; }

    /// <summary>Per document: the time limit from when LibreOffice takes it.</summary>
    public TimeSpan Timeout { get; init; } = TimeSpan.FromMinutes(10);

    /// <summary>
    /// Starts one LibreOffice now, before any document: a watch session's first edit then waits for none,
    /// and a build starts it when it finds the first document to build, not once that document is written.
    /// </summary>
    public void Warm()
    {
        lock (_workers) if (_workers.Count == 0 && _unavailable is null) AddWorker(startNow: true);
    }

    /// <summary>What came of a document: converted (the PDF is whole at its path), failed with a reason, or handed back for the one-shot path.</summary>
    public sealed record Conversion(bool Converted, string Reason, bool HandedBack);

    /// <summary>Queues <paramref name="docx"/> for conversion to <paramref name="pdf"/>; the task ends when it is done, failed, or handed back.</summary>
    public Task<Conversion> Convert(string docx, string pdf, CancellationToken cancellation)
    {
        if (_unavailable is { } reason) return Task.FromResult(new Conversion(false, reason, HandedBack: true));
        var job = new Job(docx, pdf, cancellation, new TaskCompletionSource<Conversion>(TaskCreationOptions.RunContinuationsAsynchronously));
        try { _queue.Add(job); }
        catch (InvalidOperationException) { return Task.FromResult(new Conversion(false, "đã dừng", HandedBack: false)); }
        // A stop ends the wait at once: the job may sit behind a LibreOffice still starting (warmed with the
        // pool's own token), and the build disposes the pool, which ends that start, only once its jobs are done.
        var stopped = cancellation.Register(() => job.Done.TrySetResult(new Conversion(false, "đã dừng theo yêu cầu", HandedBack: false)));
        job.Done.Task.ContinueWith(_ => stopped.Dispose(), CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        lock (_workers)
        {
            var waiting = _queue.Count + Volatile.Read(ref _busy);
            if (_workers.Count == 0 || (_workers.Count < _maxWorkers && waiting > DocumentsPerWorker * _workers.Count && _unavailable is null))
                AddWorker();
        }
        return job.Done.Task;
    }

    private void AddWorker(bool startNow = false)
    {
        var worker = new Thread(() => Work(startNow)) { IsBackground = true, Name = $"vankien-pdf-{_workers.Count + 1}" };
        _workers.Add(worker);
        worker.Start();
    }

    /// <summary>One worker: a LibreOffice of its own, started when first needed and again after it dies.</summary>
    private void Work(bool startNow)
    {
        WarmConverter? converter = null;
        try
        {
            if (startNow) converter = StartConverter(_ended.Token, out _);
            foreach (var job in _queue.GetConsumingEnumerable(_ended.Token))
            {
                Interlocked.Increment(ref _busy);
                try { job.Done.TrySetResult(Run(job, ref converter)); }
                catch (Exception ex) { job.Done.TrySetResult(new Conversion(false, ex.Message, HandedBack: false)); }
                finally { Interlocked.Decrement(ref _busy); }
            }
        }
        catch (OperationCanceledException) { }
        finally { End(converter); }
    }

    private Conversion Run(Job job, ref WarmConverter? converter)
    {
        if (_unavailable is { } unavailable) return new Conversion(false, unavailable, HandedBack: true);
        var reason = "";
        for (var attempt = 0; attempt < Attempts; attempt++)
        {
            if (job.Cancellation.IsCancellationRequested || _ended.IsCancellationRequested) return new Conversion(false, "đã dừng theo yêu cầu", false);
            if (converter is null)
            {
                using var either = CancellationTokenSource.CreateLinkedTokenSource(job.Cancellation, _ended.Token);
                converter = StartConverter(either.Token, out var notStarted);
                if (converter is null)
                    return job.Cancellation.IsCancellationRequested || _ended.IsCancellationRequested
                        ? new Conversion(false, notStarted, false)
                        : new Conversion(false, notStarted, HandedBack: true);
            }
            var (outcome, why) = converter.Convert(job.Docx, job.Pdf, Timeout, job.Cancellation, BeforeRequestSent);
            if (outcome == WarmConverter.Outcome.Converted) return new Conversion(true, "", false);
            if (outcome == WarmConverter.Outcome.Failed) return new Conversion(false, why, false);
            // Died (or hung, or stopped): this LibreOffice is done; the next attempt starts another.
            End(converter);
            converter = null;
            reason = why;
            TryDelete(job.Pdf);
            if (job.Cancellation.IsCancellationRequested || why.StartsWith("LibreOffice không xong", StringComparison.Ordinal)) break;
        }
        return new Conversion(false, reason, false);
    }

    /// <summary>A LibreOffice of the worker's own, or null and why; where warm conversion proves impossible, the pool goes one-shot.</summary>
    private WarmConverter? StartConverter(CancellationToken cancellation, out string reason)
    {
        var started = WarmConverter.Start(_converter.Executable, cancellation);
        Interlocked.Increment(ref _starts);
        reason = started.Reason;
        if (started.Converter is { } converter)
        {
            _running[converter] = 0;
            // Ended by Dispose while it started: end it too.
            if (_ended.IsCancellationRequested) End(converter);
            return _ended.IsCancellationRequested ? null : converter;
        }
        if (!cancellation.IsCancellationRequested)
        {
            // No UNO, or a LibreOffice that cannot be driven warm: every document from now on goes the one-shot way.
            _unavailable ??= started.Reason;
            HandBackQueued();
        }
        return null;
    }

    /// <summary>Documents already queued when warm conversion turned out unavailable go back to their batch.</summary>
    private void HandBackQueued()
    {
        while (_queue.TryTake(out var job))
            job.Done.TrySetResult(new Conversion(false, _unavailable!, HandedBack: true));
    }

    private void End(WarmConverter? converter)
    {
        if (converter is null) return;
        _running.TryRemove(converter, out _);
        converter.Dispose();
    }

    private static void TryDelete(string path)
    {
        try { File.Delete(path); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }

    /// <summary>Ends every LibreOffice now (a stop, or the end of the run or session); queued documents fail.</summary>
    public void Dispose()
    {
        _queue.CompleteAdding();
        _ended.Cancel();
        foreach (var converter in _running.Keys) End(converter);
        List<Thread> workers;
        lock (_workers) workers = [.. _workers];
        foreach (var worker in workers) worker.Join(TimeSpan.FromSeconds(10));
        while (_queue.TryTake(out var job)) job.Done.TrySetResult(new Conversion(false, "đã dừng", HandedBack: false));
    }

    /// <summary>One per core, and no more than the memory available holds (Linux: MemAvailable; elsewhere what .NET reports).</summary>
    private static int MaxWorkers()
    {
        long available = GC.GetGCMemoryInfo().TotalAvailableMemoryBytes;
        try
        {
            if (File.Exists("/proc/meminfo"))
                foreach (var line in File.ReadLines("/proc/meminfo"))
                    if (line.StartsWith("MemAvailable:", StringComparison.Ordinal)
                        && long.TryParse(line["MemAvailable:".Length..].Trim().Split(' ')[0], out var kilobytes))
                        available = kilobytes * 1024;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
        return (int)Math.Clamp(available / MemoryPerWorker, 1, Environment.ProcessorCount);
    }

    private sealed record Job(string Docx, string Pdf, CancellationToken Cancellation, TaskCompletionSource<Conversion> Done);
}

using System.Collections.Concurrent;

namespace VanKien.Writing.Pdf;

/// <summary>
/// The PDFs of one build: each DOCX is staged in a folder of the run's own as soon as it is built and
/// queued to the warm converters, so that LibreOffice converts while the next documents are written.
/// <see cref="Finish"/> waits for them all; documents the warm converters handed back (no UNO here)
/// are converted the one-shot way, in one LibreOffice process. Every PDF is staged, whole, before
/// the build moves it into place.
/// </summary>
public sealed class PdfBatch(PdfConverters converters, TimeSpan timeout, CancellationToken cancellation) : IDisposable
{
    private readonly string _staging = Path.Combine(Path.GetTempPath(), $"vankien-pdf-{Guid.NewGuid():N}");
    private readonly ConcurrentDictionary<int, Task<PdfConverters.Conversion>> _conversions = new();

    /// <summary>One document's PDF: staged at <see cref="Pdf"/>, or the reason there is none.</summary>
    public sealed record Item(int Key, string? Pdf, string Reason);

    /// <summary>Stages the DOCX of document <paramref name="key"/> and queues it; throws what the temporary folder refuses.</summary>
    public void Add(int key, byte[] docx)
    {
        Directory.CreateDirectory(_staging);
        var path = DocxPath(key);
        File.WriteAllBytes(path, docx);
        _conversions[key] = converters.Convert(path, Path.ChangeExtension(path, ".pdf"), cancellation);
    }

    /// <summary>Why some documents went the one-shot way, when they did (said with --verbose).</summary>
    public string? OneShotReason { get; private set; }

    /// <summary>Waits for every document added, converts the handed-back ones in one process, and says what came of each.</summary>
    public IReadOnlyList<Item> Finish()
    {
        var done = _conversions.OrderBy(c => c.Key).Select(c => (c.Key, Conversion: c.Value.GetAwaiter().GetResult())).ToList();
        var handedBack = done.Where(d => d.Conversion.HandedBack).Select(d => d.Key).ToList();
        var oneShotLog = "";
        if (handedBack.Count > 0 && !cancellation.IsCancellationRequested)
        {
            OneShotReason = done.First(d => d.Conversion.HandedBack).Conversion.Reason;
            oneShotLog = converters.Converter.Convert(handedBack.Select(DocxPath).ToList(), _staging, timeout, cancellation).Log;
        }
        return done.Select(d =>
        {
            var pdf = Path.ChangeExtension(DocxPath(d.Key), ".pdf");
            var made = (d.Conversion.Converted || d.Conversion.HandedBack) && File.Exists(pdf);
            var reason = d.Conversion.HandedBack ? oneShotLog : d.Conversion.Reason;
            return new Item(d.Key, made ? pdf : null, cancellation.IsCancellationRequested && !made ? "đã dừng theo yêu cầu" : reason);
        }).ToList();
    }

    private string DocxPath(int key) => Path.Combine(_staging, $"{key:00000}.docx");

    public void Dispose()
    {
        try { if (Directory.Exists(_staging)) Directory.Delete(_staging, recursive: true); }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException) { }
    }
}

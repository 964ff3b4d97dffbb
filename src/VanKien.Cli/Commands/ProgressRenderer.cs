using System.Globalization;
using VanKien.Building;

namespace VanKien.Cli.Commands;

/// <summary>
/// Build progress as people expect it: on a terminal a live bar with counts and the current file;
/// elsewhere (piped, CI) one plain line per document. Then a summary table.
/// </summary>
internal sealed class ProgressRenderer(TextWriter output, TextWriter error, bool live) : IProgress<BuildProgress>
{
    private readonly object _lock = new();
    private readonly string _folder = Directory.GetCurrentDirectory();
    private long _lastDraw;

    public static bool IsLive(TextWriter error) =>
        ReferenceEquals(error, Console.Error) && !Console.IsErrorRedirected && Environment.GetEnvironmentVariable("CI") is null;

    public void Report(BuildProgress value)
    {
        // Formatted before taking the lock: the workers that report wait only for the write itself.
        var relative = VanKien.Text.Printable.Escape(Path.GetRelativePath(_folder, value.Source));
        lock (_lock)
        {
            if (!live)
            {
                var word = value.Outcome switch { DocumentOutcome.Built => "đã dựng", DocumentOutcome.UpToDate => "không đổi", _ => "lỗi" };
                output.WriteLine($"[{value.Done.ToString(CultureInfo.InvariantCulture).PadLeft(value.Total.ToString(CultureInfo.InvariantCulture).Length)}/{value.Total}] {word,-9} {relative}");
                return;
            }
            var now = Environment.TickCount64;
            if (value.Done < value.Total && now - _lastDraw < 50) return;
            _lastDraw = now;
            const int width = 30;
            var filled = value.Total == 0 ? width : width * value.Done / value.Total;
            var name = relative.Length > 40 ? "…" + relative[^39..] : relative;
            error.Write($"\r[{new string('#', filled)}{new string('.', width - filled)}] {value.Done}/{value.Total} {name,-40}");
            if (value.Done == value.Total) error.Write("\r" + new string(' ', width + 60) + "\r");
        }
    }

    public static void Summary(TextWriter output, BuildSummary summary)
    {
        var seconds = summary.Elapsed.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture).Replace('.', ',');
        output.WriteLine("Đã dựng  Không đổi  Lỗi  Thời gian");
        output.WriteLine($"{summary.Built,7}  {summary.UpToDate,9}  {summary.Failed,3}  {seconds + " s",9}");
    }
}

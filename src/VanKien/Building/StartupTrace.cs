using System.Diagnostics;

namespace VanKien.Building;

/// <summary>
/// VANKIEN_TRACE_STARTUP=1: prints, on stderr, the milliseconds since the process started at each
/// stage of a run — how the cold single-document benchmark (README) was taken apart.
/// </summary>
public static class StartupTrace
{
    private static readonly bool Enabled = Environment.GetEnvironmentVariable("VANKIEN_TRACE_STARTUP") is "1";
    private static readonly DateTime Start = Enabled ? Process.GetCurrentProcess().StartTime : default;

    public static void Mark(string stage)
    {
        if (Enabled) Console.Error.WriteLine($"[{(DateTime.Now - Start).TotalMilliseconds,7:F1} ms] {stage}");
    }
}

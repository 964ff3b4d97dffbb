using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace VanKien.Tests.Support;

/// <summary>
/// Runs an outside program (pandoc, soffice, pdftotext …). Tests that need one are marked with
/// <see cref="ExternalToolFactAttribute"/>: they skip, visibly, where the program is missing,
/// except under CI (environment variable CI set), where a missing program is a failure.
/// </summary>
internal static class ExternalTool
{
    public static bool IsCi => !string.IsNullOrEmpty(Environment.GetEnvironmentVariable("CI"));

    public static string? Find(string name)
    {
        var path = Environment.GetEnvironmentVariable("PATH") ?? "";
        return path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, name))
            .FirstOrDefault(File.Exists);
    }

    /// <summary>Why a test needing <paramref name="programs"/> cannot run here, or null when it can (or must, under CI).</summary>
    public static string? SkipReason(IEnumerable<string?> programs)
    {
        var missing = programs.OfType<string>().Where(p => Find(p) is null).ToList();
        return missing.Count == 0 || IsCi ? null
            : $"needs {string.Join(", ", missing)} on PATH (installed by .ci/run; under CI=true this test fails instead of skipping)";
    }

    public sealed record Result(int ExitCode, string Output, string Error);

    public static Result Run(string program, IEnumerable<string> arguments, TimeSpan? timeout = null) =>
        RunIn(null, program, arguments, timeout);

    public static Result RunIn(string? workingFolder, string program, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var executable = program.Contains(Path.DirectorySeparatorChar) ? program
            : Find(program) ?? throw new InvalidOperationException($"'{program}' is not installed (needed by this test)");
        var start = new ProcessStartInfo(executable)
        {
            WorkingDirectory = workingFolder ?? "",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(timeout ?? TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"'{program}' did not finish in time");
        }
        return new Result(process.ExitCode, output.Result, error.Result);
    }
}

/// <summary>A fact that needs outside programs; see <see cref="ExternalTool"/>.</summary>
internal sealed class ExternalToolFactAttribute : FactAttribute
{
    public ExternalToolFactAttribute(string program, string? second = null, string? third = null, string? fourth = null,
        [CallerMemberName] string member = "", [CallerFilePath] string file = "") =>
        VisibleSkip.Apply(this, ExternalTool.SkipReason([program, second, third, fourth]), member, file);
}

/// <summary>A theory that needs outside programs; see <see cref="ExternalTool"/>.</summary>
internal sealed class ExternalToolTheoryAttribute : TheoryAttribute
{
    public ExternalToolTheoryAttribute(string program, string? second = null, string? third = null, string? fourth = null,
        [CallerMemberName] string member = "", [CallerFilePath] string file = "") =>
        VisibleSkip.Apply(this, ExternalTool.SkipReason([program, second, third, fourth]), member, file);
}

/// <summary>
/// A fact that drives LibreOffice over UNO from Debian's Python (<c>/usr/bin/python3</c> with
/// <c>python3-uno</c>) and reads its output with pandoc; skips, visibly, where one is missing,
/// except under CI.
/// </summary>
internal sealed class UnoFactAttribute : FactAttribute
{
    public const string Python = "/usr/bin/python3";

    public UnoFactAttribute([CallerMemberName] string member = "", [CallerFilePath] string file = "")
    {
        var missing = new[] { "soffice", "pandoc" }.Where(p => ExternalTool.Find(p) is null).ToList();
        if (!File.Exists(Python) || ExternalTool.Run(Python, ["-c", "import uno"]).ExitCode != 0) missing.Add("python3-uno (import uno in /usr/bin/python3)");
        if (missing.Count > 0 && !ExternalTool.IsCi)
            VisibleSkip.Apply(this, $"needs {string.Join(", ", missing)} (installed by .ci/run; under CI=true this test fails instead of skipping)", member, file);
    }
}

/// <summary>
/// A fact that needs the warm PDF path: the programs named, and UNO in Debian's Python
/// (<c>/usr/bin/python3</c> with <c>python3-uno</c>), which VanKien's converter helper runs in; skips,
/// visibly, where one is missing, except under CI.
/// </summary>
internal sealed class WarmPdfFactAttribute : FactAttribute
{
    public WarmPdfFactAttribute(string program, string? second = null, string? third = null,
        [CallerMemberName] string member = "", [CallerFilePath] string file = "")
    {
        var reason = ExternalTool.SkipReason([program, second, third]);
        if (reason is null && !ExternalTool.IsCi && (!File.Exists(UnoFactAttribute.Python) || ExternalTool.Run(UnoFactAttribute.Python, ["-c", "import uno"]).ExitCode != 0))
            reason = "needs python3-uno (import uno in /usr/bin/python3) for the warm PDF path (installed by .ci/run; under CI=true this test fails instead of skipping)";
        VisibleSkip.Apply(this, reason, member, file);
    }
}

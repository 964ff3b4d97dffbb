using VanKien.Diagnostics;

namespace VanKien.Cli.Commands;

/// <summary>A path the user named that VanKien will not write: a located diagnostic and the usage exit code.</summary>
internal static class Refusal
{
    public static int Print(TextWriter error, string path, string reason, string? hint = null)
    {
        error.WriteLine(Diagnostic.Of(Rules.OutputRefused, SourceLocation.StartOf(path.Length == 0 ? "''" : path), reason, hint));
        return ExitCodes.UsageOrEnvironment;
    }
}

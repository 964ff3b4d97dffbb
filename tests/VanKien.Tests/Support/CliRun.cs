using VanKien.Cli;

namespace VanKien.Tests.Support;

/// <summary>Runs the <c>vankien</c> command in-process with its own output streams.</summary>
internal static class CliRun
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>The diagnostic lines of the human format (without the excerpt and notes under each).</summary>
        public string[] DiagnosticLines => ErrorLines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^(?!= )\S.*:\d+:\d+: (error|warning|info) VK\d{4}: ")).ToArray();
    }

    public static Result Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}

using VanKien.Cli;

namespace VanKien.Tests.Support;

/// <summary>Runs the <c>vankien</c> command in-process with its own output streams.</summary>
internal static class CliRun
{
    public sealed record Result(int ExitCode, string Output, string Error)
    {
        public string[] ErrorLines => Error.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

        /// <summary>The diagnostic lines of the human format (without the excerpt and notes under each).</summary>
        public string[] DiagnosticLines => ErrorLines.Where(l => System.Text.RegularExpressions.Regex.IsMatch(l, @"^(?!= )\S.*:\d+:\d+: (lỗi|cảnh báo|ghi chú) VK\d{4}: ")).ToArray();
    }

    /// <summary>
    /// vankien with these arguments: in this process, or — when VANKIEN_CLI names a binary — as that
    /// process, in the current folder (the assertions are the same either way).
    /// </summary>
    public static Result Run(params string[] args)
    {
        if (VankienProcess.Native is not null)
        {
            var run = VankienProcess.RunIn(Directory.GetCurrentDirectory(), args, TimeSpan.FromMinutes(5));
            return new Result(run.ExitCode, run.Output, run.Error);
        }
        var output = new StringWriter();
        var error = new StringWriter();
        var code = CliApp.Run(args, output, error);
        return new Result(code, output.ToString(), error.ToString());
    }
}

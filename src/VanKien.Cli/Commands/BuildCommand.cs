using System.CommandLine;
using VanKien.Building;

namespace VanKien.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = Sources.PathsArgument();
        var outputFolder = new Option<string>("--output", "-o") { Description = "Thư mục ghi tệp DOCX", DefaultValueFactory = _ => "out" };
        var report = new ReportOptions();
        var command = new Command("build", "Kiểm tra và biên dịch văn bản sang DOCX") { paths, outputFolder };
        report.AddTo(command);
        command.SetAction(result =>
        {
            var sources = Sources.Discover(result.GetValue(paths)!, error);
            if (sources is null) return ExitCodes.UsageOrEnvironment;
            var folder = result.GetValue(outputFolder)!;
            var summary = ProjectBuilder.Build(sources, folder);
            return report.Report(result, summary.Diagnostics, output, error,
                $"Đã biên dịch {summary.Outputs.Count}/{sources.Count} văn bản vào '{folder}'; {summary.ErrorCount} lỗi, {summary.WarningCount} cảnh báo.");
        });
        return command;
    }
}

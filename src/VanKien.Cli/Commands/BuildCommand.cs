using System.CommandLine;
using VanKien.Building;

namespace VanKien.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = Sources.PathsArgument();
        var outputFolder = new Option<string>("--output", "-o") { Description = "Thư mục ghi tệp kết quả", DefaultValueFactory = _ => "out" };
        var formats = new Option<string>("--format") { Description = "Tệp kết quả: docx (mặc định), pdf, hoặc docx,pdf", DefaultValueFactory = _ => "docx" };
        formats.Validators.Add(result =>
        {
            if (OutputFormatsText.Parse(result.GetValueOrDefault<string>() ?? "") is null)
                result.AddError("--format nhận docx, pdf hoặc docx,pdf");
        });
        var template = TemplateOption.Create();
        var soffice = new Option<string?>("--soffice") { Description = "Đường dẫn LibreOffice (soffice) để xuất PDF" };
        var report = new ReportOptions("--diagnostics");
        var command = new Command("build", "Kiểm tra và biên dịch văn bản sang DOCX, PDF") { paths, outputFolder, formats, template, soffice };
        report.AddTo(command);
        command.SetAction(result =>
        {
            var sources = Sources.Discover(result.GetValue(paths)!, error);
            if (sources is null) return ExitCodes.UsageOrEnvironment;
            var folder = result.GetValue(outputFolder)!;
            var options = new BuildOptions(folder, OutputFormatsText.Parse(result.GetValue(formats)!)!.Value, result.GetValue(template), result.GetValue(soffice));
            var summary = ProjectBuilder.Build(sources, options);
            return report.Report(result, summary.Diagnostics, output, error,
                $"Đã ghi {summary.Outputs.Count} tệp từ {sources.Count} văn bản vào '{folder}'; {summary.ErrorCount} lỗi, {summary.WarningCount} cảnh báo.",
                summary.EnvironmentProblem);
        });
        return command;
    }
}

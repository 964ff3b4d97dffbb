using System.CommandLine;
using VanKien.Building;
using VanKien.Reporting;
using VanKien.Results;

namespace VanKien.Cli.Commands;

/// <summary>
/// <c>vankien report PROGRAM --results FILE --kind so-ket|tong-ket</c>: checks the results against
/// the program, writes the báo cáo's source (<c>bao-cao-so-ket-2027.md</c>) into the output folder and
/// builds it like any source — DOCX with a native chart per group, PDF on request.
/// </summary>
internal static class ReportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var program = new Argument<string>("program") { Description = "Chương trình (hoặc kế hoạch) có các chỉ tiêu" };
        var resultsOption = new Option<string>("--results", "--ket-qua") { Description = "Tệp kết quả (loai: ket-qua)", Required = true };
        var kindOption = new Option<string>("--kind", "--loai") { Description = "so-ket (sơ kết giữa nhiệm kỳ) hoặc tong-ket", Required = true };
        kindOption.AcceptOnlyFromAmong([.. ReportKinds.Keys]);
        var year = new Option<int?>("--nam") { Description = "Năm báo cáo (mặc định: giữa nhiệm kỳ cho sơ kết, cuối nhiệm kỳ cho tổng kết)" };
        var narrative = new Option<string?>("--noi-dung") { Description = "Tệp Markdown: các phần tường thuật tác giả viết (ưu điểm, hạn chế, phương hướng)" };
        var outputFolder = new Option<string>("--output", "-o") { Description = "Thư mục ghi báo cáo", DefaultValueFactory = _ => "out" };
        var formats = FormatOption.Create("Tệp báo cáo", defaultDocx: true);
        var template = TemplateOption.Create();
        var soffice = new Option<string?>("--soffice") { Description = "Đường dẫn LibreOffice (soffice) để xuất PDF" };
        var overwrite = new Option<bool>("--ghi-de") { Description = "Ghi đè tệp nguồn báo cáo đã có và đã được sửa" };
        var report = new ReportOptions();
        var command = new Command("report", "Soạn báo cáo sơ kết/tổng kết: kết quả so với chỉ tiêu, bảng và biểu đồ theo nhóm")
        {
            program, resultsOption, kindOption, year, narrative, outputFolder, formats, template, soffice, overwrite,
        };
        report.AddTo(command);
        command.SetAction(result =>
        {
            if (Output.OutputFormats.Parse(result.GetValue(formats)!) is not { } outputFormats)
            {
                error.WriteLine("vankien: " + FormatOption.Refused);
                return ExitCodes.UsageOrEnvironment;
            }
            var programPath = result.GetValue(program)!;
            var folder = result.GetValue(outputFolder)!;
            if (OutputGate.Folder(folder) is { } refusedFolder) return Refusal.Print(error, folder, refusedFolder);
            if (result.GetValue(year) is < 1900 or > 2200)
            {
                error.WriteLine($"vankien: --nam {result.GetValue(year)} không phải một năm (1900–2200)");
                return ExitCodes.UsageOrEnvironment;
            }
            var run = ReportRun.Run(new ReportRun.Request(programPath, result.GetValue(resultsOption)!, ReportKinds.FromKey(result.GetValue(kindOption)!)!.Value,
                result.GetValue(year), result.GetValue(narrative), folder, result.GetValue(overwrite),
                new BuildOptions(folder, outputFormats, result.GetValue(template), result.GetValue(soffice))));
            if (run.Refusal is { } refusal)
                return run.KeptEdits
                    ? Refusal.Print(error, run.SourcePath!, refusal, $"dựng bản đã sửa bằng 'vankien build {run.SourcePath}', hoặc thêm --ghi-de để soạn lại")
                    : Refusal.Print(error, run.SourcePath!, refusal);
            if (run.Composed is not { } composed || run.Built is not { } built)
                return report.Report(result, run.Diagnostics, output, error, run.Composed is null ? "Không soạn được báo cáo." : $"Không ghi được nguồn báo cáo {run.SourcePath}.");
            var counts = string.Join(", ", composed.Evaluations.GroupBy(e => e.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Key.Label().ToLowerInvariant()} {g.Count()}"));
            return report.Report(result, run.Diagnostics, output, error,
                $"Báo cáo năm {composed.Year}: {composed.Evaluations.Count} chỉ tiêu ({counts}); nguồn {run.SourcePath}; " +
                (built.ErrorCount == 0 ? $"đã ghi {string.Join(", ", built.Outputs)}." : "không ghi được báo cáo."),
                environmentProblem: built.EnvironmentProblem);
        });
        return command;
    }
}

using System.CommandLine;
using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Reading;
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
        kindOption.AcceptOnlyFromAmong("so-ket", "tong-ket");
        var year = new Option<int?>("--nam") { Description = "Năm báo cáo (mặc định: giữa nhiệm kỳ cho sơ kết, cuối nhiệm kỳ cho tổng kết)" };
        var narrative = new Option<string?>("--noi-dung") { Description = "Tệp Markdown: các phần tường thuật tác giả viết (ưu điểm, hạn chế, phương hướng)" };
        var outputFolder = new Option<string>("--output", "-o") { Description = "Thư mục ghi báo cáo", DefaultValueFactory = _ => "out" };
        var formats = new Option<string>("--format") { Description = "docx, pdf hoặc docx,pdf", DefaultValueFactory = _ => "docx" };
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
            if (OutputFormatsText.Parse(result.GetValue(formats)!) is not { } outputFormats)
            {
                error.WriteLine("vankien: --format phải là docx, pdf hoặc docx,pdf");
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
            var diagnostics = new DiagnosticBag();
            var (document, results) = ResultsFiles.Open(result.GetValue(resultsOption)!, programPath, diagnostics, path => Compiler.Check(path) is var c ? (c.Document, c.Diagnostics) : default);
            if (document is null || results is null)
                return report.Report(result, diagnostics.Items, output, error, "Không soạn được báo cáo.");
            string? narrativeText = null;
            if (result.GetValue(narrative) is { } narrativePath)
            {
                var file = SafeFile.Read(narrativePath, ReaderLimits.Default.MaxSourceBytes);
                narrativeText = file.Bytes is null ? null : SourceText.Decode(narrativePath, file.Bytes, ReaderLimits.Default, diagnostics);
                if (file.Bytes is null) diagnostics.Add(Rules.Io, SourceLocation.StartOf(narrativePath), file.Refusal ?? "không đọc được tệp");
            }
            if (diagnostics.HasErrors) return report.Report(result, diagnostics.Items, output, error, "Không soạn được báo cáo.");

            var kind = ReportKinds.FromKey(result.GetValue(kindOption)!)!.Value;
            var reportYear = result.GetValue(year) ?? ReportComposer.DefaultYear(document, results, kind);
            var composed = ReportComposer.Compose(document, results, kind, reportYear, narrativeText);
            var name = $"bao-cao-{result.GetValue(kindOption)}-{reportYear}";
            var sourcePath = Path.Combine(folder, name + ".md");
            var sourceBytes = System.Text.Encoding.UTF8.GetBytes(composed.Source);
            // The report's source is kept for editing: an edited one is never replaced without --ghi-de.
            if (!result.GetValue(overwrite) && OutputGate.KeepsEdits(sourcePath, sourceBytes) is { } edited)
                return Refusal.Print(error, sourcePath, edited, $"dựng bản đã sửa bằng 'vankien build {sourcePath}', hoặc thêm --ghi-de để soạn lại");
            if (OutputGate.File(sourcePath, ".md") is { } refusedSource) return Refusal.Print(error, sourcePath, refusedSource);
            AtomicFile.Write(sourcePath, sourceBytes);
            var built = ProjectBuilder.Build([new SourceItem(sourcePath, name + ".docx")],
                new BuildOptions(folder, outputFormats, result.GetValue(template), result.GetValue(soffice)) { Force = true, KnownNumbers = [document.Frame.Number.Value] });
            diagnostics.AddRange(built.Diagnostics);
            var counts = string.Join(", ", composed.Evaluations.GroupBy(e => e.Verdict).OrderBy(g => g.Key).Select(g => $"{g.Key.Label().ToLowerInvariant()} {g.Count()}"));
            return report.Report(result, diagnostics.Items, output, error,
                $"Báo cáo năm {reportYear}: {composed.Evaluations.Count} chỉ tiêu ({counts}); nguồn {sourcePath}; " +
                (built.ErrorCount == 0 ? $"đã ghi {string.Join(", ", built.Outputs)}." : "không ghi được báo cáo."),
                environmentProblem: built.EnvironmentProblem);
        });
        return command;
    }
}

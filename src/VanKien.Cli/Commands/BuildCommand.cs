using System.CommandLine;
using VanKien.Building;
using VanKien.Output;
using VanKien.Reading;

namespace VanKien.Cli.Commands;

internal static class BuildCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = SourcePaths.Create();
        var outputFolder = new Option<string>("--output", "-o") { Description = "Thư mục ghi tệp kết quả (mặc định: 'dau-ra' của dự án, hoặc out)" };
        var formats = FormatOption.Create("Tệp kết quả", fromProject: true);
        var template = TemplateOption.Create();
        var soffice = new Option<string?>("--soffice") { Description = "Đường dẫn LibreOffice (soffice) để xuất PDF" };
        var force = new Option<bool>("--force") { Description = "Dựng lại mọi văn bản, kể cả không đổi" };
        var watch = new Option<bool>("--watch") { Description = "Dựng lại mỗi khi lưu tệp (Ctrl-C để dừng)" };
        var release = new Option<bool>("--ban-chinh-thuc") { Description = "Bản ban hành chính thức: dự thảo là lỗi (VK0310), không ghi gì cho nó" };
        var shard = ShardOption.Create();
        var report = new ReportOptions();
        var command = new Command("build", "Kiểm tra và biên dịch văn bản sang DOCX, PDF") { paths, outputFolder, formats, template, soffice, force, watch, release, shard };
        report.AddTo(command);
        command.SetAction(result =>
        {
            var scope = ProjectScope.Resolve(result.GetValue(paths) ?? [], error);
            if (scope is null) return ExitCodes.UsageOrEnvironment;
            var project = scope.Project;
            var folder = result.GetValue(outputFolder)
                ?? (project?.Root is { } root ? Path.Combine(root, project.Output) : "out");
            if (result.GetValue(outputFolder) is null && project is not null && OutputGate.ProjectOutput(project, folder) is { } outside)
                return Refusal.Print(error, project.Path ?? folder, outside, "dùng 'build -o' để ghi ra nơi khác");
            var chosen = OutputFormats.Parse(result.GetValue(formats) ?? (project is null ? OutputFormats.Docx.Name : string.Join(',', project.Formats))) ?? [OutputFormats.Docx];
            var human = report.Format(result) == Diagnostics.Formats.DiagnosticFormat.Human;
            // A watch session keeps its LibreOffices warm from one save to the next, and started before the first
            // save: a saved source's PDF is then rewritten in about the time converting it takes.
            var watchPdf = result.GetValue(watch) && chosen.Any(f => f.ByLibreOffice)
                && VanKien.Writing.Pdf.LibreOfficeConverter.Find(result.GetValue(soffice)) is { } found ? found : null;
            using var converters = watchPdf is null ? null : new VanKien.Writing.Pdf.PdfConverters(watchPdf);
            converters?.Warm();

            int Once(bool forced)
            {
                // Ctrl-C (and SIGTERM, as CI sends) asks the build to stop: no half-written file either way.
                using var stop = new CancellationTokenSource();
                // Said at once, so that the user (and a test) knows the request landed while the writes under way finish.
                void Stop(System.Runtime.InteropServices.PosixSignalContext c)
                {
                    c.Cancel = true;
                    if (stop.IsCancellationRequested) return;
                    error.WriteLine("vankien: đã nhận yêu cầu dừng; đang ghi nốt các tệp dở dang…");
                    stop.Cancel();
                }
                using var interrupt = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGINT, Stop);
                using var terminate = System.Runtime.InteropServices.PosixSignalRegistration.Create(System.Runtime.InteropServices.PosixSignal.SIGTERM, Stop);
                var options = new BuildOptions(folder, chosen, result.GetValue(template), result.GetValue(soffice))
                {
                    Cancellation = stop.Token,
                    ResultsFolders = scope.Folders,
                    Force = forced,
                    PdfConverters = converters,
                    Release = result.GetValue(release),
                    Progress = human ? new ProgressRenderer(output, error, ProgressRenderer.IsLive(error)) : null,
                };
                // Found anew on every run: under --watch, a new or renamed source is built too.
                var first = forced == result.GetValue(force) && !result.GetValue(watch);
                var found = first ? scope
                    : scope with { Sources = project is not null ? ProjectBuilder.ProjectSources(project) : SourceDiscovery.Discover(result.GetValue(paths) ?? []).Sources };
                var (sources, share) = found.ShareOf(result.GetValue(shard));
                var summary = ProjectBuilder.Build(sources, options with { Share = share });
                if (summary.Cancelled)
                {
                    error.WriteLine($"vankien: đã dừng theo yêu cầu; {summary.Outputs.Count} tệp đã ghi trọn vẹn, các tệp khác giữ nguyên bản trước.");
                    return ExitCodes.Interrupted;
                }
                var diagnostics = summary.Diagnostics;
                var code = report.Report(result, diagnostics, output, error,
                    $"Đã ghi {summary.Outputs.Count} tệp từ {sources.Count} văn bản vào '{folder}'; " +
                    $"{diagnostics.Count(d => d.Severity == VanKien.Diagnostics.Severity.Error)} lỗi, {diagnostics.Count(d => d.Severity == VanKien.Diagnostics.Severity.Warning)} cảnh báo.",
                    summary.EnvironmentProblem);
                if (human) ProgressRenderer.Summary(output, summary);
                return code;
            }

            var exit = Once(result.GetValue(force));
            if (!result.GetValue(watch)) return exit;
            Watcher.Run(project?.Root ?? Path.GetFullPath(result.GetValue(paths)!.Select(p => Directory.Exists(p) ? p : Path.GetDirectoryName(Path.GetFullPath(p))!).First()),
                Path.GetFullPath(folder), () => Once(forced: false), output);
            return exit;
        });
        return command;
    }
}

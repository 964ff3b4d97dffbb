using System.CommandLine;
using VanKien.Building;
using VanKien.Output;
using VanKien.Publishing;

namespace VanKien.Cli.Commands;

/// <summary><c>vankien site</c>: the project as a static HTML site (pages, targets tree, results dashboards), incremental.</summary>
internal static class SiteCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = SourcePaths.Create();
        var outputFolder = new Option<string>("--output", "-o") { Description = "Thư mục ghi trang web (mặc định: public)" };
        var formats = FormatOption.Create("Tệp tải về kèm mỗi trang");
        var soffice = new Option<string?>("--soffice") { Description = "Đường dẫn LibreOffice (soffice) để xuất PDF" };
        var template = TemplateOption.Create();
        var shard = ShardOption.Create();
        var report = new ReportOptions();
        var command = new Command("site", "Dựng trang web tĩnh của dự án: mỗi văn bản một trang, cây chỉ tiêu, kết quả các đơn vị") { paths, outputFolder, formats, soffice, template, shard };
        report.AddTo(command);
        command.SetAction(result =>
        {
            var scope = ProjectScope.Resolve(result.GetValue(paths) ?? [], error);
            if (scope is null) return ExitCodes.UsageOrEnvironment;
            var folder = result.GetValue(outputFolder) ?? (scope.Project?.Root is { } root ? Path.Combine(root, "public") : "public");
            if (OutputGate.Folder(folder, create: true) is { } refused) return Refusal.Print(error, folder, refused, "chọn thư mục khác với '-o'");
            // The default folder is the project's own, like build's dau-ra: a committed link out of the project is refused.
            if (result.GetValue(outputFolder) is null && scope.Project?.Root is { } projectRoot && OutputGate.InsideProject(projectRoot, folder) is { } outside)
                return Refusal.Print(error, folder, outside, "dùng 'site -o' để ghi ra nơi khác");
            var site = SiteBuilder.Build(scope.Sources, new SiteBuilder.Options(folder, result.GetValue(template), scope.Folders,
                OutputFormats.Parse(result.GetValue(formats) ?? OutputFormats.Docx.Name), result.GetValue(soffice))
            {
                // The DOCX build's cache stays out of the published folder (it holds this machine's paths): in the
                // project's own build folder (dau-ra, ignored by git like build's cache), when that folder is inside the project.
                CacheFolder = scope.Project is { Root: { } cacheRoot } project && OutputGate.ProjectOutput(project, Path.Combine(cacheRoot, project.Output)) is null
                    ? Path.Combine(cacheRoot, project.Output, ".trang-web") : null,
                Shard = Shard.Parse(result.GetValue(shard)),
            });
            return report.Report(result, site.Diagnostics, output, error,
                $"Trang web: {site.Pages} tệp trong '{folder}', {site.Written.Count} tệp ghi mới; {site.Build.Built} DOCX dựng lại.");
        });
        return command;
    }
}

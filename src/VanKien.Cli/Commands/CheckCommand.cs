using System.CommandLine;
using VanKien.Building;

namespace VanKien.Cli.Commands;

internal static class CheckCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var paths = SourcePaths.Create();
        var report = new ReportOptions(formerName: "--format");
        var template = TemplateOption.Create();
        var shard = ShardOption.Create();
        var command = new Command("check", "Kiểm tra văn bản với văn bản cấp trên, không ghi tệp nào") { paths, template, shard };
        report.AddTo(command);
        command.SetAction(result =>
        {
            var scope = ProjectScope.Resolve(result.GetValue(paths) ?? [], error, emptyIsClean: true);
            StartupTrace.Mark("sources found");
            if (scope is null) return ExitCodes.UsageOrEnvironment;
            if (scope.Sources.Count == 0)
                return report.Report(result, [], output, error, $"{ProjectScope.NothingYet} {ProjectScope.NextStep}");
            var (sources, share) = scope.ShareOf(result.GetValue(shard));
            var summary = ProjectBuilder.Check(sources, result.GetValue(template), scope.Folders, share: share);
            var diagnostics = summary.Diagnostics;
            return report.Report(result, diagnostics, output, error,
                $"Đã kiểm tra {sources.Count} văn bản; {diagnostics.Count(d => d.Severity == VanKien.Diagnostics.Severity.Error)} lỗi, {diagnostics.Count(d => d.Severity == VanKien.Diagnostics.Severity.Warning)} cảnh báo.");
        });
        return command;
    }
}

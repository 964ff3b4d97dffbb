using System.CommandLine;
using VanKien.Building;
using VanKien.Checking;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reporting;
using VanKien.Results;
using VanKien.Reading;

namespace VanKien.Cli.Commands;

/// <summary>
/// <c>vankien rollup PARENT [FOLDER…]</c>: for a committee's resolution or program, every cell's
/// verdict per parent target — the cells are the documents in the folders that implement PARENT
/// (<c>thuc-hien</c>), judged against the results files (<c>loai: ket-qua</c>) found beside them.
/// </summary>
internal static class RollupCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var parent = new Argument<string>("parent") { Description = "Văn bản cấp trên (nghị quyết, chương trình của cấp ủy)" };
        var folders = new Argument<string[]>("folders") { Arity = ArgumentArity.ZeroOrMore, Description = "Thư mục tìm văn bản cấp dưới và tệp kết quả (mặc định: thư mục dự án)" };
        var year = new Option<int?>("--nam") { Description = "Năm đánh giá (mặc định: năm mới nhất có kết quả)" };
        var markdown = new Option<bool>("--markdown") { Description = "In bảng Markdown" };
        var report = new ReportOptions();
        var command = new Command("rollup", "Tổng hợp kết quả của các chi bộ trực thuộc theo từng chỉ tiêu của cấp trên") { parent, folders, year, markdown };
        report.AddTo(command);
        command.SetAction(result =>
        {
            var parentPath = Path.GetFullPath(result.GetValue(parent)!);
            var roots = result.GetValue(folders) is { Length: > 0 } given ? given : [DefaultRoot(parentPath)];
            var diagnostics = new DiagnosticBag();
            var found = SourceDiscovery.Discover(roots);
            foreach (var missing in found.Missing) error.WriteLine($"vankien: không có tệp hay thư mục '{missing}'");
            if (found.Missing.Count > 0) return ExitCodes.UsageOrEnvironment;

            if (RollUp.Gather(parentPath, found.Sources, roots, diagnostics) is not { } gathered)
                return report.Report(result, diagnostics.Items, output, error, "Không đọc được văn bản cấp trên.");
            var reportYear = result.GetValue(year) ?? (gathered.LatestYear > 0 ? gathered.LatestYear : DateTime.Now.Year);
            output.Write(RollUp.Render(RollUp.Compute(gathered.Parent, gathered.Cells, reportYear), result.GetValue(markdown)));
            return report.Report(result, diagnostics.Items, output, error, $"{gathered.Cells.Count} văn bản cấp dưới, {gathered.ResultFiles} tệp kết quả.");
        });
        return command;
    }

    /// <summary>The project folder (vankien.yaml) above the parent, else the folder above the parent's.</summary>
    private static string DefaultRoot(string parentPath)
    {
        if (Project.ProjectFileReader.Find(Path.GetDirectoryName(parentPath)!) is { } projectFile) return Path.GetDirectoryName(projectFile)!;
        return Path.GetDirectoryName(Path.GetDirectoryName(parentPath)!) ?? Path.GetDirectoryName(parentPath)!;
    }
}

using System.CommandLine;
using VanKien.Building;
using VanKien.Checking;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Reporting;
using VanKien.Results;

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
        var report = new ReportOptions("--diagnostics");
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

            var set = DocumentSet.ForSourcesAt(parentPath).Set;
            var parentResult = Compiler.Check(parentPath, set);
            if (parentResult.Document is not { } parentDocument)
                return report.Report(result, parentResult.Diagnostics, output, error, "Không đọc được văn bản cấp trên.");

            var children = new List<Document>();
            foreach (var source in found.Sources)
            {
                var full = Path.GetFullPath(source.Path);
                if (full == parentPath) continue;
                var child = Compiler.Check(full, set);
                if (child.Document?.Frame.ParentPath is { } link &&
                    Path.GetFullPath(Path.Combine(Path.GetDirectoryName(full)!, link.Value)) == parentPath)
                {
                    diagnostics.AddRange(child.Diagnostics.Where(d => d.Severity == Severity.Error));
                    children.Add(child.Document);
                }
            }

            var resultSets = new Dictionary<string, ResultSet>(StringComparer.Ordinal);
            foreach (var file in roots.SelectMany(r => Directory.Exists(r) ? Directory.EnumerateFiles(r, "*.yaml", SearchOption.AllDirectories) : [])
                         .Where(ResultsReader.IsResultsFile).Order(StringComparer.Ordinal))
            {
                if (ResultsReader.Read(file, diagnostics) is not { } results) continue;
                if (children.FirstOrDefault(c => Path.GetFullPath(c.SourcePath) == results.ProgramPath) is not { } program) continue;
                ResultsChecker.Check(results, program, diagnostics);
                resultSets.TryAdd(results.ProgramPath, results);
            }

            var pairs = children.OrderBy(c => c.Frame.Bodies.Issuer.Value, StringComparer.Ordinal)
                .Select(c => (c, resultSets.GetValueOrDefault(Path.GetFullPath(c.SourcePath)))).ToList();
            var reportYear = result.GetValue(year) ?? resultSets.Values.SelectMany(r => r.Entries).SelectMany(e => e.Values)
                .Select(v => v.Year ?? 0).DefaultIfEmpty(DateTime.Now.Year).Max();
            var table = RollUp.Compute(parentDocument, pairs, reportYear);
            output.Write(RollUp.Render(table, result.GetValue(markdown)));
            return report.Report(result, diagnostics.Items, output, error, $"{children.Count} văn bản cấp dưới, {resultSets.Count} tệp kết quả.");
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

using System.CommandLine;
using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Importing;

namespace VanKien.Cli.Commands;

/// <summary>
/// <c>vankien import FILE|FOLDER -o DIR</c>: legacy DOCX and plain-text documents into sources, one
/// each, with a report of what was recognised and what could not be placed. A refused file writes
/// nothing; an existing source is never overwritten without --ghi-de.
/// </summary>
internal static class ImportCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var input = new Argument<string>("input") { Description = "Tệp .docx, .txt hoặc thư mục chứa chúng" };
        var outputFolder = new Option<string>("--output", "-o") { Description = "Thư mục ghi tệp nguồn", Required = true };
        var supplementOption = new Option<string?>("--bo-sung")
        {
            Description = "Tệp YAML ghi các trường văn bản gốc không còn (so, co-quan, ngay, noi-nhan, ky, …); chỉ điền chỗ thiếu",
        };
        var overwrite = new Option<bool>("--ghi-de") { Description = "Ghi đè tệp nguồn đã có" };
        var report = new ReportOptions(formerName: "--format");
        var command = new Command("import", "Nhập văn bản cũ (DOCX, văn bản thuần) thành tệp nguồn VanKien") { input, outputFolder, supplementOption, overwrite };
        report.AddTo(command);
        command.SetAction(result =>
        {
            var from = result.GetValue(input)!;
            var to = result.GetValue(outputFolder)!;
            if (OutputGate.Folder(to) is { } refusedFolder) return Refusal.Print(error, to, refusedFolder);
            var diagnostics = new DiagnosticBag();
            if (ImportRun.Inputs(from) is not { } files)
            {
                error.WriteLine($"vankien: không có tệp hay thư mục '{from}'");
                return ExitCodes.UsageOrEnvironment;
            }

            Supplement? supplement = null;
            if (result.GetValue(supplementOption) is { } supplementPath)
            {
                supplement = Supplement.Load(supplementPath, diagnostics);
                if (supplement is null)
                    return report.Report(result, diagnostics.Items, output, error, "Tệp bổ sung không dùng được: không nhập gì.");
            }

            var run = ImportRun.Run(files, to, result.GetValue(overwrite), supplement);
            diagnostics.AddRange(run.Diagnostics);
            var lines = run.Outcomes.Select(o => o.Document is { } document ? $"  ✓ {o.Path} → {o.Target}: {Describe(document)}" : $"  ✗ {o.Path}: không nhập").ToList();
            var imported = run.Imported;
            var refused = run.Refused;
            var summary = string.Join(Environment.NewLine, lines.Append($"Đã nhập {imported} văn bản; {refused} bị từ chối."));
            return report.Report(result, diagnostics.Items, output, error, summary);
        });
        return command;
    }

    private static string Describe(ImportedDocument document)
    {
        var headings = document.Body.OfType<DraftHeading>().Count();
        var targets = document.Targets.Sum(g => g.Targets.Count);
        var tables = document.Body.OfType<DraftTable>().Count() + (document.Appendix?.Blocks.OfType<DraftTable>().Count() ?? 0);
        var parts = new List<string>
        {
            document.Kind ?? "chưa rõ loại",
            $"{headings} đề mục",
            $"{targets} chỉ tiêu",
            $"{tables} bảng",
            $"{document.Basis.Count} căn cứ",
            $"{document.Recipients.Count} nơi nhận",
            document.Signer is null ? "chưa có chữ ký" : "có chữ ký",
        };
        if (document.Appendix is not null) parts.Add("có phụ lục");
        if (document.Unplaced.Count > 0) parts.Add($"{document.Unplaced.Count} dòng chưa xếp được");
        return string.Join(", ", parts);
    }
}

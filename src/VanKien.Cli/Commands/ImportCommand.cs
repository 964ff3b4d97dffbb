using System.CommandLine;
using VanKien.Building;
using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Reading;

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
            var files = Inputs(from, error);
            if (files is null) return ExitCodes.UsageOrEnvironment;

            Supplement? supplement = null;
            if (result.GetValue(supplementOption) is { } supplementPath)
            {
                supplement = Supplement.Load(supplementPath, diagnostics);
                if (supplement is null)
                    return report.Report(result, diagnostics.Items, output, error, "Tệp bổ sung không dùng được: không nhập gì.");
            }

            var imported = 0;
            var refused = 0;
            var lines = new List<string>();
            foreach (var (path, relative) in files)
            {
                var target = Path.Combine(to, Path.ChangeExtension(relative, ".md"));
                var local = new DiagnosticBag();
                var file = SafeFile.Read(path, DocxPackage.Limits.Default.MaxFileBytes + 1);
                Importer.Result outcome;
                if (file.Bytes is not { } bytes)
                {
                    local.Add(file.TooLarge ? Rules.ImportTooLarge : Rules.Io, SourceLocation.StartOf(path), file.Refusal ?? "không đọc được tệp");
                    outcome = new Importer.Result(null, null, 0);
                }
                else if (File.Exists(target) && !result.GetValue(overwrite))
                {
                    local.Add(Rules.ImportTargetExists, SourceLocation.StartOf(path), $"đã có {target}: không ghi đè", "thêm --ghi-de để ghi đè");
                    outcome = new Importer.Result(null, null, 0);
                }
                else outcome = Importer.Import(path, bytes, local, supplement);

                diagnostics.AddRange(local.Items);
                if (outcome.Source is null || local.HasErrors)
                {
                    refused++;
                    lines.Add($"  ✗ {path}: không nhập");
                    continue;
                }
                AtomicFile.Write(target, System.Text.Encoding.UTF8.GetBytes(outcome.Source));
                imported++;
                lines.Add($"  ✓ {path} → {target}: {Describe(outcome.Document!)}");
            }

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

    /// <summary>The files to import, each with the path its source takes under the output folder.</summary>
    private static List<(string Path, string Relative)>? Inputs(string from, TextWriter error)
    {
        if (File.Exists(from)) return [(from, Path.GetFileName(from))];
        if (!Directory.Exists(from))
        {
            error.WriteLine($"vankien: không có tệp hay thư mục '{from}'");
            return null;
        }
        return VanKien.Reading.SafeFolder.Files(from, Importer.CanImport)
            .Select(path => (path, Path.GetRelativePath(from, path)))
            .ToList();
    }
}

using System.CommandLine;
using VanKien.Checking;
using VanKien.Coverage;

namespace VanKien.Cli.Commands;

internal static class TargetsCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var child = new Argument<string>("child") { Description = "Văn bản cấp dưới (có 'thuc-hien')" };
        var command = new Command("targets", "Bảng đối chiếu: mỗi chỉ tiêu cấp trên, chỉ tiêu cấp dưới thực hiện nó và đánh giá") { child };
        command.SetAction(result =>
        {
            var path = result.GetValue(child)!;
            if (!File.Exists(path))
            {
                error.WriteLine($"vankien: không tìm thấy '{path}'");
                return ExitCodes.UsageOrEnvironment;
            }
            var set = DocumentSet.Create();
            var entry = set.Load(path);
            if (entry.Document is null)
            {
                foreach (var d in entry.Diagnostics) error.WriteLine(d);
                return ExitCodes.ErrorsFound;
            }
            if (set.ParentOf(entry.Document) is not { Document: { } parent })
            {
                error.WriteLine($"vankien: '{path}' không có văn bản cấp trên đọc được ('thuc-hien')");
                return ExitCodes.ErrorsFound;
            }
            var rows = CoverageMatrix.Build(entry.Document, parent);
            output.WriteLine($"{path} thực hiện {parent.Frame.Number.Value} ({Path.GetFileName(parent.SourcePath)})");
            output.WriteLine();
            output.Write(CoverageMatrix.Render(rows));
            return rows.Any(r => r.Verdict is CoverageVerdict.Weaker or CoverageVerdict.Missing or CoverageVerdict.Incomparable)
                ? ExitCodes.ErrorsFound
                : ExitCodes.Clean;
        });
        return command;
    }
}

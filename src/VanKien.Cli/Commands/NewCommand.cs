using System.CommandLine;
using VanKien.Checking;
using VanKien.Model;
using VanKien.Scaffolding;

namespace VanKien.Cli.Commands;

internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("kind") { Description = "Loại văn bản, ví dụ chuong-trinh-hanh-dong" };
        kind.AcceptOnlyFromAmong([.. DocumentKind.All.Select(k => k.Key)]);
        var parent = new Option<string>("--parent") { Description = "Văn bản cấp trên mà văn bản mới thực hiện", Required = true };
        var target = new Option<string>("--output", "-o") { Description = "Tệp nguồn sẽ tạo (.md)", Required = true };
        var organisation = new Option<string?>("--to-chuc") { Description = "Loại tổ chức (loai-to-chuc), ví dụ chi-bo-truong-mam-non" };
        var command = new Command("new", "Tạo văn bản cấp dưới với mọi chỉ tiêu cấp trên đã điền sẵn") { kind, parent, target, organisation };
        command.SetAction(result =>
        {
            var outputPath = result.GetValue(target)!;
            if (File.Exists(outputPath))
            {
                error.WriteLine($"vankien: '{outputPath}' đã có; không ghi đè");
                return ExitCodes.UsageOrEnvironment;
            }
            var entry = DocumentSet.Create().Load(result.GetValue(parent)!);
            if (entry.Document is null)
            {
                foreach (var d in entry.Diagnostics) error.WriteLine(d);
                error.WriteLine($"vankien: không đọc được văn bản cấp trên '{result.GetValue(parent)}'");
                return ExitCodes.UsageOrEnvironment;
            }
            var today = DateOnly.FromDateTime(DateTime.Today);
            var date = today < entry.Document.Frame.Date.Value ? entry.Document.Frame.Date.Value : today;
            var text = ChildScaffold.Write(new ChildScaffold.Options(
                DocumentKind.FromKey(result.GetValue(kind)!)!, outputPath, entry.Document, result.GetValue(organisation), date));
            Building.AtomicFile.Write(outputPath, new System.Text.UTF8Encoding(false).GetBytes(text));
            output.WriteLine($"Đã tạo '{outputPath}' với {entry.Document.Targets.Count()} chỉ tiêu cấp trên để đối chiếu.");
            return ExitCodes.Clean;
        });
        return command;
    }
}

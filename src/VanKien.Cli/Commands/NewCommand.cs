using System.CommandLine;
using VanKien.Checking;
using VanKien.Model;
using VanKien.Scaffolding;

namespace VanKien.Cli.Commands;

internal static class NewCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("kind") { Description = "Loại văn bản: " + string.Join("; ", DocumentKind.All.Select(k => $"{k.Key} ({k.Title.ToLowerInvariant()})")) };
        kind.AcceptOnlyFromAmong([.. DocumentKind.All.Select(k => k.Key)]);
        var parent = new Option<string?>("--parent") { Description = "Văn bản cấp trên mà văn bản mới thực hiện (bỏ trống: khung trống để điền)" };
        var target = new Option<string>("--output", "-o") { Description = "Tệp nguồn sẽ tạo (.md)", Required = true };
        var organisation = new Option<string?>("--to-chuc") { Description = "Loại tổ chức (loai-to-chuc), ví dụ chi-bo-truong-mam-non" };
        var issuer = new Option<string?>("--ban-hanh") { Description = "Cơ quan ban hành văn bản mới (mặc định: một chi bộ, để điền), ví dụ \"Đảng ủy xã Hùng An\"" };
        var party = new Option<bool>("--dang") { Description = "Thể thức văn bản Đảng (Hướng dẫn 36-HD/VPTW), mặc định" };
        var state = new Option<bool>("--nha-nuoc") { Description = "Thể thức văn bản nhà nước (Nghị định 30/2020/NĐ-CP)" };
        var command = new Command("new", "Tạo văn bản mới: khung để điền, hoặc văn bản cấp dưới với mọi chỉ tiêu cấp trên đã điền sẵn (--parent)")
        {
            kind, parent, target, organisation, issuer, party, state,
        };
        command.SetAction(result =>
        {
            var outputPath = result.GetValue(target)!;
            if (File.Exists(outputPath))
            {
                error.WriteLine($"vankien: '{outputPath}' đã có; không ghi đè");
                return ExitCodes.UsageOrEnvironment;
            }
            var documentKind = DocumentKind.FromKey(result.GetValue(kind)!)!;
            if (result.GetValue(party) && result.GetValue(state))
            {
                error.WriteLine("vankien: chọn một thể thức: --dang hoặc --nha-nuoc");
                return ExitCodes.UsageOrEnvironment;
            }
            if (result.GetValue(parent) is not { } parentPath)
            {
                var standard = result.GetValue(state) ? BlankScaffold.Standard.State : BlankScaffold.Standard.Party;
                var blank = BlankScaffold.Write(documentKind, standard, VanKien.Templates.TemplateLocator.BuiltInKind(documentKind));
                if (!OutputWrite.Done(error, outputPath, new System.Text.UTF8Encoding(false).GetBytes(blank))) return ExitCodes.ErrorsFound;
                output.WriteLine($"Đã tạo '{outputPath}': {documentKind.Title.ToLowerInvariant()} để điền. Thay mọi chỗ «…», rồi chạy 'vankien check {outputPath}'.");
                return ExitCodes.Clean;
            }
            var entry = DocumentSet.Create().Load(parentPath);
            if (entry.Document is null)
            {
                foreach (var d in entry.Diagnostics) error.WriteLine(d);
                error.WriteLine($"vankien: không đọc được văn bản cấp trên '{parentPath}'");
                return ExitCodes.UsageOrEnvironment;
            }
            var text = ChildScaffold.Write(new ChildScaffold.Options(
                documentKind, outputPath, entry.Document, result.GetValue(organisation), result.GetValue(issuer), State: result.GetValue(state)));
            if (!OutputWrite.Done(error, outputPath, new System.Text.UTF8Encoding(false).GetBytes(text))) return ExitCodes.ErrorsFound;
            output.WriteLine($"Đã tạo '{outputPath}' với {entry.Document.Targets.Count()} chỉ tiêu cấp trên để đối chiếu. Thay mọi chỗ «…», rồi chạy 'vankien check {outputPath}'.");
            return ExitCodes.Clean;
        });
        return command;
    }
}

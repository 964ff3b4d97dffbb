using System.CommandLine;
using VanKien.Model;
using VanKien.Templates;
using VanKien.Writing.Docx;
using VanKien.Standard;

namespace VanKien.Cli.Commands;

internal static class TemplateCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var kind = new Argument<string>("kind") { Description = "Loại văn bản, ví dụ ke-hoach" };
        kind.AcceptOnlyFromAmong([.. DocumentKind.All.Select(k => k.Key)]);
        var target = new Option<string>("--output", "-o") { Description = "Tệp mẫu .docx sẽ ghi", Required = true };
        var profile = new Option<string?>("--the-thuc") { Description = "Thể thức: dang-36-2018 hoặc nd30-2020 (mặc định: theo mẫu của loại)" };
        profile.AcceptOnlyFromAmong([.. FormatProfile.All.Select(p => p.Name)]);
        var export = new Command("export", "Ghi tệp mẫu DOCX có sẵn của một loại văn bản, để mở bằng Word và sửa kiểu chữ, lề") { kind, target, profile };
        export.SetAction(result =>
        {
            var template = TemplateLocator.BuiltInKind(DocumentKind.FromKey(result.GetValue(kind)!)!);
            var chosen = FormatProfile.ByName(result.GetValue(profile) ?? template.Profile)!;
            var path = result.GetValue(target)!;
            if (Building.OutputGate.File(path, ".docx") is { } refused) return Refusal.Print(error, path, refused);
            if (!OutputWrite.Done(error, path, ReferenceDocuments.BuiltInFor(chosen).ToDocx(chosen))) return ExitCodes.ErrorsFound;
            output.WriteLine($"Đã ghi tệp mẫu '{path}' ({template.Title}, thể thức {chosen.Name}). Đặt nó ở templates/{template.Kind.Key}/reference.docx để dùng.");
            return ExitCodes.Clean;
        });
        return new Command("template", "Tệp mẫu của các loại văn bản") { export };
    }
}

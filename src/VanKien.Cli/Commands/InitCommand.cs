using System.CommandLine;
using VanKien.Scaffolding;

namespace VanKien.Cli.Commands;

internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("init", "Viết tệp dự án vankien.yaml có chú thích và tệp .gitignore vào thư mục hiện tại");
        command.SetAction(_ =>
        {
            var path = Path.Combine(Directory.GetCurrentDirectory(), ProjectScaffold.ProjectFileName);
            if (File.Exists(path))
            {
                error.WriteLine($"vankien: '{path}' đã có; không ghi đè");
                return ExitCodes.UsageOrEnvironment;
            }
            var utf8 = new System.Text.UTF8Encoding(false);
            foreach (var (file, text) in ProjectScaffold.Files(Directory.GetCurrentDirectory()))
                if (!OutputWrite.Done(error, file, utf8.GetBytes(text))) return ExitCodes.ErrorsFound;
            output.WriteLine($"Đã tạo '{path}' và '{ProjectScaffold.GitignoreName}' (thư mục kết quả không đưa vào kho). 'vankien check' và 'vankien build' giờ làm việc trên cả dự án.");
            return ExitCodes.Clean;
        });
        return command;
    }
}

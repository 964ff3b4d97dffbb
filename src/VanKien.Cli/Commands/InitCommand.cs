using System.CommandLine;
using VanKien.Project;

namespace VanKien.Cli.Commands;

internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("init", "Viết tệp dự án vankien.yaml có chú thích vào thư mục hiện tại");
        command.SetAction(_ =>
        {
            var path = Path.Combine(Directory.GetCurrentDirectory(), ProjectFile.FileName);
            if (File.Exists(path))
            {
                error.WriteLine($"vankien: '{path}' đã có; không ghi đè");
                return ExitCodes.UsageOrEnvironment;
            }
            Building.AtomicFile.Write(path, new System.Text.UTF8Encoding(false).GetBytes(ProjectFileReader.Starter + "\n"));
            output.WriteLine($"Đã tạo '{path}'. 'vankien check' và 'vankien build' giờ làm việc trên cả dự án.");
            return ExitCodes.Clean;
        });
        return command;
    }
}

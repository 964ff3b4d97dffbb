using System.CommandLine;
using VanKien.Project;

namespace VanKien.Cli.Commands;

internal static class InitCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var command = new Command("init", "Viết tệp dự án vankien.yaml có chú thích và tệp .gitignore vào thư mục hiện tại");
        command.SetAction(_ =>
        {
            var path = Path.Combine(Directory.GetCurrentDirectory(), ProjectFile.FileName);
            if (File.Exists(path))
            {
                error.WriteLine($"vankien: '{path}' đã có; không ghi đè");
                return ExitCodes.UsageOrEnvironment;
            }
            var utf8 = new System.Text.UTF8Encoding(false);
            Building.AtomicFile.Write(path, utf8.GetBytes(ProjectFileReader.Starter + "\n"));
            // The schemas the modelines point at, for the YAML language server in VS Code.
            var schemas = Path.Combine(Directory.GetCurrentDirectory(), ".vankien");
            Building.AtomicFile.Write(Path.Combine(schemas, "du-an.schema.json"), utf8.GetBytes(Schema.JsonSchemas.Project()));
            Building.AtomicFile.Write(Path.Combine(schemas, "van-ban.schema.json"), utf8.GetBytes(Schema.JsonSchemas.Document()));
            Building.AtomicFile.Write(Path.Combine(schemas, "ket-qua.schema.json"), utf8.GetBytes(Schema.JsonSchemas.Results()));
            var ignore = Path.Combine(Directory.GetCurrentDirectory(), ProjectGitignore.FileName);
            if (ProjectGitignore.Merge(File.Exists(ignore) ? File.ReadAllText(ignore) : null) is { } ignored)
                Building.AtomicFile.Write(ignore, utf8.GetBytes(ignored));
            output.WriteLine($"Đã tạo '{path}' và '{ProjectGitignore.FileName}' (thư mục kết quả không đưa vào kho). 'vankien check' và 'vankien build' giờ làm việc trên cả dự án.");
            return ExitCodes.Clean;
        });
        return command;
    }
}

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
            var utf8 = new System.Text.UTF8Encoding(false);
            Building.AtomicFile.Write(path, utf8.GetBytes(ProjectFileReader.Starter + "\n"));
            // The schemas the modelines point at, for the YAML language server in VS Code.
            var schemas = Path.Combine(Directory.GetCurrentDirectory(), ".vankien");
            Building.AtomicFile.Write(Path.Combine(schemas, "du-an.schema.json"), utf8.GetBytes(Schema.JsonSchemas.Project()));
            Building.AtomicFile.Write(Path.Combine(schemas, "van-ban.schema.json"), utf8.GetBytes(Schema.JsonSchemas.Document()));
            Building.AtomicFile.Write(Path.Combine(schemas, "ket-qua.schema.json"), utf8.GetBytes(Schema.JsonSchemas.Results()));
            output.WriteLine($"Đã tạo '{path}'. 'vankien check' và 'vankien build' giờ làm việc trên cả dự án.");
            return ExitCodes.Clean;
        });
        return command;
    }
}

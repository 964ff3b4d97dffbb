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
            // The schemas the modelines point at, for the YAML language server in VS Code; the project file last,
            // so that a write the disk refuses leaves no project file whose schemas are missing (init can run again).
            var schemas = Path.Combine(Directory.GetCurrentDirectory(), ".vankien");
            var ignore = Path.Combine(Directory.GetCurrentDirectory(), ProjectGitignore.FileName);
            var files = new List<(string Path, string Text)>
            {
                (Path.Combine(schemas, "du-an.schema.json"), Schema.JsonSchemas.Project()),
                (Path.Combine(schemas, "van-ban.schema.json"), Schema.JsonSchemas.Document()),
                (Path.Combine(schemas, "ket-qua.schema.json"), Schema.JsonSchemas.Results()),
            };
            if (ProjectGitignore.Merge(File.Exists(ignore) ? File.ReadAllText(ignore) : null) is { } ignored) files.Add((ignore, ignored));
            files.Add((path, ProjectFileReader.Starter + "\n"));
            foreach (var (file, text) in files)
                if (!OutputWrite.Done(error, file, utf8.GetBytes(text))) return ExitCodes.ErrorsFound;
            output.WriteLine($"Đã tạo '{path}' và '{ProjectGitignore.FileName}' (thư mục kết quả không đưa vào kho). 'vankien check' và 'vankien build' giờ làm việc trên cả dự án.");
            return ExitCodes.Clean;
        });
        return command;
    }
}

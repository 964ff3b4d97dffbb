using System.CommandLine;
using VanKien.Schema;

namespace VanKien.Cli.Commands;

internal static class SchemaCommand
{
    public static Command Create(TextWriter output)
    {
        var which = new Argument<string>("which") { Description = "van-ban (phần đầu văn bản, tệp .yaml), du-an (vankien.yaml) hoặc ket-qua (tệp kết quả)", DefaultValueFactory = _ => "van-ban" };
        which.AcceptOnlyFromAmong("van-ban", "du-an", "ket-qua");
        var command = new Command("schema", "In JSON Schema (draft-07) để trình soạn thảo gợi ý và kiểm tra khóa") { which };
        command.SetAction(result =>
        {
            output.Write(result.GetValue(which) switch
            {
                "du-an" => JsonSchemas.Project(),
                "ket-qua" => JsonSchemas.Results(),
                _ => JsonSchemas.Document(),
            });
            return ExitCodes.Clean;
        });
        return command;
    }
}

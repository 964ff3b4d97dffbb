using System.CommandLine;

namespace VanKien.Cli.Commands;

internal static class LspCommand
{
    public static Command Create()
    {
        var command = new Command("lsp", "Máy chủ ngôn ngữ (Language Server Protocol) qua stdin/stdout, cho trình soạn thảo: kiểm tra khi gõ, gợi ý, di chuột, đi tới định nghĩa");
        command.SetAction((_, _) => LanguageServer.LanguageServer.Serve(Console.OpenStandardInput(), Console.OpenStandardOutput()));
        return command;
    }
}

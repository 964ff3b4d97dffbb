using System.CommandLine;

namespace VanKien.Cli.Commands;

internal static class TemplateOption
{
    public static Option<string?> Create() => new("--template")
    {
        Description = "Tệp mẫu .docx dùng cho mọi văn bản, hoặc thư mục mẫu (như templates/)",
    };
}

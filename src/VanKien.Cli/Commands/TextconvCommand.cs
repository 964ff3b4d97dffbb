using System.CommandLine;
using VanKien.Diagnostics;
using VanKien.Diffing;

namespace VanKien.Cli.Commands;

/// <summary>
/// <c>vankien textconv FILE</c>: the readable text git shows for a source or a built DOCX, as a diff
/// driver (<c>[diff "vankien"] textconv = vankien textconv</c>). Never fails a diff: an unreadable
/// source prints as it is.
/// </summary>
internal static class TextconvCommand
{
    public static Command Create(TextWriter output, TextWriter error)
    {
        var file = new Argument<string>("file") { Description = "Tệp nguồn (.md, .yaml) hoặc .docx" };
        var command = new Command("textconv", "In văn bản dễ đọc của một tệp, để git diff so sánh được cả tệp DOCX và phần đầu YAML (khai báo trong .gitattributes)") { file };
        command.SetAction(result =>
        {
            var path = result.GetValue(file)!;
            var diagnostics = new DiagnosticBag();
            // A refused file is a located diagnostic like any other.
            if (ReadableText.Read(path, diagnostics) is not { } bytes)
            {
                foreach (var d in diagnostics.Items) error.WriteLine(d);
                return ExitCodes.UsageOrEnvironment;
            }
            if (ReadableText.OfFile(path, bytes, diagnostics) is { } text)
            {
                output.Write(text);
                return ExitCodes.Clean;
            }
            foreach (var d in diagnostics.Items) error.WriteLine(d);
            return ExitCodes.ErrorsFound;
        });
        return command;
    }
}

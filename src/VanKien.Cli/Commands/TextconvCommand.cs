using System.CommandLine;
using VanKien.Diagnostics;
using VanKien.Diffing;
using VanKien.Reading;

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
            var read = VanKien.Reading.SafeFile.Read(path, 64L * 1024 * 1024);
            // A refused file is a located diagnostic like any other.
            if (read.Bytes is not { } bytes)
            {
                error.WriteLine(Diagnostic.Of(read.TooLarge ? Rules.Limit : Rules.Io, SourceLocation.StartOf(path), read.Refusal ?? "không đọc được tệp"));
                return ExitCodes.UsageOrEnvironment;
            }

            if (path.EndsWith(".docx", StringComparison.OrdinalIgnoreCase))
            {
                var refusals = new DiagnosticBag();
                if (ReadableText.FromDocx(path, bytes, refusals) is { } text)
                {
                    output.Write(text);
                    return ExitCodes.Clean;
                }
                foreach (var d in refusals.Items) error.WriteLine(d);
                return ExitCodes.ErrorsFound;
            }

            var document = DocumentReader.Read(path, bytes, new DiagnosticBag());
            output.Write(document is null ? System.Text.Encoding.UTF8.GetString(bytes) : ReadableText.FromDocument(document));
            return ExitCodes.Clean;
        });
        return command;
    }
}

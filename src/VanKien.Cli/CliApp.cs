using System.CommandLine;
using VanKien.Building;

namespace VanKien.Cli;

/// <summary>
/// The <c>vankien</c> command: a thin layer that parses arguments, calls the library and maps
/// the outcome to exit codes (0 clean, 1 errors found, 2 usage or environment problem).
/// </summary>
public static class CliApp
{
    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        var root = new RootCommand("VanKien — biên dịch văn kiện Đảng từ YAML + Markdown sang DOCX đúng thể thức.");
        root.Subcommands.Add(BuildCommand(output, error));
        root.Subcommands.Add(CheckCommand(output, error));

        var parsed = root.Parse(args);
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"vankien: {parseError.Message}");
            error.WriteLine("Xem 'vankien --help'.");
            return ExitCodes.UsageOrEnvironment;
        }

        try
        {
            return parsed.Invoke(new InvocationConfiguration { Output = output, Error = error, EnableDefaultExceptionHandler = false });
        }
        catch (Exception ex) when (Environment.GetEnvironmentVariable("VANKIEN_DEBUG") is null)
        {
            // A bug of ours, not the user's input: one line, no stack trace (VANKIEN_DEBUG=1 shows it).
            error.WriteLine($"vankien: lỗi nội bộ: {ex.GetType().Name}: {ex.Message}");
            return ExitCodes.UsageOrEnvironment;
        }
    }

    private static Argument<string[]> PathsArgument() => new("paths")
    {
        Arity = ArgumentArity.OneOrMore,
        Description = "Tệp nguồn (.md) hoặc thư mục chứa chúng",
    };

    private static Command BuildCommand(TextWriter output, TextWriter error)
    {
        var paths = PathsArgument();
        var outputFolder = new Option<string>("--output", "-o")
        {
            Description = "Thư mục ghi tệp DOCX",
            DefaultValueFactory = _ => "out",
        };
        var command = new Command("build", "Kiểm tra và biên dịch văn bản sang DOCX") { paths, outputFolder };
        command.SetAction(result =>
        {
            var sources = Discover(result.GetValue(paths)!, error);
            if (sources is null) return ExitCodes.UsageOrEnvironment;
            var summary = ProjectBuilder.Build(sources, result.GetValue(outputFolder)!);
            DiagnosticPrinter.Print(summary.Diagnostics, error);
            output.WriteLine($"Đã biên dịch {summary.Outputs.Count}/{sources.Count} văn bản vào '{result.GetValue(outputFolder)}'; {summary.ErrorCount} lỗi, {summary.WarningCount} cảnh báo.");
            return summary.ErrorCount > 0 ? ExitCodes.ErrorsFound : ExitCodes.Clean;
        });
        return command;
    }

    private static Command CheckCommand(TextWriter output, TextWriter error)
    {
        var paths = PathsArgument();
        var command = new Command("check", "Kiểm tra văn bản, không ghi tệp nào") { paths };
        command.SetAction(result =>
        {
            var sources = Discover(result.GetValue(paths)!, error);
            if (sources is null) return ExitCodes.UsageOrEnvironment;
            var summary = ProjectBuilder.Check(sources);
            DiagnosticPrinter.Print(summary.Diagnostics, error);
            output.WriteLine($"Đã kiểm tra {sources.Count} văn bản; {summary.ErrorCount} lỗi, {summary.WarningCount} cảnh báo.");
            return summary.ErrorCount > 0 ? ExitCodes.ErrorsFound : ExitCodes.Clean;
        });
        return command;
    }

    /// <summary>Sources named on the command line, or null (after a message) when a path does not exist.</summary>
    private static IReadOnlyList<SourceItem>? Discover(string[] inputs, TextWriter error)
    {
        var found = SourceDiscovery.Discover(inputs);
        foreach (var missing in found.Missing) error.WriteLine($"vankien: không tìm thấy '{missing}'");
        if (found.Missing.Count > 0) return null;
        if (found.Sources.Count == 0)
        {
            error.WriteLine("vankien: không có văn bản nguồn nào (tệp .md mở đầu bằng '---')");
            return null;
        }
        return found.Sources;
    }
}

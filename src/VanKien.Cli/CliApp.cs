using System.CommandLine;
using VanKien.Cli.Commands;

namespace VanKien.Cli;

/// <summary>
/// The <c>vankien</c> command: a thin layer that parses arguments, calls the library and maps
/// the outcome to exit codes (0 clean, 1 errors found, 2 usage or environment problem).
/// </summary>
public static class CliApp
{
    /// <summary>Colour only on a terminal: not when piped or redirected, not with NO_COLOR, not on CI.</summary>
    private static bool ColorAllowed(TextWriter output) =>
        ReferenceEquals(output, Console.Out) && !Console.IsOutputRedirected
        && Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("CI") is null
        && Environment.GetEnvironmentVariable("TERM") is not "dumb";

    public static int Run(string[] args, TextWriter output, TextWriter error)
    {
        VanKien.Building.StartupTrace.Mark("main");
        // The second core warms the pipeline while this thread parses arguments and reads the project.
        // VANKIEN_NO_WARMUP=1 turns it off, for measuring it.
        if (args is ["check" or "build", ..] && !args.Contains("--watch") && Environment.GetEnvironmentVariable("VANKIEN_NO_WARMUP") is null)
            VanKien.Building.Warmup.Start(write: args[0] == "build");
        VanKien.Building.StartupTrace.Mark("warm-up started");
        (string Name, Func<Command> Create)[] commands =
        [
            ("build", () => BuildCommand.Create(output, error)),
            ("check", () => CheckCommand.Create(output, error)),
            ("targets", () => TargetsCommand.Create(output, error)),
            ("new", () => NewCommand.Create(output, error)),
            ("template", () => TemplateCommand.Create(output, error)),
            ("diff", () => DiffCommand.Create(output, error, ColorAllowed(output))),
            ("textconv", () => TextconvCommand.Create(output, error)),
            ("import", () => ImportCommand.Create(output, error)),
            ("report", () => ReportCommand.Create(output, error)),
            ("rollup", () => RollupCommand.Create(output, error)),
            ("init", () => InitCommand.Create(output, error)),
            ("schema", () => SchemaCommand.Create(output)),
            ("site", () => SiteCommand.Create(output, error)),
            ("ky", () => SignCommand.Create(output, error)),
            ("xac-minh", () => SignCommand.CreateVerify(output, error)),
            ("review", () => ReviewCommand.Create(output, error)),
            ("lsp", LspCommand.Create),
        ];
        VanKien.Building.StartupTrace.Mark("command table");
        var root = new RootCommand("VanKien — biên dịch văn kiện Đảng từ YAML + Markdown sang DOCX đúng thể thức.");
        VanKien.Building.StartupTrace.Mark("root command");
        // Start-up is part of every run: when the first argument names a command, only that one is built
        // (its --help is complete); anything else (--help, --version, a typo) gets them all.
        foreach (var (name, create) in commands)
            if (args.Length == 0 || !commands.Any(c => c.Name == args[0]) || name == args[0])
                root.Subcommands.Add(create());

        Vietnamese.HelpText.Install(root, output);
        VanKien.Building.StartupTrace.Mark("commands built");
        var parsed = root.Parse(args);
        VanKien.Building.StartupTrace.Mark("arguments parsed");
        if (parsed.Errors.Count > 0)
        {
            foreach (var parseError in parsed.Errors) error.WriteLine($"vankien: {Vietnamese.ParseErrorText.Translate(parseError.Message)}");
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
}

using System.CommandLine;
using System.CommandLine.Invocation;

namespace VanKien.Cli.Vietnamese;

/// <summary>
/// `--help` in Vietnamese, for every command: System.CommandLine writes its own headings and
/// built-in option descriptions in English only. The usage line names `vankien` however the tool
/// was started (dotnet VanKien.Cli.dll, the .NET tool, the native binary).
/// </summary>
internal sealed class HelpText(TextWriter output) : SynchronousCommandLineAction
{
    public const string ProgramName = "vankien";

    public override bool ClearsParseErrors => true;

    public override int Invoke(ParseResult parseResult)
    {
        Write(parseResult.CommandResult.Command, output);
        return ExitCodes.Clean;
    }

    public static void Write(Command command, TextWriter output)
    {
        var path = new List<string>();
        for (Command? c = command; c is not null and not RootCommand; c = c.Parents.OfType<Command>().FirstOrDefault()) path.Insert(0, c.Name);

        if (!string.IsNullOrWhiteSpace(command.Description))
        {
            output.WriteLine("Mô tả:");
            output.WriteLine($"  {command.Description}");
            output.WriteLine();
        }

        var arguments = command.Arguments.Where(a => !a.Hidden).ToList();
        var usage = string.Join(' ', [ProgramName, .. path, .. arguments.Select(Usage)]);
        if (command.Subcommands.Any(c => !c.Hidden)) usage += " [lệnh]";
        output.WriteLine("Cách dùng:");
        output.WriteLine($"  {usage} [tùy chọn]");
        output.WriteLine();

        Table(output, "Đối số:", arguments.Select(a => ($"<{a.HelpName ?? HelpPlaceholders.For(a.Name)}>", a.Description ?? "")));
        var options = command.Options.Concat(Ancestors(command).SelectMany(a => a.Options.Where(o => o.Recursive)))
            .Where(o => !o.Hidden).Distinct().ToList();
        Table(output, "Tùy chọn:", options.Select(o => (Names(o), (o.Description ?? "") + (o.Required ? " (bắt buộc)" : ""))));
        Table(output, "Lệnh:", command.Subcommands.Where(c => !c.Hidden).Select(c => (c.Name, c.Description ?? "")));
    }

    private static IEnumerable<Command> Ancestors(Command command)
    {
        for (var parent = command.Parents.OfType<Command>().FirstOrDefault(); parent is not null; parent = parent.Parents.OfType<Command>().FirstOrDefault())
            yield return parent;
    }

    private static string Usage(Argument argument)
    {
        var name = $"<{argument.HelpName ?? HelpPlaceholders.For(argument.Name)}>";
        if (argument.Arity.MaximumNumberOfValues > 1) name += "...";
        return argument.Arity.MinimumNumberOfValues == 0 ? $"[{name}]" : name;
    }

    private static string Names(Option option)
    {
        var names = string.Join(", ", option.Aliases.Append(option.Name).Distinct().OrderBy(n => n.Length).ThenBy(n => n, StringComparer.Ordinal));
        var takesValue = option.ValueType != typeof(bool) && option.ValueType != typeof(void) && option is not (System.CommandLine.Help.HelpOption or VersionOption);
        return takesValue ? $"{names} <{option.HelpName ?? HelpPlaceholders.For(option.Name.TrimStart('-'))}>" : names;
    }

    private static void Table(TextWriter output, string title, IEnumerable<(string Name, string Description)> rows)
    {
        var list = rows.ToList();
        if (list.Count == 0) return;
        output.WriteLine(title);
        var width = Math.Min(40, list.Max(r => r.Name.Length));
        foreach (var (name, description) in list)
            output.WriteLine(name.Length > width ? $"  {name}\n  {new string(' ', width)}  {description}" : $"  {name.PadRight(width)}  {description}");
        output.WriteLine();
    }

    /// <summary>Puts this help, and Vietnamese descriptions of the built-in options, on the root command.</summary>
    public static void Install(RootCommand root, TextWriter output)
    {
        foreach (var option in root.Options)
        {
            if (option is System.CommandLine.Help.HelpOption help)
            {
                help.Description = "Hiện trợ giúp và cách dùng";
                help.Action = new HelpText(output);
            }
            else if (option is VersionOption version) version.Description = "In phiên bản của vankien";
        }
    }
}

using System.Text;
using VanKien.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var exit = CliApp.Run(args, Console.Out, Console.Error);

// VANKIEN_LIST_ASSEMBLIES=1 lists what the run loaded: the start-up test checks that 'check' never
// loads the DOCX writer's OpenXML SDK.
if (Environment.GetEnvironmentVariable("VANKIEN_LIST_ASSEMBLIES") is "1")
    foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order())
        Console.Error.WriteLine($"loaded: {assembly}");
return exit;

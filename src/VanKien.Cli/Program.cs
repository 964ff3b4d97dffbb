using System.Text;
using VanKien.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var exit = CliApp.Run(args, Console.Out, Console.Error);
VanKien.Building.StartupTrace.Mark("exit");

return exit;

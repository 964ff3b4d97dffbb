using System.Text;
using VanKien.Cli;

Console.OutputEncoding = new UTF8Encoding(false);
var exit = CliApp.Run(args, Console.Out, Console.Error);
VanKien.Building.StartupTrace.Mark("exit");

// VANKIEN_LIST_ASSEMBLIES=1 lists what the run loaded: the start-up test checks that 'check' never
// loads the DOCX writer's OpenXML SDK.
if (Environment.GetEnvironmentVariable("VANKIEN_LIST_ASSEMBLIES") is "1")
    foreach (var assembly in AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order())
        Console.Error.WriteLine($"loaded: {assembly}");
// VANKIEN_REPORT_PEAK=1 prints the process's peak memory and time: the hostile-input tests hold
// alias bombs and deep nesting to under a second and 100 MB, measured on the whole process.
if (Environment.GetEnvironmentVariable("VANKIEN_REPORT_PEAK") is "1")
{
    using var self = System.Diagnostics.Process.GetCurrentProcess();
    Console.Error.WriteLine($"peak-memory-bytes: {self.PeakWorkingSet64}");
    Console.Error.WriteLine($"cpu-ms: {(long)self.TotalProcessorTime.TotalMilliseconds}");
    // What start-up still compiles at run time (ReadyToRun leaves generic instantiations and the like).
    Console.Error.WriteLine($"jit-methods: {System.Runtime.JitInfo.GetCompiledMethodCount()}");
    Console.Error.WriteLine($"jit-ms: {(long)System.Runtime.JitInfo.GetCompilationTime().TotalMilliseconds}");
}
return exit;

/// <summary>
/// A test seam, never part of the tool: loaded into a managed vankien process through
/// DOTNET_STARTUP_HOOKS, it lists on stderr, at exit, the assemblies the run loaded — so that
/// StartupTests can see that `check` never loads the DOCX writer. (The runtime looks for a class
/// of this name in no namespace.)
/// </summary>
public static class StartupHook
{
    public static void Initialize() => AppDomain.CurrentDomain.ProcessExit += (_, _) =>
    {
        foreach (var name in AppDomain.CurrentDomain.GetAssemblies().Select(a => a.GetName().Name).Order())
            Console.Error.WriteLine($"loaded: {name}");
    };
}

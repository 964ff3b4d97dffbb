using System.Runtime.CompilerServices;
using System.Diagnostics;

namespace VanKien.Tests.Support;

/// <summary>
/// The vankien command as a separate process, as users and CI start it. By default the managed tool
/// built beside the tests (<c>dotnet VanKien.Cli.dll</c>); with <c>VANKIEN_CLI</c> set to an executable
/// (the NativeAOT binary), that one — so the whole suite runs against the native binary in CI.
/// </summary>
internal static class VankienProcess
{
    public const string Variable = "VANKIEN_CLI";

    /// <summary>The executable named by VANKIEN_CLI, or null when the tests start the managed tool.</summary>
    public static string? Native =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    private static string ManagedDll => Path.Combine(AppContext.BaseDirectory, "VanKien.Cli.dll");

    /// <summary>The program to start and the arguments that come before vankien's own.</summary>
    public static (string Program, string[] Prefix) Command => Native is { } native ? (native, []) : ("dotnet", [ManagedDll]);

    /// <summary>The command as one line for a shell script's VANKIEN variable.</summary>
    public static string ShellCommand => Native ?? $"dotnet {ManagedDll}";

    /// <summary>vankien with its arguments, standard output and error redirected; <paramref name="wrapper"/> (such as env) goes first.</summary>
    public static ProcessStartInfo StartInfo(IEnumerable<string> arguments, params string[] wrapper)
    {
        var (program, prefix) = Command;
        string[] all = [.. wrapper, program, .. prefix, .. arguments];
        var start = new ProcessStartInfo(all[0]) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var argument in all[1..]) start.ArgumentList.Add(argument);
        return start;
    }

    /// <summary>Runs vankien in a folder to its end.</summary>
    public static ExternalTool.Result RunIn(string? folder, IEnumerable<string> arguments, TimeSpan? timeout = null)
    {
        var (program, prefix) = Command;
        return ExternalTool.RunIn(folder, program, [.. prefix, .. arguments], timeout);
    }
}

/// <summary>A test of the managed tool itself (what it loads, how it starts): skipped, with the reason, when VANKIEN_CLI runs the suite against a native binary.</summary>
internal sealed class ManagedToolFactAttribute : FactAttribute
{
    public ManagedToolFactAttribute(string why, [CallerMemberName] string member = "", [CallerFilePath] string file = "")
    {
        if (VankienProcess.Native is not null) VisibleSkip.Apply(this, $"the managed tool only ({why}); VANKIEN_CLI names a native binary", member, file);
    }
}

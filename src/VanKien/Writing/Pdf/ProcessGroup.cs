using System.Diagnostics;
using System.Runtime.InteropServices;

namespace VanKien.Writing.Pdf;

/// <summary>
/// A program started as the leader of a process group of its own (through setsid(1) where it
/// exists), so that it and every child it forks can be ended together: soffice starts helpers that
/// outlive it and hold its output open, and a timeout or a Ctrl-C must end them all.
/// </summary>
internal static partial class ProcessGroup
{
    private const string Setsid = "/usr/bin/setsid";

    /// <summary>A start info that runs <paramref name="executable"/> in a new session where setsid(1) exists (the pid is then the group's id).</summary>
    public static ProcessStartInfo StartInfo(string executable)
    {
        if (OperatingSystem.IsWindows() || !File.Exists(Setsid)) return new ProcessStartInfo(executable);
        var start = new ProcessStartInfo(Setsid);
        start.ArgumentList.Add(executable);
        return start;
    }

    /// <summary>Ends the group led by <paramref name="process"/> and the process's own tree.</summary>
    public static void Kill(Process process)
    {
        try
        {
            if (!OperatingSystem.IsWindows() && File.Exists(Setsid)) SendKill(-process.Id, 9);
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException) { }
        try { process.Kill(entireProcessTree: true); }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception) { }
    }

    [LibraryImport("libc", EntryPoint = "kill", SetLastError = true)]
    private static partial int SendKill(int pid, int signal);
}

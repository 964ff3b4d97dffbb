using System.Diagnostics;
using System.Runtime.CompilerServices;

namespace VanKien.Tests.Support;

/// <summary>
/// Runs vankien in a folder on a file system that refuses every write: a tmpfs mounted over an empty
/// folder in a mount namespace of the run's own (so nothing outside sees it, and it goes with the
/// process), the folder's starting files copied in, then filled to the last byte (<see cref="Fault.Full"/>:
/// ENOSPC) or remounted read-only (<see cref="Fault.ReadOnly"/>: EROFS). What the folder holds after the
/// run is copied out for the assertions. Needs mount rights: root, or an unprivileged user namespace
/// (<c>unshare -Urm</c>); where neither works, the tests skip with the reason, and fail under CI.
/// </summary>
internal static class FullDisk
{
    public enum Fault { Full, ReadOnly }

    /// <param name="After">A copy of the folder as the run left it (the filler removed).</param>
    public sealed record Result(int ExitCode, string Output, string Error, string After);

    /// <summary>Exit codes of the script itself, above any vankien gives.</summary>
    private const int SetupFailed = 250;

    /// <summary>
    /// Mounts, seeds, faults, runs "$@" in the folder, copies the folder out. tmpfs counts its blocks, not
    /// its folders' entries: a full one still creates an empty file, and refuses its first byte.
    /// </summary>
    private const string Script = """
        m=$1; seed=$2; after=$3; fault=$4; shift 4
        mount -t tmpfs -o size=16m tmpfs "$m" || { echo "full-disk: mount failed" >&2; exit 250; }
        cp -a "$seed/." "$m/" || { echo "full-disk: copy failed" >&2; exit 250; }
        if [ "$fault" = full ]; then
          dd if=/dev/zero of="$m/.day-dia" bs=4096 2>/dev/null
          [ "$(df -P "$m" | awk 'NR==2 {print $4}')" = 0 ] || { echo "full-disk: not full" >&2; exit 250; }
        else
          mount -o remount,ro "$m" || { echo "full-disk: remount read-only failed" >&2; exit 250; }
        fi
        cd "$m" || exit 250
        "$@"; code=$?
        rm -f "$m/.day-dia"
        cp -a "$m/." "$after/"
        exit $code
        """;

    /// <summary>How a private mount is made here: as root, or in a user namespace; null when neither works.</summary>
    private static readonly Lazy<string[]?> Wrapper = new(() =>
    {
        if (ExternalTool.Find("unshare") is null) return null;
        foreach (var wrapper in new[] { new[] { "unshare", "-Urm" }, ["unshare", "-m"] })
        {
            var folder = Repo.NewTempFolder();
            try
            {
                var probe = ExternalTool.Run(wrapper[0], [.. wrapper[1..], "sh", "-c", "mount -t tmpfs -o size=64k tmpfs \"$1\" && touch \"$1/x\" && mount -o remount,ro \"$1\"", "sh", folder]);
                if (probe.ExitCode == 0) return wrapper;
            }
            catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception) { }
        }
        return null;
    });

    public static string? SkipReason =>
        OperatingSystem.IsLinux() && Wrapper.Value is not null || ExternalTool.IsCi ? null
            : "needs a private tmpfs mount (root, or unshare -Urm in a user namespace) to fill a disk; under CI=true this test fails instead of skipping";

    /// <summary>vankien with <paramref name="arguments"/>, its working folder a faulty copy of <paramref name="seed"/>.</summary>
    public static Result Run(string seed, Fault fault, params string[] arguments)
    {
        var wrapper = Wrapper.Value ?? throw new InvalidOperationException(SkipReason ?? "no way to mount a tmpfs here");
        var mountPoint = Repo.NewTempFolder();
        var after = Repo.NewTempFolder();
        var start = VankienProcess.StartInfo(arguments,
            [.. wrapper, "sh", "-c", Script, "sh", mountPoint, Path.GetFullPath(seed), after, fault == Fault.Full ? "full" : "ro"]);
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(5)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"vankien {string.Join(' ', arguments)} did not finish on a faulty disk");
        }
        process.WaitForExit();
        if (process.ExitCode == SetupFailed) throw new InvalidOperationException($"the faulty disk could not be set up: {error.Result}");
        return new Result(process.ExitCode, output.Result, error.Result, after);
    }

    /// <summary>Every file under <paramref name="folder"/> by its relative path, with its bytes.</summary>
    public static SortedDictionary<string, byte[]> Files(string folder) =>
        new(Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories)
            .ToDictionary(f => Path.GetRelativePath(folder, f), File.ReadAllBytes), StringComparer.Ordinal);
}

/// <summary>A theory that fills a disk (see <see cref="FullDisk"/>): skipped, with the reason, where no private mount can be made.</summary>
internal sealed class FullDiskTheoryAttribute : TheoryAttribute
{
    public FullDiskTheoryAttribute([CallerMemberName] string member = "", [CallerFilePath] string file = "") =>
        VisibleSkip.Apply(this, FullDisk.SkipReason, member, file);
}

/// <summary>A fact that fills a disk (see <see cref="FullDisk"/>).</summary>
internal sealed class FullDiskFactAttribute : FactAttribute
{
    public FullDiskFactAttribute([CallerMemberName] string member = "", [CallerFilePath] string file = "") =>
        VisibleSkip.Apply(this, FullDisk.SkipReason, member, file);
}

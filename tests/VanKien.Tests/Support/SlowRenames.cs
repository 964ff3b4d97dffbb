namespace VanKien.Tests.Support;

/// <summary>
/// A test seam outside the tool: a tiny library, preloaded into a vankien process (LD_PRELOAD), that
/// intercepts every rename of one of VanKien's temporary files — the moment between a complete
/// temporary file and its rename over the output. It works the same for the managed tool and the
/// native binary, which both rename through libc. Two modes:
/// <list type="bullet">
/// <item><see cref="Apply"/> holds each such rename a while, so that two builds overlap (no assertion rests on the duration);</item>
/// <item><see cref="Gate"/> holds each one until the test lets it go: rename N announces itself by
/// creating <c>GATE/rename-N.wait</c> (holding the target's path) and waits for <c>GATE/rename-N.go</c>
/// or <c>GATE/all.go</c>. The test then knows, without any clock, exactly which outputs are replaced
/// when it kills or interrupts the build.</item>
/// </list>
/// </summary>
internal static class SlowRenames
{
    private const string Source = """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <fcntl.h>
        #include <stdio.h>
        #include <stdlib.h>
        #include <string.h>
        #include <time.h>
        #include <unistd.h>

        static void pause_ms(long ms)
        {
            struct timespec pause = { ms / 1000, (ms % 1000) * 1000000L };
            nanosleep(&pause, NULL);
        }

        static void wait_at_gate(const char *gate, const char *to)
        {
            static int count;
            int n = __sync_add_and_fetch(&count, 1);
            char waiting[4096], go[4096], all[4096], announced[4096];
            snprintf(waiting, sizeof waiting, "%s/rename-%d.wait", gate, n);
            snprintf(announced, sizeof announced, "%s/rename-%d.wait.part", gate, n);
            snprintf(go, sizeof go, "%s/rename-%d.go", gate, n);
            snprintf(all, sizeof all, "%s/all.go", gate);
            /* Announced whole: written under another name, then renamed (through the real rename). */
            int fd = open(announced, O_CREAT | O_WRONLY | O_TRUNC, 0644);
            if (fd >= 0) { ssize_t w = write(fd, to, strlen(to)); (void)w; close(fd); }
            static int (*real)(const char *, const char *);
            if (!real) real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
            real(announced, waiting);
            while (access(go, F_OK) != 0 && access(all, F_OK) != 0) pause_ms(2);
        }

        int rename(const char *from, const char *to)
        {
            static int (*real)(const char *, const char *);
            if (!real) real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
            if (strstr(from, ".vankien-tam-"))
            {
                const char *gate = getenv("VANKIEN_TEST_RENAME_GATE");
                const char *ms = getenv("VANKIEN_TEST_RENAME_DELAY_MS");
                if (gate) wait_at_gate(gate, to);
                else if (ms) pause_ms(atol(ms));
            }
            return real(from, to);
        }
        """;

    private static readonly Lazy<string> Built = new(() =>
    {
        var folder = Repo.NewTempFolder();
        var source = Path.Combine(folder, "slow-renames.c");
        var library = Path.Combine(folder, "slow-renames.so");
        File.WriteAllText(source, Source);
        var compiled = ExternalTool.Run("clang", ["-shared", "-fPIC", "-O1", "-o", library, source, "-ldl"]);
        if (compiled.ExitCode != 0) throw new InvalidOperationException($"clang could not build the rename seam:\n{compiled.Error}");
        return library;
    });

    /// <summary>Sets a process to start with every rename of a temporary output held <paramref name="milliseconds"/>.</summary>
    public static void Apply(System.Diagnostics.ProcessStartInfo start, int milliseconds)
    {
        start.Environment["LD_PRELOAD"] = Built.Value;
        start.Environment["VANKIEN_TEST_RENAME_DELAY_MS"] = milliseconds.ToString(System.Globalization.CultureInfo.InvariantCulture);
    }

    /// <summary>Sets a process to start with every rename of a temporary output held at <paramref name="gate"/>'s gate.</summary>
    public static RenameGate Gate(System.Diagnostics.ProcessStartInfo start)
    {
        var gate = new RenameGate(Repo.NewTempFolder());
        start.Environment["LD_PRELOAD"] = Built.Value;
        start.Environment["VANKIEN_TEST_RENAME_GATE"] = gate.Folder;
        return gate;
    }
}

/// <summary>The test's side of <see cref="SlowRenames.Gate"/>: which renames are waiting, and letting them go.</summary>
internal sealed class RenameGate(string folder)
{
    public string Folder { get; } = folder;

    /// <summary>
    /// Waits until rename <paramref name="n"/> (counted from 1) is held at the gate and returns the path
    /// it would replace; null when <paramref name="process"/> ends first or <paramref name="limit"/> passes
    /// (a generous bound against a hang, not a measure: nothing is asserted on how long it took).
    /// </summary>
    public string? WaitFor(int n, System.Diagnostics.Process process, TimeSpan limit)
    {
        var waiting = Path.Combine(Folder, $"rename-{n}.wait");
        var clock = System.Diagnostics.Stopwatch.StartNew();
        while (!File.Exists(waiting))
        {
            if (process.HasExited || clock.Elapsed > limit) return File.Exists(waiting) ? File.ReadAllText(waiting) : null;
            Thread.Sleep(2);
        }
        return File.ReadAllText(waiting);
    }

    public void Release(int n) => File.WriteAllText(Path.Combine(Folder, $"rename-{n}.go"), "");

    public void ReleaseAll() => File.WriteAllText(Path.Combine(Folder, "all.go"), "");
}

namespace VanKien.Tests.Support;

/// <summary>
/// A test seam outside the tool: a tiny library, preloaded into a vankien process (LD_PRELOAD), that
/// holds every rename of one of VanKien's temporary files for a while — the moment between a
/// complete temporary file and its rename over the output, which the fault tests stretch so that a
/// kill or a Ctrl-C lands inside it. It works the same for the managed tool and the native binary,
/// which both rename through libc.
/// </summary>
internal static class SlowRenames
{
    private const string Source = """
        #define _GNU_SOURCE
        #include <dlfcn.h>
        #include <stdlib.h>
        #include <string.h>
        #include <time.h>

        int rename(const char *from, const char *to)
        {
            static int (*real)(const char *, const char *);
            if (!real) real = (int (*)(const char *, const char *))dlsym(RTLD_NEXT, "rename");
            const char *ms = getenv("VANKIEN_TEST_RENAME_DELAY_MS");
            if (ms && strstr(from, ".vankien-tam-"))
            {
                long delay = atol(ms);
                struct timespec pause = { delay / 1000, (delay % 1000) * 1000000L };
                nanosleep(&pause, NULL);
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
}

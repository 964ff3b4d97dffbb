using System.Runtime.CompilerServices;

namespace VanKien.Tests.Support;

/// <summary>
/// Snapshot assertions with Verify's conventions, so the swap to Verify.Xunit is trivial later:
/// <c>{Class}.{Method}_{name}.verified.{ext}</c> committed beside the test file; on a mismatch a
/// <c>.received.</c> file is written beside it (git-ignored) and the test fails with a line diff.
/// Set <c>VERIFY_AUTOVERIFY=1</c> to accept the received output (Verify's AutoVerify).
/// </summary>
internal static class Snapshot
{
    public static void Verify(string actual, string name, string extension = "txt",
        [CallerFilePath] string testFile = "", [CallerMemberName] string method = "") =>
        Verify(actual, name, extension, testFile, method,
            autoVerify: Environment.GetEnvironmentVariable("VERIFY_AUTOVERIFY") is "1" or "true");

    internal static void Verify(string actual, string name, string extension, string testFile, string method, bool autoVerify)
    {
        var folder = Path.GetDirectoryName(Unmapped(testFile))!;
        var type = Path.GetFileNameWithoutExtension(testFile);
        var stem = Path.Combine(folder, $"{type}.{method}_{name}");
        var verified = $"{stem}.verified.{extension}";
        var received = $"{stem}.received.{extension}";
        actual = actual.Replace("\r\n", "\n");

        if (File.Exists(verified) && File.ReadAllText(verified).Replace("\r\n", "\n") == actual)
        {
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        if (autoVerify)
        {
            File.WriteAllText(verified, actual);
            if (File.Exists(received)) File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        var message = File.Exists(verified)
            ? $"Snapshot differs from {Path.GetFileName(verified)} (- verified, + received):\n{LineDiff.Render(File.ReadAllText(verified).Replace("\r\n", "\n"), actual)}"
            : $"No verified snapshot {Path.GetFileName(verified)} yet; review {Path.GetFileName(received)} and rename it, or run with VERIFY_AUTOVERIFY=1.";
        Assert.Fail(message);
    }

    /// <summary>
    /// CI builds (ContinuousIntegrationBuild) map source paths to "/_/…" for determinism; the
    /// snapshots live in the real folder, under the repository root.
    /// </summary>
    private static string Unmapped(string path) =>
        path.StartsWith("/_/", StringComparison.Ordinal) ? Path.Combine(Repo.Root, path[3..]) : path;
}

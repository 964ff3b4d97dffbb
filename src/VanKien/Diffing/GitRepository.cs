using System.Diagnostics;
using System.Text;

namespace VanKien.Diffing;

/// <summary>
/// What a diff needs from git, by running the <c>git</c> command (no libgit2 here): a file at a
/// revision, the repository's top folder, and the files changed since a revision.
/// </summary>
public static class GitRepository
{
    public sealed class GitException(string message) : Exception(message);

    /// <summary>The bytes of <paramref name="path"/> (relative to the repository's top folder) at <paramref name="revision"/>.</summary>
    public static byte[] Show(string workingFolder, string revision, string path) =>
        Run(workingFolder, ["show", $"{revision}:{path.Replace('\\', '/')}"]);

    public static string TopFolder(string workingFolder) =>
        Encoding.UTF8.GetString(Run(workingFolder, ["rev-parse", "--show-toplevel"])).Trim();

    /// <summary>Files changed between a revision and the working tree, relative to the top folder.</summary>
    public static IReadOnlyList<string> Changed(string workingFolder, string revision) =>
        Encoding.UTF8.GetString(Run(workingFolder, ["diff", "--name-only", revision, "--"]))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    private static byte[] Run(string workingFolder, IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("git")
        {
            WorkingDirectory = workingFolder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var argument in arguments) start.ArgumentList.Add(argument);
        try
        {
            using var process = Process.Start(start) ?? throw new GitException("không chạy được git");
            using var output = new MemoryStream();
            var error = process.StandardError.ReadToEndAsync();
            process.StandardOutput.BaseStream.CopyTo(output);
            process.WaitForExit();
            if (process.ExitCode != 0) throw new GitException($"git {string.Join(' ', start.ArgumentList)}: {error.Result.Trim()}");
            return output.ToArray();
        }
        catch (System.ComponentModel.Win32Exception ex)
        {
            throw new GitException($"không chạy được git: {ex.Message}");
        }
    }
}

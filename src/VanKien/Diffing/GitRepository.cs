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

    /// <summary>What git may print for one command: a blob larger than this is refused, not read into memory.</summary>
    public const long MaxOutputBytes = 64L * 1024 * 1024;

    /// <summary>The bytes of <paramref name="path"/> (relative to the repository's top folder) at <paramref name="revision"/>.</summary>
    public static byte[] Show(string workingFolder, string revision, string path)
    {
        // A revision is never an option of git's ("--output=/tmp/x" would make git write a file).
        if (revision.StartsWith('-')) throw new GitException($"'{revision}' không phải một phiên bản git");
        return Run(workingFolder, ["show", "--end-of-options", $"{revision}:{path.Replace('\\', '/')}"]);
    }

    public static string TopFolder(string workingFolder) =>
        Encoding.UTF8.GetString(Run(workingFolder, ["rev-parse", "--show-toplevel"])).Trim();

    /// <summary>Files changed between a revision and the working tree, relative to the top folder; any name, Vietnamese or with a newline.</summary>
    public static IReadOnlyList<string> Changed(string workingFolder, string revision)
    {
        if (revision.StartsWith('-')) throw new GitException($"'{revision}' không phải một phiên bản git");
        return Encoding.UTF8.GetString(Run(workingFolder, ["-c", "core.quotepath=off", "diff", "--name-only", "-z", "--end-of-options", revision, "--"]))
            .Split('\0', StringSplitOptions.RemoveEmptyEntries);
    }

    /// <summary>The sources VanKien builds among the files changed since a revision (relative to the top folder): a Markdown or YAML source a discovery would take.</summary>
    public static IReadOnlyList<string> ChangedSources(string workingFolder, string revision)
    {
        var root = TopFolder(workingFolder);
        return [.. Changed(workingFolder, revision)
            .Where(path => File.Exists(Path.Combine(root, path)))
            .Where(path => Reading.SourceDiscovery.Discover([Path.Combine(root, path)]).Sources.Count > 0
                           && (path.EndsWith(".md", StringComparison.OrdinalIgnoreCase) || Reading.DocumentReader.IsYamlSource(path)))];
    }

    /// <summary>
    /// The files in a repository's git folder that change whenever its history as seen from the working
    /// tree does (a commit, a checkout, a reset, a pull): HEAD, the reflog of HEAD, the branch HEAD
    /// names and the packed refs. Read from disk, without running git: a no-change run compares their
    /// stamps instead of asking git about every document.
    /// </summary>
    public static IReadOnlyList<string> StateFiles(string topFolder)
    {
        var gitFolder = Path.Combine(topFolder, ".git");
        try
        {
            // A worktree or a submodule: .git is a file naming the real folder.
            if (File.Exists(gitFolder) && File.ReadAllText(gitFolder).Trim() is var link && link.StartsWith("gitdir:", StringComparison.Ordinal))
                gitFolder = Path.GetFullPath(Path.Combine(topFolder, link["gitdir:".Length..].Trim()));
            var common = File.Exists(Path.Combine(gitFolder, "commondir"))
                ? Path.GetFullPath(Path.Combine(gitFolder, File.ReadAllText(Path.Combine(gitFolder, "commondir")).Trim()))
                : gitFolder;
            var head = Path.Combine(gitFolder, "HEAD");
            List<string> files = [head, Path.Combine(gitFolder, "logs", "HEAD"), Path.Combine(common, "packed-refs")];
            if (File.Exists(head) && File.ReadAllText(head).Trim() is var reference && reference.StartsWith("ref:", StringComparison.Ordinal))
                files.Add(Path.Combine(common, reference["ref:".Length..].Trim().Replace('/', Path.DirectorySeparatorChar)));
            return files;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return [gitFolder];
        }
    }

    /// <summary>The top folder of the repository around a folder, or null where there is none (or no git).</summary>
    public static string? TopFolderOrNull(string workingFolder)
    {
        try { return TopFolder(workingFolder); }
        catch (GitException) { return null; }
    }

    /// <summary>The commits that changed a file (relative to the top folder), newest first, at most <paramref name="count"/>.</summary>
    public static IReadOnlyList<string> Commits(string workingFolder, string path, int count) =>
        Encoding.UTF8.GetString(Run(workingFolder, ["log", $"-n{count}", "--format=%H", "--end-of-options", "HEAD", "--", path.Replace('\\', '/')]))
            .Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>
    /// The revision holding the version of a file before the one in the working tree: the last commit
    /// when the file has changed since, else the commit before the last that changed it; null for a
    /// file with no earlier version.
    /// </summary>
    public static string? PreviousVersion(string top, string relative, byte[] current)
    {
        try
        {
            var commits = Commits(top, relative, 2);
            if (commits.Count == 0) return null;
            var committed = Show(top, commits[0], relative);
            if (!committed.AsSpan().SequenceEqual(current)) return commits[0];
            return commits.Count > 1 ? commits[1] : null;
        }
        catch (GitException) { return null; }
    }

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
            var chunk = new byte[81920];
            int read;
            while ((read = process.StandardOutput.BaseStream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (output.Length + read > MaxOutputBytes)
                {
                    try { process.Kill(entireProcessTree: true); } catch (InvalidOperationException) { }
                    process.WaitForExit();
                    throw new GitException($"git {string.Join(' ', start.ArgumentList)}: kết quả lớn hơn {Text.VietnameseText.Number(MaxOutputBytes)} byte");
                }
                output.Write(chunk, 0, read);
            }
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

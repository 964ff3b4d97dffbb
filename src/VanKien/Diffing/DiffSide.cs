using System.Text.RegularExpressions;

namespace VanKien.Diffing;

/// <summary>
/// One side of a diff: a file, or <c>REV:path</c> read from the git repository around the working
/// folder. <see cref="Path"/> is where the document lives in the working tree (for its templates and
/// project), <see cref="Label"/> how the output names it.
/// </summary>
public sealed partial record DiffSide(string Label, string Path, byte[] Bytes)
{
    /// <summary>Beyond the reader's own limit on purpose: the reader then reports VK0009, as a build would.</summary>
    private const long MaxBytes = 64L * 1024 * 1024;

    public static DiffSide Read(string argument, string workingFolder)
    {
        var full = System.IO.Path.GetFullPath(argument, workingFolder);
        if (File.Exists(full))
        {
            var file = Reading.SafeFile.Read(full, MaxBytes);
            return file.Bytes is { } bytes ? new DiffSide(argument, full, bytes) : throw new IOException(file.Refusal);
        }

        var match = Revision().Match(argument);
        if (!match.Success) throw new FileNotFoundException($"không tìm thấy '{argument}'");
        var (revision, path) = (match.Groups[1].Value, match.Groups[2].Value);
        var top = GitRepository.TopFolder(workingFolder);
        // "REV:./x.md" is relative to the working folder, as git has it; "REV:x.md" to the top folder.
        var relative = path.StartsWith("./", StringComparison.Ordinal) || path.StartsWith("../", StringComparison.Ordinal)
            ? System.IO.Path.GetRelativePath(top, System.IO.Path.GetFullPath(path, workingFolder)).Replace('\\', '/')
            : path;
        return new DiffSide(argument, System.IO.Path.Combine(top, relative), GitRepository.Show(workingFolder, revision, relative));
    }

    /// <summary>"HEAD~1:samples/x.md", but not a Windows drive ("C:\…").</summary>
    [GeneratedRegex(@"^([^:\\/][^:]*):(.+)$")]
    private static partial Regex Revision();
}

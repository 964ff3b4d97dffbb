namespace VanKien.Building;

/// <summary>
/// The one check every path VanKien writes goes through: a named output file is never a source, a
/// folder, a device or a file of another kind than the one written, and an output folder is a folder.
/// Returns the reason for a refusal, or null when the path may be written.
/// </summary>
public static class OutputGate
{
    /// <summary>A file to write with <paramref name="extension"/> (".docx"), never one of <paramref name="sources"/>.</summary>
    public static string? File(string path, string extension, IEnumerable<string>? sources = null)
    {
        if (string.IsNullOrWhiteSpace(path)) return "tên tệp kết quả trống";
        var full = Path.GetFullPath(path);
        if (Reading.SafeFile.IsDevice(full)) return $"'{path}' nằm trong thư mục hệ thống";
        if (!full.EndsWith(extension, StringComparison.OrdinalIgnoreCase))
            return $"tệp kết quả '{path}' phải có đuôi {extension}; VanKien không ghi đè tệp loại khác";
        var kind = Reading.FileKinds.Of(full);
        if (kind == Reading.FileKind.Directory) return $"'{path}' là thư mục; cần tên một tệp {extension}";
        if (kind == Reading.FileKind.Special) return $"'{path}' không phải tệp thường";
        var real = Reading.SafeFile.RealPath(full);
        if (sources?.Any(s => string.Equals(Reading.SafeFile.RealPath(Path.GetFullPath(s)), real, StringComparison.Ordinal)) == true)
            return $"'{path}' là tệp nguồn; không ghi đè";
        if (kind == Reading.FileKind.Regular && extension == ".docx" && !LooksLikeZip(full))
            return $"'{path}' đã có và không phải tệp DOCX; không ghi đè";
        return Folder(Path.GetDirectoryName(full)!, create: false);
    }

    /// <summary>A folder to write into: not a file, not a device or system folder. It need not exist yet.</summary>
    public static string? Folder(string path, bool create = false)
    {
        if (string.IsNullOrWhiteSpace(path)) return "tên thư mục kết quả trống";
        var full = Path.GetFullPath(path);
        if (Reading.SafeFile.IsDevice(full + Path.DirectorySeparatorChar)) return $"'{path}' nằm trong thư mục hệ thống";
        // The nearest part of the path that exists must be a folder.
        for (var current = full; !string.IsNullOrEmpty(current); current = Path.GetDirectoryName(current))
        {
            var kind = Reading.FileKinds.Of(current);
            if (kind == Reading.FileKind.Missing) continue;
            if (kind != Reading.FileKind.Directory) return current == full ? $"'{path}' là một tệp, không phải thư mục" : $"'{current}' là một tệp, không phải thư mục";
            break;
        }
        return null;
    }

    /// <summary>
    /// A source edited in place (<c>review --apply</c>): a regular file, not a device; when it was
    /// found from a reviewer's DOCX, every link in its path followed still leads inside
    /// <paramref name="projectRoot"/>. The file a link names is the one edited (<see cref="AtomicFile.Rewrite"/>).
    /// </summary>
    public static string? EditedSource(string path, string? projectRoot)
    {
        var full = Path.GetFullPath(path);
        var real = Reading.SafeFile.RealPath(full);
        if (Reading.SafeFile.IsDevice(full) || Reading.SafeFile.IsDevice(real)) return $"'{path}' nằm trong thư mục hệ thống";
        if (Reading.FileKinds.Of(real) != Reading.FileKind.Regular) return $"'{path}' không phải tệp thường";
        if (projectRoot is not null && !Reading.SafeFile.IsUnder(real, Reading.SafeFile.RealPath(Path.GetFullPath(projectRoot))))
            return $"'{path}' là liên kết ra ngoài dự án";
        return null;
    }

    /// <summary>
    /// A generated source kept for editing (a report's <c>bao-cao-….md</c>): written again only when it
    /// is absent or still exactly what was written; an edited one is not replaced.
    /// </summary>
    public static string? KeepsEdits(string path, byte[] bytes)
    {
        if (!System.IO.File.Exists(path)) return null;
        var existing = Reading.SafeFile.Read(path, Reading.ReaderLimits.Default.MaxSourceBytes);
        return existing.Bytes is not null && existing.Bytes.AsSpan().SequenceEqual(bytes) ? null
            : "nguồn báo cáo đã có và khác bản sẽ soạn (có thể đã được sửa tay); không ghi đè";
    }

    /// <summary>
    /// The project's own output folder (<c>dau-ra</c>): inside the project with every link followed.
    /// A folder named with <c>-o</c> on the command line may be anywhere; this one may not.
    /// </summary>
    public static string? ProjectOutput(Project.ProjectFile project, string folder)
    {
        if (project.Root is not { } root) return null;
        var real = Reading.SafeFile.RealPath(Path.GetFullPath(folder));
        return Reading.SafeFile.IsUnder(real, Reading.SafeFile.RealPath(Path.GetFullPath(root))) ? null
            : $"thư mục đầu ra '{project.Output}' dẫn ra ngoài dự án";
    }

    /// <summary>
    /// A folder VanKien chose inside the project (the site's <c>public</c>): with every link followed
    /// it stays inside the project, as <see cref="ProjectOutput"/> asks of build's <c>dau-ra</c>.
    /// </summary>
    public static string? InsideProject(string projectRoot, string folder)
    {
        var real = Reading.SafeFile.RealPath(Path.GetFullPath(folder));
        return Reading.SafeFile.IsUnder(real, Reading.SafeFile.RealPath(Path.GetFullPath(projectRoot))) ? null
            : $"thư mục '{Path.GetFileName(Path.TrimEndingDirectorySeparator(folder))}' dẫn ra ngoài dự án";
    }

    private static bool LooksLikeZip(string path)
    {
        try
        {
            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            Span<byte> head = stackalloc byte[2];
            return stream.ReadAtLeast(head, 2, throwOnEndOfStream: false) == 2 && head[0] == (byte)'P' && head[1] == (byte)'K';
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return false;
        }
    }
}

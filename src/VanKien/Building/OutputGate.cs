namespace VanKien.Building;

/// <summary>
/// The one check every path VanKien writes goes through: a named output file is never a source, a
/// folder, a device or a file of another kind than the one written, and an output folder is a folder.
/// Returns the reason for a refusal, or null when the path may be written.
/// </summary>
public static class OutputGate
{
    private static readonly string[] SystemFolders = ["/dev/", "/proc/", "/sys/"];

    /// <summary>A file to write with <paramref name="extension"/> (".docx"), never one of <paramref name="sources"/>.</summary>
    public static string? File(string path, string extension, IEnumerable<string>? sources = null)
    {
        if (string.IsNullOrWhiteSpace(path)) return "tên tệp kết quả trống";
        var full = Path.GetFullPath(path);
        if (InSystemFolder(full)) return $"'{path}' nằm trong thư mục hệ thống";
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
        if (InSystemFolder(full + "/")) return $"'{path}' nằm trong thư mục hệ thống";
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

    private static bool InSystemFolder(string full) =>
        !OperatingSystem.IsWindows() && SystemFolders.Any(f => full.StartsWith(f, StringComparison.Ordinal));

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

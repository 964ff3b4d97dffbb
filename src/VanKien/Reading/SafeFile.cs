namespace VanKien.Reading;

/// <summary>
/// Reads a file the compiler was pointed at — a source, a parent, a template — without trusting it:
/// never more than a limit (a device such as /dev/zero never ends), never a device or a pipe, and
/// never through a symbolic link that leads out of the project.
/// </summary>
public static class SafeFile
{
    public sealed record Result(byte[]? Bytes, string? Refusal, bool TooLarge = false);

    private static readonly string[] DeviceFolders = ["/dev/", "/proc/", "/sys/"];

    /// <summary>A path in the device folders (/dev, /proc, /sys; \\.\ on Windows): never read to its end.</summary>
    public static bool IsDevice(string path)
    {
        var full = Path.GetFullPath(path);
        return OperatingSystem.IsWindows() ? full.StartsWith(@"\\.\", StringComparison.Ordinal) : DeviceFolders.Any(d => full.StartsWith(d, StringComparison.Ordinal));
    }

    public static Result Read(string path, long maxBytes, string? projectRoot = null)
    {
        var full = Path.GetFullPath(path);
        if (IsDevice(full))
            return new Result(null, $"'{path}' là thiết bị, không phải tệp");
        try
        {
            var info = new FileInfo(full);
            if (info.LinkTarget is not null && projectRoot is not null)
            {
                var target = File.ResolveLinkTarget(full, returnFinalTarget: true)?.FullName ?? full;
                if (!IsUnder(target, projectRoot)) return new Result(null, $"'{path}' là liên kết tới '{target}', ngoài dự án");
                if (DeviceFolders.Any(d => target.StartsWith(d, StringComparison.Ordinal))) return new Result(null, $"'{path}' trỏ tới thiết bị '{target}'");
            }
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            using var buffer = new MemoryStream();
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes) return new Result(null, $"'{path}' lớn hơn {VanKien.Text.VietnameseText.Number(maxBytes)} byte", TooLarge: true);
                buffer.Write(chunk, 0, read);
            }
            return new Result(buffer.ToArray(), null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new Result(null, ex.Message);
        }
    }

    public static bool IsUnder(string path, string folder)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(root, StringComparison.Ordinal);
    }
}

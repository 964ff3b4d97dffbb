namespace VanKien.Reading;

/// <summary>
/// Reads a file the compiler was pointed at — a source, a parent, a template — without trusting it:
/// never more than a limit (a device such as /dev/zero never ends), never a device or a pipe, and
/// never through a symbolic link that leads out of the project. Only regular files are read, told by
/// their type after every link is followed.
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

    /// <summary>
    /// <see cref="Read"/>, with a refusal reported at the file: a file over the limit is VK0009 ("<paramref name="what"/>
    /// vượt giới hạn … byte"), any other refusal VK0007. The one way every reader opens what it reads.
    /// </summary>
    public static byte[]? ReadReported(string path, long maxBytes, Diagnostics.DiagnosticBag diagnostics, string what, string? projectRoot = null)
    {
        var file = Read(path, maxBytes, projectRoot);
        if (file.Bytes is not null) return file.Bytes;
        diagnostics.Add(file.TooLarge ? Diagnostics.Rules.Limit : Diagnostics.Rules.Io, Diagnostics.SourceLocation.StartOf(path),
            file.TooLarge ? $"{what} vượt giới hạn {VanKien.Text.VietnameseText.Number(maxBytes)} byte" : $"không đọc được {what}: {file.Refusal}");
        return null;
    }

    public static Result Read(string path, long maxBytes, string? projectRoot = null)
    {
        var full = Path.GetFullPath(path);
        if (IsDevice(full))
            return new Result(null, $"'{path}' là thiết bị, không phải tệp");
        try
        {
            // Every component is followed, not only the last: a linked folder inside the project can lead out too.
            var real = RealPath(full);
            if (real != full)
            {
                if (IsDevice(real)) return new Result(null, $"'{path}' trỏ tới thiết bị '{real}'");
                if (projectRoot is not null && !IsUnder(real, RealPath(Path.GetFullPath(projectRoot))))
                    return new Result(null, $"'{path}' là liên kết tới '{real}', ngoài dự án");
            }
            // By type, not by name: a FIFO blocks on open, a device or a socket never ends.
            switch (FileKinds.Of(real))
            {
                case FileKind.Special: return new Result(null, $"'{path}' không phải tệp thường (FIFO, socket hay thiết bị)");
                case FileKind.Directory: return new Result(null, $"'{path}' là thư mục, không phải tệp");
                case FileKind.Missing: return new Result(null, $"không tìm thấy '{path}'");
            }
            using var stream = new FileStream(full, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
            // Taken before the bytes: a save during the read leaves a newer time than the one the ledger notes.
            var lastWrite = File.GetLastWriteTimeUtc(full);
            // A regular file says its length: one too large is refused before any byte is read, and the
            // buffer is sized once (growing by doubling left 8 + 16 MB of garbage behind a refused 50 MB file).
            // The counted read below still holds for files whose length lies or is unknown.
            var declared = stream.CanSeek ? stream.Length : 0;
            if (declared > maxBytes) return new Result(null, $"'{path}' lớn hơn {VanKien.Text.VietnameseText.Number(maxBytes)} byte", TooLarge: true);
            using var buffer = new MemoryStream((int)Math.Min(Math.Min(declared, maxBytes), Array.MaxLength));
            var chunk = new byte[81920];
            int read;
            while ((read = stream.Read(chunk, 0, chunk.Length)) > 0)
            {
                if (buffer.Length + read > maxBytes) return new Result(null, $"'{path}' lớn hơn {VanKien.Text.VietnameseText.Number(maxBytes)} byte", TooLarge: true);
                buffer.Write(chunk, 0, read);
            }
            var bytes = buffer.ToArray();
            ReadLedger.Note(full, bytes.LongLength, lastWrite, bytes);
            return new Result(bytes, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return new Result(null, ex.Message);
        }
    }

    /// <summary>The path with every symbolic link in it followed (as realpath(3)); a loop of links ends at 40 hops.</summary>
    public static string RealPath(string full, int hops = 0)
    {
        var root = Path.GetPathRoot(full) ?? "/";
        var current = root;
        foreach (var part in full[root.Length..].Split(Path.DirectorySeparatorChar, StringSplitOptions.RemoveEmptyEntries))
        {
            var next = Path.Combine(current, part);
            FileSystemInfo info = Directory.Exists(next) ? new DirectoryInfo(next) : new FileInfo(next);
            if (info.LinkTarget is { } target && hops < 40)
                next = RealPath(Path.GetFullPath(target, current), hops + 1);
            current = next;
        }
        return current;
    }

    public static bool IsUnder(string path, string folder)
    {
        var root = Path.GetFullPath(folder).TrimEnd(Path.DirectorySeparatorChar) + Path.DirectorySeparatorChar;
        return Path.GetFullPath(path).StartsWith(root, StringComparison.Ordinal);
    }
}

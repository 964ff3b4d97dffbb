using System.Runtime.InteropServices;

namespace VanKien.Reading;

/// <summary>What a path is, by the file system's own word (stat(2), links followed), not by its name.</summary>
public enum FileKind
{
    Missing,
    Regular,
    Directory,
    /// <summary>A FIFO, a socket, a character or block device: reading one may block forever or never end.</summary>
    Special,
}

/// <summary>
/// Tells a regular file from a FIFO, a socket or a device. .NET reports all of these as ordinary
/// files (FileAttributes.Normal), and opening a FIFO blocks until a writer appears, so the type is
/// asked of stat(2) before anything is opened.
/// </summary>
public static partial class FileKinds
{
    public static FileKind Of(string path)
    {
        if (OperatingSystem.IsWindows())
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        var mode = Mode(path);
        if (mode is null)
            // A platform whose stat layout is not known here: fall back to what .NET can tell.
            return Directory.Exists(path) ? FileKind.Directory : File.Exists(path) ? FileKind.Regular : FileKind.Missing;
        if (mode < 0) return FileKind.Missing;
        return (mode & 0xF000) switch
        {
            0x8000 => FileKind.Regular,
            0x4000 => FileKind.Directory,
            _ => FileKind.Special,
        };
    }

    /// <summary>st_mode of the path with links followed; -1 when it does not exist or cannot be reached; null where the layout is unknown.</summary>
    private static unsafe int? Mode(string path)
    {
        // The offset of st_mode in struct stat: glibc/musl on x86-64 (after st_dev, st_ino, st_nlink) and on
        // arm64 (after st_dev, st_ino); macOS (after a 32-bit st_dev, and only 16 bits wide).
        int offset;
        var wide = true;
        if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.X64) offset = 24;
        else if (OperatingSystem.IsLinux() && RuntimeInformation.ProcessArchitecture == Architecture.Arm64) offset = 16;
        else if (OperatingSystem.IsMacOS()) { offset = 4; wide = false; }
        else return null;
        var buffer = stackalloc byte[512];
        try
        {
            if (Stat(path, buffer) != 0) return -1;
        }
        catch (Exception ex) when (ex is DllNotFoundException or EntryPointNotFoundException)
        {
            return null;
        }
        return wide ? *(int*)(buffer + offset) : *(ushort*)(buffer + offset);
    }

    [LibraryImport("libc", EntryPoint = "stat", StringMarshalling = StringMarshalling.Utf8, SetLastError = true)]
    private static unsafe partial int Stat(string path, byte* buffer);
}

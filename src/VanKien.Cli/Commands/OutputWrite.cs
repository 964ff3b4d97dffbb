using VanKien.Building;
using VanKien.Diagnostics;

namespace VanKien.Cli.Commands;

/// <summary>
/// A file a command writes itself (new, init, template export, diff --redline), through the library's
/// one reported write: a refusal of the system (a full disk, a name too long) is printed as VK0901 at
/// the file, and the command exits 1 — as build does for its outputs — never "lỗi nội bộ".
/// </summary>
internal static class OutputWrite
{
    /// <summary>True when written whole; false (said on <paramref name="error"/>) when the previous file, if any, is kept.</summary>
    public static bool Done(TextWriter error, string path, byte[] bytes)
    {
        var refused = new DiagnosticBag();
        if (AtomicFile.WriteReported(path, bytes, refused, SourceLocation.StartOf(path))) return true;
        foreach (var diagnostic in refused.Items) error.WriteLine(diagnostic);
        return false;
    }
}

using VanKien.Diagnostics;

namespace VanKien.Building;

/// <summary>
/// A write the system refused — a full disk, a quota, a read-only or failing device, a name too long,
/// no permission — said as VK0901 at a place the user can act on, naming the file and the cause in
/// Vietnamese. The system's own message is English and names the temporary file, not the output.
/// </summary>
public static class WriteFault
{
    /// <summary>The exceptions a write can end in that are the system's answer, not a bug of ours.</summary>
    public static bool Is(Exception ex) => ex is IOException or UnauthorizedAccessException;

    /// <summary>"không ghi được 'out/x.docx': đĩa đầy (không còn chỗ trống)", at <paramref name="at"/>.</summary>
    public static Diagnostic Of(string target, Exception ex, SourceLocation at) =>
        Diagnostic.Of(Rules.Io, at, $"không ghi được '{target}': {Cause(ex)}", Hint(ex));

    // errno values (Linux; macOS where it differs) and Windows error codes, as .NET puts them in HResult.
    private const int Eio = 5, Enospc = 28, Erofs = 30, EdquotLinux = 122, EdquotMac = 69;
    private const int WindowsDiskFull = unchecked((int)0x80070070), WindowsHandleDiskFull = unchecked((int)0x80070027), WindowsWriteProtect = unchecked((int)0x80070013);

    public static string Cause(Exception ex) => ex switch
    {
        PathTooLongException => "tên tệp hoặc đường dẫn dài quá mức hệ thống tệp cho phép (mỗi tên tối đa 255 byte, cả đường dẫn tối đa 4.096 byte)",
        UnauthorizedAccessException => "không có quyền ghi vào đó",
        DirectoryNotFoundException => "thư mục chứa nó không còn",
        IOException { HResult: Enospc or WindowsDiskFull or WindowsHandleDiskFull } => "đĩa đầy (không còn chỗ trống)",
        IOException { HResult: EdquotLinux } when OperatingSystem.IsLinux() => "đã hết hạn mức dung lượng (quota) trên đĩa",
        IOException { HResult: EdquotMac } when OperatingSystem.IsMacOS() => "đã hết hạn mức dung lượng (quota) trên đĩa",
        IOException { HResult: Erofs or WindowsWriteProtect } => "ổ đĩa chỉ cho đọc",
        IOException { HResult: Eio } => "lỗi vào/ra của thiết bị (đĩa hỏng hoặc đã bị rút ra)",
        _ => $"hệ thống từ chối ghi (mã lỗi {ex.HResult})",
    };

    private static string Hint(Exception ex) => ex switch
    {
        PathTooLongException => "đặt tên ngắn hơn, hoặc ghi vào thư mục nông hơn",
        IOException { HResult: Enospc or EdquotLinux or EdquotMac or WindowsDiskFull or WindowsHandleDiskFull } => "giải phóng chỗ trên đĩa rồi chạy lại; bản trước của tệp vẫn giữ nguyên",
        _ => "kiểm tra thư mục, quyền ghi và chỗ trống trên đĩa rồi chạy lại; bản trước của tệp vẫn giữ nguyên",
    };
}

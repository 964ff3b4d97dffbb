namespace VanKien.Diagnostics;

/// <summary>
/// The catalogue of rule ids. Ids are stable: once published, an id keeps its meaning forever
/// (CI configurations and suppressions refer to it). Add new ids at the end of a family.
/// </summary>
public static class Rules
{
    // VK00xx — reading: encoding, syntax and schema of the source.
    public static readonly Rule YamlSyntax = new("VK0001", "YAML không hợp lệ", Severity.Error);
    public static readonly Rule UnknownKey = new("VK0002", "Khóa không được hỗ trợ", Severity.Error);
    public static readonly Rule WrongType = new("VK0003", "Sai kiểu giá trị", Severity.Error);
    public static readonly Rule MissingField = new("VK0004", "Thiếu trường bắt buộc", Severity.Error);
    public static readonly Rule InvalidDate = new("VK0005", "Ngày không hợp lệ", Severity.Error);
    public static readonly Rule InvalidValue = new("VK0006", "Giá trị không hợp lệ", Severity.Error);
    public static readonly Rule FrontMatter = new("VK0007", "Thiếu hoặc hỏng phần đầu YAML", Severity.Error);
    public static readonly Rule Encoding = new("VK0008", "Mã hóa ký tự không hợp lệ", Severity.Error);
    public static readonly Rule Limit = new("VK0009", "Vượt giới hạn an toàn", Severity.Error);

    // VK01xx — body: Markdown structure.
    public static readonly Rule UnknownContainer = new("VK0101", "Khối ::: không được hỗ trợ", Severity.Error);
    public static readonly Rule UnsupportedMarkdown = new("VK0102", "Cú pháp Markdown không được hỗ trợ", Severity.Warning);
    public static readonly Rule HeadingLevelSkip = new("VK0103", "Cấp đề mục nhảy cóc", Severity.Error);
    public static readonly Rule TargetsNotPlaced = new("VK0104", "Chỉ tiêu không được đặt vào thân văn bản", Severity.Warning);
    public static readonly Rule TargetsPlacedTwice = new("VK0105", "Khối chỉ tiêu xuất hiện nhiều lần", Severity.Error);
    public static readonly Rule AppendixPlacement = new("VK0106", "Phụ lục đặt sai chỗ", Severity.Error);

    // VK03xx — document frame.
    public static readonly Rule MissingRecipients = new("VK0301", "Thiếu nơi nhận", Severity.Error);
    public static readonly Rule MissingSignature = new("VK0302", "Thiếu khối chữ ký", Severity.Error);

    // VK09xx — environment: files and folders, not the source's content.
    public static readonly Rule Io = new("VK0901", "Không đọc/ghi được tệp", Severity.Error);
}

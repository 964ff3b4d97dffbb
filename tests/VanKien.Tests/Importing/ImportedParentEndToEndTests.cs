using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using VanKien.Tests.Support;

namespace VanKien.Tests.Importing;

/// <summary>
/// The promise of issue #34 end to end: a parent resolution that arrives as a Word file (invented here,
/// one paragraph a line, no styles, as an office types it) is imported, a child is scaffolded from it
/// with <c>new --parent</c>, the child lowers one of the imported targets, and <c>check</c> reports
/// VK0220 at the child's line with the imported parent's line beside it.
/// </summary>
public sealed class ImportedParentEndToEndTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("vankien-parent-").FullName;

    public void Dispose() => Directory.Delete(_root, recursive: true);

    private static readonly string[] Resolution =
    [
        "ĐẢNG BỘ TỈNH HƯNG YÊN", "ĐẢNG BỘ XÃ HÙNG AN", "*", "Số 01-NQ/ĐH", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hùng An, ngày 08 tháng 8 năm 2025",
        "NGHỊ QUYẾT", "Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I, nhiệm kỳ 2025 - 2030",
        "I. PHƯƠNG HƯỚNG, MỤC TIÊU", "1. Mục tiêu chung", "Xây dựng Đảng bộ trong sạch, vững mạnh; phát triển kinh tế - xã hội nhanh và bền vững.",
        "2. Mục tiêu cụ thể", "a) Về xây dựng Đảng",
        "(1) Hằng năm có trên 90% tổ chức cơ sở đảng hoàn thành tốt nhiệm vụ trở lên.",
        "(2) Kết nạp từ 40 đảng viên mới trở lên trong nhiệm kỳ.",
        "b) Về kinh tế - xã hội", "(3) Tỷ lệ hộ nghèo giảm xuống dưới 2%.",
        "II. NHIỆM VỤ, GIẢI PHÁP", "- Tăng cường công tác xây dựng Đảng về chính trị, tư tưởng.",
        "Nơi nhận:", "- Ban Thường vụ Tỉnh ủy (b/c),", "- Các chi bộ trực thuộc,", "- Lưu Văn phòng Đảng ủy.",
        "T/M ĐẠI HỘI", "CHỦ TỊCH ĐOÀN", "Lê Văn Cường",
    ];

    private static byte[] Docx(IEnumerable<string> lines)
    {
        using var stream = new MemoryStream();
        using (var word = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            var main = word.AddMainDocumentPart();
            main.Document = new Document(new Body(lines.Select(line =>
                new Paragraph(new Run(new DocumentFormat.OpenXml.Wordprocessing.Text(line) { Space = SpaceProcessingModeValues.Preserve })))));
        }
        return stream.ToArray();
    }

    [Fact]
    public void A_child_lowering_a_target_of_an_imported_docx_resolution_fails_check_at_its_line_beside_the_parents()
    {
        var docx = Path.Combine(_root, "nghi-quyet-dai-hoi.docx");
        File.WriteAllBytes(docx, Docx(Resolution));
        var imported = CliRun.Run("import", docx, "-o", Path.Combine(_root, "nhap"));
        Assert.True(imported.ExitCode == 0, imported.Error);
        var parent = Path.Combine(_root, "nhap", "nghi-quyet-dai-hoi.md");
        var parentLines = File.ReadAllLines(parent);
        var parentLine = Array.FindIndex(parentLines, l => l.Contains("gia-tri: \"> 90%\"", StringComparison.Ordinal)) + 1;
        Assert.True(parentLine > 0, "the imported parent holds the target with its value:\n" + string.Join("\n", parentLines));

        var child = Path.Combine(_root, "chuong-trinh-hanh-dong.md");
        var scaffolded = CliRun.Run("new", "chuong-trinh-hanh-dong", "--parent", parent, "-o", child);
        Assert.True(scaffolded.ExitCode == 0, scaffolded.Error);
        // The chi bộ fills in the scaffold, and lowers the first target: 80% where the resolution says 90%.
        var text = File.ReadAllText(child);
        text = text.Replace("«số»", "05", StringComparison.Ordinal);
        text = Regex.Replace(text, "\"«ngày ban hành[^»]*»\"", "2025-10-01");
        text = Regex.Replace(text, "«tên chi bộ[^»]*»", "Chi bộ Trường Mầm non Hùng An");
        text = text.Replace("«họ và tên người ký»", "Nguyễn Thị Lan", StringComparison.Ordinal);
        text = Regex.Replace(text, "«([^»]*)»", "$1");
        var lowered = text.IndexOf("gia-tri: \"> 90%\"", StringComparison.Ordinal);
        Assert.True(lowered > 0, "the scaffold adopts the parent's target:\n" + text);
        text = text[..lowered] + "gia-tri: \"> 80%\"" + text[(lowered + "gia-tri: \"> 90%\"".Length)..];
        text = text.Replace("có trên 90% tổ chức", "có trên 80% tổ chức", StringComparison.Ordinal);
        File.WriteAllText(child, text);
        var childLine = text[..lowered].Count(c => c == '\n') + 1;

        var checkedChild = CliRun.Run("check", child);
        Assert.Equal(1, checkedChild.ExitCode);
        var report = checkedChild.Error;
        Assert.Matches(new Regex($@"chuong-trinh-hanh-dong\.md:{childLine}:\d+: lỗi VK0220: .*'ct-01'"), report);
        Assert.Matches(new Regex($@"liên quan: .*nghi-quyet-dai-hoi\.md:{parentLine}:\d+"), report);
        Assert.DoesNotContain(checkedChild.DiagnosticLines, l => !l.Contains("VK0220", StringComparison.Ordinal));
    }
}

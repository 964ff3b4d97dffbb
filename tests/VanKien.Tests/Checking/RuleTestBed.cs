using VanKien.Building;
using VanKien.Checking;
using VanKien.Diagnostics;
using VanKien.Tests.Support;

namespace VanKien.Tests.Checking;

/// <summary>
/// A parent resolution and a child program that adopts every target of it correctly: no rule
/// fires on them as written. Each test changes one thing and sees one rule fire.
/// </summary>
internal sealed class RuleTestBed
{
    public const string Parent = """
        loai: nghi-quyet
        so: 01-NQ/ĐH
        co-quan: { cap-tren: Đảng bộ tỉnh Hưng Yên, ban-hanh: Đảng bộ xã Hùng An }
        dia-danh: Hùng An
        ngay: 2025-08-08
        nhiem-ky: 2025-2030
        chi-tieu:
          - nhom: Chỉ tiêu
            muc:
              - { id: P-01, noi-dung: Hằng năm có 85% trở lên đảng viên hoàn thành tốt nhiệm vụ., gia-tri: ">= 85%" }
              - { id: P-02, noi-dung: Tỷ lệ trẻ suy dinh dưỡng dưới 6%. }
              - { id: P-03, noi-dung: Kết nạp từ 04 đảng viên mới trở lên., doi-tuong: [chi-bo-truong] }
              - { id: P-04, noi-dung: "Đến năm 2027, 100% hồ sơ được số hóa." }
              - { id: P-05, noi-dung: Xếp trong top 10 trường của tỉnh. }
              - { id: P-06, noi-dung: Trường đạt chuẩn quốc gia mức độ 2., gia-tri: ">= chuan-quoc-gia:mức độ 2" }
              - { id: P-07, noi-dung: Xã đạt chuẩn nông thôn mới nâng cao., doi-tuong: [dang-uy-xa] }
        noi-nhan: [Các chi bộ, Lưu Văn phòng Đảng ủy]
        ky: { tham-quyen: T/M ĐẠI HỘI, chuc-vu: CHỦ TỊCH ĐOÀN, ho-ten: Lê Văn Cường }
        than-van-ban: |
          ::: chi-tieu
          :::
        """;

    public const string Child = """
        ---
        loai: chuong-trinh-hanh-dong
        so: 05-CTr/CB
        co-quan: { cap-tren: Đảng bộ xã Hùng An, ban-hanh: Chi bộ Trường Mầm non Hoa Sen }
        dia-danh: Hùng An
        ngay: 2025-10-01
        nhiem-ky: 2025-2030
        thuc-hien: nghi-quyet.yaml
        loai-to-chuc: chi-bo-truong-mam-non
        can-cu:
          - Căn cứ Nghị quyết số 01-NQ/ĐH, ngày 08/08/2025 của Đại hội
        chi-tieu:
          - nhom: Chỉ tiêu
            muc:
              - { id: c-01, noi-dung: Hằng năm có 90% trở lên đảng viên hoàn thành tốt nhiệm vụ., gia-tri: ">= 90%", cha: P-01 }
              - { id: c-02, noi-dung: Tỷ lệ trẻ suy dinh dưỡng dưới 5%., cha: P-02 }
              - { id: c-03, noi-dung: Kết nạp 01-02 đảng viên mới., cha: P-03, quan-he: gop-phan }
              - { id: c-04, noi-dung: "Đến năm 2026, 100% hồ sơ được số hóa.", cha: P-04 }
              - { id: c-05, noi-dung: Xếp trong top 5 trường của tỉnh., cha: P-05 }
              - { id: c-06, noi-dung: Trường đạt chuẩn quốc gia mức độ 2., gia-tri: ">= chuan-quoc-gia:mức độ 2", cha: P-06 }
        noi-nhan: [Đảng ủy xã (b/c), Lưu Chi bộ]
        ky: { tham-quyen: T/M CHI BỘ, chuc-vu: BÍ THƯ, ho-ten: Nguyễn Văn Bình }
        ---

        Chi bộ xây dựng Chương trình hành động như sau:

        # Mục đích, yêu cầu

        - Cụ thể hóa Nghị quyết thành nhiệm vụ của chi bộ.

        # Mục tiêu

        ::: chi-tieu
        :::
        """;

    private readonly string _folder = Repo.NewTempFolder();

    public RuleTestBed(string? parent = null, string? child = null)
    {
        Write("nghi-quyet.yaml", parent ?? Parent);
        Write("chuong-trinh.md", child ?? Child);
    }

    public string Path(string name) => System.IO.Path.Combine(_folder, name);

    public RuleTestBed Write(string name, string text)
    {
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path(name))!);
        File.WriteAllText(Path(name), text.Replace("\r\n", "\n") + "\n");
        return this;
    }

    /// <summary>The diagnostics of checking one file of the bed, all files sharing one document set.</summary>
    public IReadOnlyList<Diagnostic> Check(string name = "chuong-trinh.md")
    {
        var (set, project) = DocumentSet.ForSourcesAt(Path(name));
        foreach (var file in Directory.EnumerateFiles(_folder).Where(f => !f.EndsWith("vankien.yaml", StringComparison.Ordinal)).Order(StringComparer.Ordinal))
            set.Load(file);
        return [.. project, .. Compiler.Check(Path(name), set).Diagnostics];
    }

    /// <summary>The line (1-based) of the first line of a file containing the text.</summary>
    public int LineOf(string text, string name = "chuong-trinh.md") =>
        File.ReadAllLines(Path(name)).Select((l, i) => (l, i)).First(x => x.l.Contains(text, StringComparison.Ordinal)).i + 1;
}

namespace VanKien.Tests.Support;

/// <summary>Small complete sources that build, for tests about where and how a build reads and writes rather than what it prints.</summary>
internal static class MinimalSources
{
    /// <summary>A chi bộ's work programme for 2026: a frame that checks clean and one heading with one paragraph.</summary>
    public const string WorkProgramme = """
        ---
        loai: chuong-trinh-cong-tac
        so: 06-CTr/CB
        co-quan:
          cap-tren: Đảng bộ xã Hùng An
          ban-hanh: Chi bộ Trường Mầm non Việt Hồng
        dia-danh: Hùng An
        ngay: 2026-01-08
        trich-yeu: Năm 2026
        noi-nhan:
          - Đảng ủy xã (b/c)
          - Lưu Chi bộ
        ky:
          ho-ten: Nguyễn Thị A
        ---

        # Nhiệm vụ trọng tâm

        Tổ chức sinh hoạt chi bộ định kỳ hằng tháng.
        """;
}

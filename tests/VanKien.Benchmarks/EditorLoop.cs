using System.Diagnostics;
using System.Globalization;
using System.Text;
using VanKien.Editing;

namespace VanKien.Benchmarks;

/// <summary>
/// The language server's work after a keystroke, measured in a loop (server-side: the check of the
/// edited source with the editor's text, the time from the change to the diagnostics ready to
/// publish). A 300-line program whose parent resolution has 40 targets, 10,000 edits of one line;
/// prints the median and 90th percentile, and the managed heap after each thousand edits (flat
/// when the server keeps nothing per edit).
/// Usage: dotnet run -c Release --project tests/VanKien.Benchmarks -- editor [EDITS]
/// </summary>
internal static class EditorLoop
{
    public static int Run(int edits)
    {
        var folder = Path.Combine(Path.GetTempPath(), $"vankien-editor-bench-{Environment.ProcessId}");
        Directory.CreateDirectory(folder);
        try
        {
            var parent = Path.Combine(folder, "nghi-quyet.md");
            var child = Path.Combine(folder, "chuong-trinh.md");
            File.WriteAllText(parent, Parent());
            var text = Child();
            File.WriteAllText(child, text);
            var lines = text.Split('\n');
            var edited = Array.FindLastIndex(lines, l => l.StartsWith("Chi bộ tổ chức", StringComparison.Ordinal));
            Console.WriteLine($"editor: {lines.Length} lines, parent with 40 targets, edit at line {edited + 1}, {edits:N0} edits");

            var workspace = new EditorWorkspace();
            workspace.Open(child, text);
            var first = workspace.Check(child);
            if (first.Count > 0) Console.WriteLine($"editor: the clean source has diagnostics: {string.Join("; ", first)}");
            var times = new double[edits];
            var clock = new Stopwatch();
            for (var i = 0; i < edits; i++)
            {
                lines[edited] = $"Chi bộ tổ chức thực hiện lần {i} theo kế hoạch.";
                clock.Restart();
                workspace.Change(child, string.Join('\n', lines));
                var diagnostics = workspace.Check(child);
                clock.Stop();
                if (diagnostics.Count > 0) throw new InvalidOperationException(string.Join("; ", diagnostics));
                times[i] = clock.Elapsed.TotalMilliseconds;
                if ((i + 1) % 1000 == 0)
                    Console.WriteLine($"editor: after {i + 1,6:N0} edits, heap {GC.GetTotalMemory(forceFullCollection: true) / 1024.0 / 1024.0,6:0.0} MB");
            }
            Array.Sort(times);
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"editor: check after a one-line edit: median {times[edits / 2]:0.00} ms, p90 {times[edits * 9 / 10]:0.00} ms, max {times[^1]:0.00} ms"));
            return 0;
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Parent()
    {
        var s = new StringBuilder("""
            ---
            loai: nghi-quyet
            so: 01-NQ/ĐH
            co-quan:
              cap-tren: Đảng bộ tỉnh Hưng Yên
              ban-hanh: Đảng bộ xã Hùng An
            dia-danh: Hùng An
            ngay: 2025-08-08
            trich-yeu: Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I, nhiệm kỳ 2025 - 2030
            nhiem-ky: 2025-2030
            can-cu:
              - Căn cứ Điều lệ Đảng
            chi-tieu:
              - nhom: Về xây dựng Đảng
                muc:

            """);
        for (var t = 1; t <= 40; t++)
            s.Append(CultureInfo.InvariantCulture, $"      - id: CT-{t:00}\n        noi-dung: \"Hằng năm có {50 + t}% trở lên đơn vị đạt chỉ tiêu số {t}.\"\n        gia-tri: \">= {50 + t}%\"\n        ky: hang-nam\n");
        s.Append("""
            noi-nhan:
              - Ban Thường vụ Tỉnh ủy (b/c)
              - Lưu Văn phòng Đảng ủy
            ky:
              tham-quyen: T/M ĐẢNG ỦY
              chuc-vu: BÍ THƯ
              ho-ten: Nguyễn Văn Bình
            ---

            Đại hội quyết nghị:

            # Mục tiêu

            ::: chi-tieu
            :::

            # Nhiệm vụ và giải pháp

            Nâng cao chất lượng sinh hoạt chi bộ.

            """);
        return s.ToString();
    }

    private static string Child()
    {
        var s = new StringBuilder("""
            ---
            loai: chuong-trinh-hanh-dong
            so: 01-CTr/CB
            co-quan:
              cap-tren: Đảng bộ xã Hùng An
              ban-hanh: Chi bộ Trường Mầm non Việt Hồng
            dia-danh: Hùng An
            ngay: 2025-10-01
            trich-yeu: Thực hiện Nghị quyết Đại hội đại biểu Đảng bộ xã Hùng An lần thứ I
            nhiem-ky: 2025-2030
            thuc-hien: nghi-quyet.md
            can-cu:
              - Căn cứ Nghị quyết số 01-NQ/ĐH, ngày 08/8/2025 của Đảng bộ xã Hùng An
            chi-tieu:
              - nhom: Về xây dựng Đảng
                muc:

            """);
        for (var t = 1; t <= 40; t++)
            s.Append(CultureInfo.InvariantCulture, $"      - id: ct-{t:00}\n        noi-dung: \"Hằng năm có {50 + t}% trở lên đơn vị đạt chỉ tiêu số {t}.\"\n        gia-tri: \">= {50 + t}%\"\n        ky: hang-nam\n        cha: CT-{t:00}\n");
        s.Append("""
            noi-nhan:
              - Đảng ủy xã (b/c)
              - Lưu Chi bộ
            ky:
              tham-quyen: T/M CHI BỘ
              chuc-vu: BÍ THƯ
              ho-ten: Nguyễn Thị Hoa
            ---

            Chi bộ xây dựng chương trình hành động như sau:

            # Mục đích, yêu cầu

            """);
        for (var p = 1; s.ToString().Count(c => c == '\n') < 285; p++)
            s.Append(CultureInfo.InvariantCulture, $"- Nội dung thứ {p} của mục đích, yêu cầu: quán triệt sâu sắc nghị quyết.\n\n");
        s.Append("""
            # Mục tiêu

            ::: chi-tieu
            :::

            # Nhiệm vụ và giải pháp

            1. Nâng cao chất lượng sinh hoạt chi bộ.

            # Tổ chức thực hiện

            Chi bộ tổ chức thực hiện theo kế hoạch.

            """);
        return s.ToString();
    }
}

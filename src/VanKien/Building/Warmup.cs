namespace VanKien.Building;

/// <summary>
/// A cold process spends most of a one-document check loading types and compiling code on first
/// use: the YAML and Markdown readers, then every rule. The machine has a second core idle at that
/// moment, so the command line starts this on it while its own thread parses the arguments and
/// reads the project: a tiny document in memory goes through read and check, and the real one
/// finds the code ready. Nothing it does is seen: its document set and diagnostics are its own.
/// </summary>
public static class Warmup
{
    private const string Document = """
        ---
        loai: chuong-trinh-hanh-dong
        so: 01-CTr/CB
        co-quan: { cap-tren: Đảng bộ xã Hùng An, ban-hanh: Chi bộ Thôn Đông }
        dia-danh: Hùng An
        ngay: 2025-10-01
        trich-yeu: Thực hiện Nghị quyết Đại hội
        noi-nhan: [Lưu Chi bộ]
        ky: { tham-quyen: T/M CHI BỘ, chuc-vu: BÍ THƯ, ho-ten: Nguyễn Văn Bình }
        chi-tieu:
          - nhom: Về xây dựng Đảng
            muc:
              - noi-dung: 100% đảng viên được học tập nghị quyết.
                gia-tri: ">= 90%"
        ---

        # Mục đích, yêu cầu

        Chi bộ cụ thể hóa Nghị quyết, **kịp thời** và *đầy đủ*.

        - Một ý.

        ::: chi-tieu
        :::

        | A | B |
        |---|---|
        | 1 | 2 |
        """;

    /// <summary>
    /// Starts the warm-up on the thread pool and returns at once; it never throws. With
    /// <paramref name="write"/> the DOCX writer is warmed too (a check must not load it).
    /// </summary>
    public static void Start(bool write) => new Thread(() =>
    {
        try
        {
            // In the order the main thread will need them, each well before it does: the main thread
            // spends its first milliseconds on the command line, then reads the project file (YAML),
            // the source (YAML, Markdown, target sentences) and runs the rules.
            Reading.YamlLoader.LoadMapping("warm-up.yaml", "a: 1\nb: [c, d]\ne: { f: g }\n", 1, Reading.ReaderLimits.Default, new Diagnostics.DiagnosticBag());
            Reading.MarkdownBodyReader.Warm();
            // The rules are built (their types initialised) by asking for them.
            _ = Checking.DocumentChecker.Default.Rules.Count;
            Targets.PhraseParser.Default.Infer("Phấn đấu 90% trở lên đảng viên hoàn thành tốt nhiệm vụ trong nhiệm kỳ.");
            var path = Path.Combine(Path.GetTempPath(), "vankien-warmup", "van-ban.md");
            var bytes = System.Text.Encoding.UTF8.GetBytes(Document);
            if (write) Compiler.BuildSource(path, bytes, Checking.DocumentSet.Create());
            else Compiler.CheckSource(path, bytes, Checking.DocumentSet.Create());
        }
        catch
        {
            // Only a warm-up: whatever goes wrong here, the real run meets and reports it.
        }
    })
    {
        // A thread of its own: a one-document check never needs the thread pool, so it does not start one.
        IsBackground = true,
        Name = "vankien-warmup",
    }.Start();
}

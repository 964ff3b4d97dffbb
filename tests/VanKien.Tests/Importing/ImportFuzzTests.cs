using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Tests.Robustness;
using VanKien.Tests.Support;

namespace VanKien.Tests.Importing;

/// <summary>
/// Mutated seeds and mutated DOCX packages end in a source or in diagnostics — never an exception.
/// (A DOCX mutated byte by byte is mostly refused by its CRC; the package-level mutations below
/// reach the XML and the recogniser.)
/// </summary>
[Trait("Speed", "Slow")]
public class ImportFuzzTests
{
    [Fact]
    public void Mutated_plain_text_documents_import_or_are_refused_with_a_diagnostic()
    {
        var seeds = Directory.GetFiles(Repo.Seeds).Select(File.ReadAllBytes).ToArray();
        var mutator = new Mutator(7);
        for (var i = 0; i < 3000; i++)
        {
            var input = mutator.Mutate(seeds[i % seeds.Length]);
            var diagnostics = new DiagnosticBag();
            var result = Importer.Import($"fuzz-{i}.txt", input, diagnostics);
            Assert.True(result.Source is not null || diagnostics.HasErrors, $"input {i}: no source and no error");
        }
    }

    [Fact]
    public void Mutated_docx_documents_import_or_are_refused_with_a_diagnostic()
    {
        var docx = SampleBuilds.Docx(SampleBuilds.Full("samples/dang-uy-xa-hung-an/chuong-trinh-hanh-dong-16-giao-duc.md"));
        var xml = System.Text.Encoding.UTF8.GetBytes(Docx.MainDocument(docx).ToString(System.Xml.Linq.SaveOptions.DisableFormatting));
        var mutator = new Mutator(11);
        for (var i = 0; i < 300; i++)
        {
            // Whole-file mutations exercise the gate; part mutations re-zipped exercise the reader.
            var input = i % 3 == 0 ? mutator.Mutate(docx) : Repack(docx, mutator.Mutate(xml));
            var diagnostics = new DiagnosticBag();
            var result = Importer.Import($"fuzz-{i}.docx", input, diagnostics);
            Assert.True(result.Source is not null || diagnostics.HasErrors, $"input {i}: no source and no error");
        }
    }

    /// <summary>
    /// Pieces of whole documents' layouts (issue #34), invented in the shape real ones take: a header's
    /// columns apart, a signature block over several lines, recipients that wrap, table residue, page
    /// breaks and numbers, glued syllables, and targets in every form a target section takes.
    /// </summary>
    private static readonly string[][] Layouts =
    [
        ["ĐẢNG BỘ XÃ HÙNG AN", "CHI BỘ TRƯỜNG TIỂU HỌC", "*", "Số 07-KH/CB", "ĐẢNG CỘNG SẢN VIỆT NAM", "Hùng An, ngày 10 tháng 3 năm 2026", "KẾ HOẠCH", "thực hiện nhiệm vụ năm 2026"],
        ["ỦY", "BAN NHÂN DÂN", "XÃ HÙNG AN", "Số: 2022", "", "/KH-UBND", "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", "Thành phố Hồ", "Chí Minh, ngày", "17 tháng 3 năm 2026"],
        ["Số: 113/KH-THCS\t\t\tHùng An, ngày    tháng 3 năm 2026", "KẾ HOẠCH", "Giáo dục nhà trường"],
        ["Căn cứ Nghị quyết số", "05-NQ/ĐU ngày 20/02/2026 của Ban Chấp hành Đảng bộ xã Hùng An về chuyển", "đổi số trong các cơ quan Đảng năm 2026;"],
        ["I. MỤC", "ĐÍCH, YÊU CẦU", "- Nâng cao nhận thức của cán bộ, đảng viên, giáo viên về chuyển đổi số trong", "Đảng bộ và trong công tác chuyên môn."],
        ["2. Mục tiêu cụ thể", "a) Về xây dựng Đảng", "Chỉ tiêu 1: Hằng năm có trên 90% đảng viên hoàn thành tốt nhiệm vụ trở lên.", "(1) Tỷ lệ học sinh lên lớp đạt 98% trở lên.",
            "* Có 15/27 lớp đạt danh hiệu lớp tiên tiến.", "+ Tỷ lệ học sinh bỏ học dưới 1%.", "- Giỏi 10%, Khá 43%, Trung bình 47%.", "Mục tiêu cụ thể 1: Truyền thông.", "Chỉ tiêu:"],
        ["C. CÁC CHỈ TIÊU PHẤN ĐẤU", "I. Chỉ tiêu chuyên môn", "- Thao giảng: 01 tiết/GV/HK.", "- Sản lượng đạt 1.200 tấn, diện tích 35 ha, 12 GVG."],
        ["- Bảo đảm các điều kiện về hạ tầng, thiết bị cho việc xử lý công việc trên môi trường", "", "", "                 4", "\fsố theo hướng dẫn của cấp trên."],
        ["- Ban Thường vụĐảng uỷxã chỉ đạo chuyển đổi sốtrong các cơ quan.", "- Hệthống theo Nghịđịnh."],
        ["Nơi nhận:", "- Thường trực Huyện ủy (b/c);", "- Đồng chí Nguyễn Văn Bình - Phó Bí thư", "Thường trực Đảng ủy;", "|", "- Lưu: VT.", "|  |", "+---+---+", "17"],
        ["TM. ỦY BAN NHÂN", "DÂN", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "", "", "Trần Thị Hoa"],
        ["DUYỆT CỦA LÃNH ĐẠO PHÒNG GD-ĐT                    HIỆU TRƯỞNG", "", "", "                                Lê Văn Tâm"],
        ["TM. CHÍNH PHỦ", "THỦ TƯỚNG", "Nguyễn Văn An"],
        ["| STT | Nội dung | Chỉ tiêu |", "|---|---|---|", "| 1 | Kết nạp đảng viên | 02 |", "PHỤ LỤC", "Mẫu biểu 01"],
    ];

    [Fact]
    public void Whole_document_layouts_spliced_import_or_are_refused_with_a_located_diagnostic()
    {
        var seeds = Directory.GetFiles(Repo.Seeds).Select(f => File.ReadAllText(f).Split('\n')).ToArray();
        var random = new Random(34);
        for (var i = 0; i < 1500; i++)
        {
            // Runs of a seed's lines and of the layouts, spliced in a random order, some lines wrapped at a page's width.
            var lines = new List<string>();
            for (var piece = random.Next(2, 9); piece > 0; piece--)
            {
                var source = random.Next(3) == 0 ? seeds[random.Next(seeds.Length)] : Layouts[random.Next(Layouts.Length)];
                var start = random.Next(source.Length);
                lines.AddRange(source.Skip(start).Take(random.Next(1, 30)));
            }
            var width = random.Next(30, 100);
            var text = string.Join("\n", lines.SelectMany(l => random.Next(4) == 0 && l.Length > width ? [l[..width], l[width..]] : new[] { l }));
            var diagnostics = new DiagnosticBag();
            var result = Importer.Import($"ghep-{i}.txt", System.Text.Encoding.UTF8.GetBytes(text), diagnostics);
            Assert.True(result.Source is not null || diagnostics.HasErrors, $"input {i}: no source and no error\n{text}");
            Assert.All(diagnostics.Items.Where(d => d.Severity == Severity.Error), d => Assert.True(d.Location.Line >= 1, $"input {i}: {d.Message} has no line"));
        }
    }

    private static byte[] Repack(byte[] docx, byte[] documentXml)
    {
        using var stream = new MemoryStream();
        stream.Write(docx);
        using (var zip = new System.IO.Compression.ZipArchive(stream, System.IO.Compression.ZipArchiveMode.Update, leaveOpen: true))
        {
            zip.GetEntry("word/document.xml")!.Delete();
            using var entry = zip.CreateEntry("word/document.xml").Open();
            entry.Write(documentXml);
        }
        return stream.ToArray();
    }
}

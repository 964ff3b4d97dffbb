using System.Globalization;
using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using VanKien.Diagnostics;
using VanKien.Importing;
using VanKien.Reading;
using VanKien.Tests.Support;
using VanKien.Writing.Docx;
using Xunit.Abstractions;

namespace VanKien.Tests.Importing;

/// <summary>
/// The importer on the openings of 41 real documents (<c>../shared/corpus/</c>, read from there, never
/// copied): for each, the frame its text holds — kind, superior and issuing body, number (or a blank
/// one), place, date, summary, the count of căn cứ, the first-level headings — written here by hand
/// before the importer ran on them, from the document's own lines (a date in a căn cứ, a site's
/// banner or an editor's note is not the document's). A document of another kind, or damaged past
/// reading, must be refused. Every other one is imported again with a supplement that gives only
/// what its text lacks (a closing, and the frame of an opening that has none), written to DOCX,
/// read back by pandoc, and must hold ≥ 97 % of its lines, from its first line on, in order, with
/// no converter residue. The test prints the table docs/bao-tri/import-corpus.md gives and allows at most three
/// documents to miss.
/// </summary>
[Trait("Speed", "Slow")]
public partial class CorpusImportTests(ITestOutputHelper output)
{
    /// <summary>
    /// Text fields compare with spacing and letter case aside (a summary in capitals is imported in
    /// sentence case); headings without their number and the colon or full stop after them. The
    /// summary is every line of the title under the kind's word, a resolution's "của …" line included.
    /// </summary>
    private sealed record Expected(string? Kind, string? Superior, string? Issuer, string? Number, string? Place, string? Date,
        string? Summary, int Basis, string[] Headings, string Start, bool IsRefused = false);

    private static readonly Expected Refused = new(null, null, null, null, null, null, null, 0, [], "", IsRefused: true);

    private static readonly Dictionary<string, Expected> Documents = new()
    {
        // NN: kind, superior body, issuing body, number, place, date, summary, căn cứ, first-level headings, the document's first line.
        ["01"] = new(null, null, null, null, null, null, null, 0, ["NHỮNG KẾT QUẢ ĐÃ ĐẠT ĐƯỢC"], "ĐẠI HỘI CHI BỘ TRƯỜNG TIỂU HỌC YÊN THẮNG"),
        ["02"] = new("ke-hoach", "ĐẢNG ỦY XÃ PHONG MỸ", "CHI BỘ TRƯỜNG THCS PHONG MỸ", "41-KH/CB", "Phong Mỹ", "2019-09-25",
            "Tổ chức Đại hội chi bộ nhiệm kỳ 2020-2022", 2, ["MỤC ĐÍCH YÊU CẦU"], "KẾ HOẠCH"),
        ["04"] = new("bao-cao", null, null, null, null, null, "CHÍNH TRỊ TRÌNH ĐẠI HỘI ĐẢNG VIÊN NHIỆM KỲ 2020 - 2022", 0,
            ["KẾT QUẢ THỰC HIỆN NGHỊ QUYẾT NHIỆM KỲ 2017 – 2020"], "DỰ THẢO BÁO CÁO CHÍNH TRỊ"),
        ["05"] = new("bao-cao", "ĐẢNG UỶ XÃ ĐIỀN XÁ", "CHI BỘ TRƯỜNGTHCS ĐIỀN XÁ", "10/BCTK", "Điền Xá", "2017-12-14",
            "TỔNG KẾT CÔNG TÁC XÂY … NHIỆM VỤ NĂM 2018 (16 từ)", 3,
            ["Đánh giá kết quả lãnh … Chi bộ trong năm 2017 (14 từ)"], "BÁO CÁO"),
        ["07"] = new("ke-hoach", "ĐẢNG BỘ HUYỆN ĐẠI TỪ", "ĐẢNG ỦY XÃ LA BẰNG", "09-KH/ĐU", "La Bằng", "2020-11-24",
            "kiểm điểm, đánh giá, xếp … quản lý năm 2020 (26 từ)", 1, [],
            "ĐẢNG BỘ HUYỆN ĐẠI TỪ"),
        ["08"] = new("nghi-quyet", null, null, null, null, null, "CỦA BAN CHẤP HÀNH ĐẢNG … nhiệm vụ năm 2023 (18 từ)", 0,
            ["ĐÁNH GIÁ CHUNG"], "NGHỊ QUYẾT."),
        ["10"] = new("nghi-quyet", null, null, null, null, null,
            "của Ban Chấp hành Đảng … tế giai đoạn 2016-2020 (39 từ)", 0,
            ["Khái quát tình hình"], "Nghị quyết của Ban Chấp hành"),
        ["11"] = new(null, null, null, null, null, null, null, 0, ["Về kinh tế (11 chỉ tiêu)", "Về văn hóa - xã hội (10 chỉ tiêu)"], "date 2020-08"),
        ["13"] = Refused,
        ["14"] = new(null, null, null, null, null, null, null, 0, [], "MỤC TIÊU, PHƯƠNG HƯỚNG, NHIỆM VỤ"),
        ["16"] = Refused,
        ["17"] = Refused,
        // A decision (a kind since templates/quyet-dinh/), its page flattened to one line: not refused any more,
        // but nothing of its frame is found in the run-together text yet (a known miss).
        ["20"] = new("quyet-dinh", null, "BAN CHẤP HÀNH TRUNG ƯƠNG ĐOÀN TNCS HỒ CHÍ MINH", "367-QĐ/TWĐTN-VP", "Hà Nội", "2013-10-29",
            "Về việc ban hành Quy định về ban hành văn bản của Đoàn TNCS Hồ Chí Minh", 3, [], "BAN CHẤP HÀNH TRUNG ƯƠNG"),
        ["22"] = new("ke-hoach", null, "ỦY BAN NHÂN DÂN TỈNH BẮC NINH", "155/KH-UBND", "Bắc Ninh", "2017-05-26",
            "TRIỂN KHAI CHƯƠNG TRÌNH HÀNH … BÀN TỈNH BẮC NINH (27 từ)", 0,
            ["MỤC TIÊU"], "KẾ HOẠCH"),
        ["23"] = new("nghi-quyet", null, "HỘI ĐỒNG NHÂN DÂN", "97/NQ-HĐND", "Hà Giang", "2024-07-10",
            "VỀ VIỆC THÔNG QUA KẾ … CỦA TỈNH HÀ GIANG (18 từ)", 8, [], "VỀ VIỆC THÔNG QUA KẾ HOẠCH"),
        ["25"] = new("ke-hoach", null, "ỦY BAN NHÂN DÂN TỈNH LÀO CAI", "258/KH-UBND", "Lào Cai", "2021-06-07",
            "TRIỂN KHAI THỰC HIỆN ĐỀ … BÀN TỈNH LÀO CAI (20 từ)", 0,
            ["QUAN ĐIỂM, MỤC TIÊU, YÊU CẦU"], "KẾ HOẠCH"),
        ["26"] = new("ke-hoach", null, "ỦY BAN NHÂN DÂN", "130/KH-UBND", "Ninh Bình", "2022-07-13", null, 0,
            ["ĐỐI TƯỢNG, THỜI GIAN GIÁM SÁT, ĐÁNH GIÁ"], "Thực hiện Thông tư số 10/2022"),
        ["28"] = new("ke-hoach", null, "ỦY BAN NHÂN DÂN THÀNH PHỐ HÀ NỘI", "168/KH-UBND", "Hà Nội", "2020-08-18",
            "THỰC HIỆN ĐỀ ÁN “XÂY … ĐOẠN 2020 - 2025” (18 từ)", 0, ["MỤC TIÊU, YÊU CẦU"], "KẾ HOẠCH"),
        ["29"] = new("ke-hoach", null, "ỦY BAN NHÂN DÂN TỈNH CÀ MAU", "98/KH-UBND", "Cà Mau", "2021-07-13",
            "THỰC HIỆN CHƯƠNG TRÌNH PHÒNG … BÀN TỈNH CÀ MAU (32 từ)", 1,
            ["Mục tiêu và định hướng đến năm 2030"], "KẾ HOẠCH"),
        ["31"] = new("ke-hoach", null, null, null, null, null,
            "TỔ CHỨC KỶ NIỆM 90 … PHÚC (12/2/1950 – 12/2/2020) (28 từ)", 2,
            ["MỤC ĐÍCH YÊU CẦU"], "KẾ HOẠCH TỔ CHỨC KỶ NIỆM"),
        ["32"] = new("ke-hoach", null, "ỦY BAN NHÂN DÂN TỈNH SƠN LA", "68/KH-UBND", "Sơn La", "2020-03-11",
            "VỀ VIỆC TRIỂN KHAI THỰC … TRONG TÌNH HÌNH MỚI (41 từ)", 1,
            ["MỤC ĐÍCH, YÊU CẦU"], "KẾ HOẠCH"),
        ["34"] = new("ke-hoach", null, "BỘ GIÁO DỤC VÀ ĐÀO TẠO", "1611/KH-BGDĐT", "Hà Nội", "2022-11-15",
            "TRIỂN KHAI THỰC HIỆN CHƯƠNG … GIÁO DỤC MẦM NON (23 từ)", 0,
            ["Mục đích yêu cầu"], "KẾ HOẠCH"),
        ["35"] = new("ke-hoach", "PHÒNG GIÁO DỤC VÀ ĐÀO TẠO", "TRƯỜNG TIỂU HỌC TIẾN HƯNG A", "25/KH-THTHA", "Tiến Hưng", "2017-10-06",
            "Thực hiện nhiệm vụ, năm học 2017 - 2018", 4, ["Đánh giá tình hình nhà trường, năm học 2017 - 2018"], "KẾ HOẠCH"),
        ["37"] = new("ke-hoach", "UBND HUYỆN NÚI THÀNH", "TRƯỜNG TH HOÀNG VĂN THỤ", "32/KH-THHVT", "Tam Sơn", "2023-09-25",
            "NĂM HỌC: 2023-2024", 4, ["Tổng kết năm học 2022 -2023"], "KẾ HOẠCH"),
        ["38"] = new("ke-hoach", "UBND QUẬN THANH XUÂN", "TRƯỜNG THCS KHƯƠNG MAI", "37/KH-THCSKM", "Khương Mai", "2023-08-29",
            "Thực hiện Quy chế công … 36/2017/TT-BGDĐT Năm học 2023-2024 (13 từ)", 2, ["Mục tiêu thực hiện công khai"], "KẾ HOẠCH"),
        ["40"] = new("ke-hoach", null, null, null, null, null, "THỰC HIỆN NHIỆM VỤ NĂM … MẦM NON ĐÔNG SƠN (14 từ)", 2,
            ["NHIỆM VỤ CHUNG"], "KẾ HOẠCH"),
        ["41"] = new(null, null, null, null, null, null, null, 0, [], "LỊCH CHỈ ĐẠO VÀ THỰC HIỆN KẾ HOẠCH"),
        ["43"] = new("ke-hoach", "PHÒNG GD & ĐT DIỄN CHÂU", "TRƯỜNG MN DIỄN THỊNH", "89/KH-TrMN", "Diễn Thịnh", "2024-09-27",
            "GIÁO DỤC NHÀ TRƯỜNG NĂM HỌC 2024 – 2025", 0, ["CĂN CỨ XÂY DỰNG KẾ HOẠCH", "ĐẶC ĐIỂM TÌNH HÌNH"], "KẾ HOẠCH GIÁO DỤC"),
        ["44"] = new("ke-hoach", null, null, null, null, null, "LAO ĐỘNG TUẦN 07 (NGÀY 28 THÁNG 9 NĂM 2012)", 0, [], "KẾ HOẠCH LAO ĐỘNG"),
        ["46"] = new("bao-cao", "PHÒNG GD&ĐT BẢO LÂM", "TRƯỜNG: THCS MÔNG ÂN", null, null, null,
            "Kết quả thực hiện công … toàn Năm học 2021-2022 (18 từ)", 0, ["ĐẶC ĐIỂM TÌNH HÌNH"], "BÁO CÁO"),
        ["47"] = new("ke-hoach", null, null, null, null, null,
            "Về việc thực hiện Chỉ … tưởng Hồ Chí Minh (43 từ)", 0,
            ["MỤC ĐÍCH, YÊU CẦU"], "KẾ HOẠCH"),
        ["49"] = new("ke-hoach", null, null, null, null, null, "Hoạt động giáo dục năm học 2020 - 2021", 5, ["BỐI CẢNH"], "KẾ HOẠCH"),
        ["50"] = new("nghi-quyet", "ĐẢNG ỦY XÃ TRÀNG AN", "CHI BỘ TRƯỜNG THCS TRÀNG AN", "01-NQ/THCSTrA", "Tràng An", "2018-01-15",
            "ĐẠI HỘI CHI BỘ NHIỆM KỲ 2018 – 2020", 1, [], "NGHỊ QUYẾT"),
        ["52"] = new("nghi-quyet", "ĐẢNG BỘ XÃ MỸ HƯNG", "CHI BỘ TRƯỜNG MẦM NON", null, "Mỹ Hưng", "2022-06-06",
            "Đại hội Chi bộ trường Mầm non Nhiệm kỳ 2022 - 2025", 0, [], "NGHỊ QUYẾT"),
        ["53"] = new("bao-cao", "ĐẢNG UỶ XÃ ĐỨC CHÂU", "CHI BỘ MẦM NON", "03/BC-CBMN", "Đức Châu", "2016-09-25",
            "CÔNG TÁC HOẠT ĐỘNG XÂY … ĐỘNG NĂM HỌC 2016-2017 (16 từ)", 0,
            ["BÁO CÁO CÔNG TÁC XÂY DỰNG ĐẢNG NĂM HỌC 2015 –2016"], "BÁO CÁO"),
        ["55"] = Refused,
        ["56"] = new(null, null, null, null, null, null, null, 0, [], "hội đồng trường."),
        ["58"] = Refused,
        ["59"] = new("nghi-quyet", "UBDN QUẬN THANH KHÊ", "TRƯỜNG TRUNG HỌC CƠ SỞ NGUYỄN THỊ MINH KHAI", "/NQ-THCSNTMK", "Thanh Khê", null,
            "Về mục tiêu, chiến lược, … kỳ 2019 – 2024 (24 từ)", 3,
            ["QUYẾT NGHỊ"], "NGHỊ QUYẾT"),
        ["61"] = new("ke-hoach", null, null, null, null, null, "NHIỆM VỤ NĂM HỌC 2016– 2017", 0, ["Đặc điểm tình hình của tổ"], "KẾ HOẠCH NHIỆM VỤ"),
        ["62"] = new("nghi-quyet", null, "HỘI ĐỒNG NHÂN DÂN TỈNH TIỀN GIANG", "01/NQ-HĐND", "Tiền Giang", "2018-07-13",
            "VỀ VIỆC ĐIỀU CHỈNH MỘT … TIỀN GIANG NĂM 2018 (22 từ)", 3, ["QUYẾT NGHỊ"], "NGHỊ QUYẾT"),
    };

    private const int AllowedMisses = 3;

    /// <summary>
    /// The documents known to miss, each with its reason in docs/bao-tri/import-corpus.md: any other document that misses
    /// is a regression, even within the issue's allowance of three.
    /// </summary>
    private static readonly HashSet<string> KnownMisses = ["07", "20"];
    private const double LinesInOrder = 0.97;

    private static string Corpus => SharedMaterial.Corpus;

    [SharedFact("corpus", "pandoc")]
    public void Every_opening_gives_its_frame_and_its_lines_in_order_or_is_refused()
    {
        Assert.True(Directory.Exists(Corpus), $"the corpus is read from {Corpus}");
        var files = Directory.GetFiles(Corpus, "*.txt").OrderBy(f => f, StringComparer.Ordinal).ToList();
        Assert.Equal(Documents.Keys.Order(), files.Select(f => Path.GetFileName(f)[..2]).Order());

        var table = new StringBuilder("| NN | fields expected | fields recovered | lines in order | misses |\n|---|---|---|---|---|\n");
        var misses = new List<string>();
        var invented = new List<string>();
        var folder = Repo.NewTempFolder();
        foreach (var file in files)
        {
            var nn = Path.GetFileName(file)[..2];
            var expected = Documents[nn];
            // The text as found, without the corpus file's two lines of provenance.
            var lines = File.ReadAllLines(file).Skip(2).ToList();
            var bytes = Encoding.UTF8.GetBytes(string.Join("\n", lines));
            var diagnostics = new DiagnosticBag();
            var result = Importer.Import(Path.GetFileName(file), bytes, diagnostics);
            var problems = new List<string>();

            if (expected.IsRefused)
            {
                if (result.Source is not null) problems.Add("not refused");
                else if (!diagnostics.Items.Any(d => d.Rule.Id is "VK0615" or "VK0616" or "VK0603"))
                    problems.Add("refused without saying why: " + diagnostics.Items.FirstOrDefault()?.Message);
                table.Append($"| {nn} | refused | {(problems.Count == 0 ? "refused" : "imported")} | — | {string.Join("; ", problems)} |\n");
                if (problems.Count > 0) misses.Add($"{nn}: {string.Join("; ", problems)}");
                continue;
            }
            if (result.Document is not { } document)
            {
                misses.Add($"{nn}: refused a planning document: {diagnostics.Items.FirstOrDefault(d => d.Severity == Severity.Error)?.Message}");
                table.Append($"| {nn} | — | refused | — | refused |\n");
                continue;
            }

            var fields = Fields(expected, document);
            var held = fields.Count(f => f.Want is not null);
            var recovered = fields.Count(f => f.Want is not null && f.Right);
            foreach (var (name, want, got, right) in fields)
            {
                if (want is not null && !right) problems.Add($"{name} {Show(got)} (text: {Show(want)})");
                else if (want is null && got is not null && name != "căn cứ" && name != "headings")
                {
                    problems.Add($"{name} {Show(got)} (text: none)");
                    invented.Add($"{nn}: {name} {Show(got)}");
                }
            }
            // What the text lacks is said, each field with VK0611.
            foreach (var (lacks, word) in new[] { (expected.Kind is null, "tên loại"), (expected.Number is null, "số, ký hiệu"),
                         (expected.Issuer is null, "cơ quan ban hành"), (expected.Place is null || expected.Date is null, "ngày tháng"),
                         (expected.Summary is null, "trích yếu") })
                if (lacks && !diagnostics.Items.Any(d => d.Rule.Id == "VK0611" && d.Message.Contains(word, StringComparison.Ordinal)))
                    problems.Add($"no VK0611 for the missing {word}");

            var (inOrder, total, missing, residue) = LinesHeld(folder, nn, lines, expected.Start, bytes, result.Document);
            var share = total == 0 ? 1.0 : (double)inOrder / total;
            if (share < LinesInOrder) problems.Add($"{inOrder} of {total} lines in order; first missing: \"{missing}\"");
            if (residue is not null) problems.Add($"converter residue in the DOCX: \"{residue}\"");
            // A line that finds no place is reported, never dropped in silence.
            if (missing is not null && diagnostics.Items.All(d => d.Rule.Id != "VK0610") && share < 1)
                problems.Add("a line is missing from the DOCX and no VK0610 says so");

            if (problems.Count > 0) misses.Add($"{nn}: {string.Join("; ", problems)}");
            table.Append($"| {nn} | {held} | {recovered} | {inOrder}/{total} ({share.ToString("P0", CultureInfo.InvariantCulture)}) | {string.Join("; ", problems).Replace("|", "\\|")} |\n");
        }
        output.WriteLine(table.ToString());
        output.WriteLine($"{misses.Count} documents miss:\n" + string.Join("\n", misses));
        Assert.True(invented.Count == 0, "values the texts do not hold:\n" + string.Join("\n", invented));
        Assert.True(misses.Count <= AllowedMisses, $"{misses.Count} documents miss (at most {AllowedMisses}):\n" + string.Join("\n", misses));
        var unexpected = misses.Where(m => !KnownMisses.Contains(m[..2])).ToList();
        Assert.True(unexpected.Count == 0, "documents that missed none before:\n" + string.Join("\n", unexpected));
    }

    private static List<(string Name, string? Want, string? Got, bool Right)> Fields(Expected expected, ImportedDocument document)
    {
        (string, string?, string?, bool) Field(string name, string? want, string? got) => (name, want, got, want is not null && Same(want, got));
        var headings = document.Body.OfType<DraftHeading>().Where(h => h.Level == 1).Select(h => HeadingText(h.Text)).ToList();
        var headingsRight = headings.Count == expected.Headings.Length && expected.Headings.Zip(headings).All(p => Same(HeadingText(p.First), p.Second));
        return
        [
            Field("kind", expected.Kind, document.Kind),
            Field("superior", expected.Superior, document.SuperiorBody),
            Field("issuer", expected.Issuer, document.IssuingBody),
            Field("number", expected.Number, document.Number),
            Field("place", expected.Place, document.Place),
            Field("date", expected.Date, document.Date?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)),
            Field("summary", expected.Summary, document.Summary),
            Field("căn cứ", expected.Basis.ToString(CultureInfo.InvariantCulture), document.Basis.Count.ToString(CultureInfo.InvariantCulture)),
            ("headings", string.Join(" | ", expected.Headings), string.Join(" | ", headings), headingsRight),
        ];
    }

    /// <summary>
    /// A field as the text has it; a long one written as its opening and closing words and its length
    /// ("TRIỂN KHAI … TỈNH HÙNG AN (23 từ)"), so that the corpus's sentences are not copied here.
    /// </summary>
    private static bool Same(string want, string? got)
    {
        if (got is null) return false;
        var text = Squash(got);
        if (Sketch().Match(want) is not { Success: true } sketch) return string.Equals(Squash(want), text, StringComparison.OrdinalIgnoreCase);
        var words = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length == int.Parse(sketch.Groups["words"].Value, CultureInfo.InvariantCulture) &&
               text.StartsWith(sketch.Groups["head"].Value, StringComparison.OrdinalIgnoreCase) &&
               text.EndsWith(sketch.Groups["tail"].Value, StringComparison.OrdinalIgnoreCase);
    }

    [GeneratedRegex(@"^(?<head>.+?) … (?<tail>.+?) \((?<words>[0-9]+) từ\)$")]
    private static partial Regex Sketch();

    private static string Squash(string text) => Regex.Replace(text.Normalize(NormalizationForm.FormC), @"\s+", " ").Trim();

    private static string HeadingText(string text) => Squash(text).TrimEnd(':', '.', ' ');

    private static string Show(string? text) => text is null ? "none" : $"\"{(text.Length > 60 ? text[..60] + "…" : text)}\"";

    /// <summary>
    /// The document imported again with what its text lacks supplied, written to DOCX and read back
    /// by pandoc: how many of its lines (from its first line on, each as its words, numbering aside)
    /// stand in the DOCX's words in order, the first that does not, and any converter residue.
    /// </summary>
    private static (int Held, int Total, string? FirstMissing, string? Residue) LinesHeld(string folder, string nn, List<string> lines,
        string start, byte[] bytes, ImportedDocument found)
    {
        var supplement = Path.Combine(folder, nn + ".bo-sung.yaml");
        var kind = found.Kind ?? "ke-hoach";
        var symbol = VanKien.Model.DocumentKind.FromKey(kind)!.TypeAbbreviation;
        File.WriteAllText(supplement,
            $"loai: {kind}\nso: 01-{symbol}/CB\nco-quan: {{ cap-tren: ĐẢNG ỦY XÃ HÙNG AN, ban-hanh: CHI BỘ TRƯỜNG MẦM NON }}\n" +
            "dia-danh: Hùng An\nngay: 2025-01-01\ntrich-yeu: Văn bản nhập\nnoi-nhan: [Như trên, Lưu văn thư]\nky: { ho-ten: Nguyễn Văn An }\n");
        var diagnostics = new DiagnosticBag();
        var imported = Importer.Import(nn + ".txt", bytes, diagnostics, Supplement.Load(supplement, diagnostics));
        Assert.True(imported.Source is not null, $"{nn}: {string.Join("\n", diagnostics.Items)}");
        var source = Path.Combine(folder, nn + ".md");
        File.WriteAllText(source, imported.Source);
        var read = new DiagnosticBag();
        var document = DocumentReader.ReadFile(source, read);
        Assert.True(document is not null, $"{nn}: the imported source does not read:\n{string.Join("\n", read.Items)}\n{imported.Source}");
        var docx = Path.Combine(folder, nn + ".docx");
        File.WriteAllBytes(docx, DocxWriter.Write(document, new VanKien.Templates.TemplateLocator().For(document).Template));

        var blocks = PandocReader.Read(docx);
        var text = string.Join("\n", blocks.Select(b => b.Text));
        var residue = Residue().Match(text) is { Success: true } r ? r.Value : null;
        var words = blocks.SelectMany(b => Words(b.Text)).ToList();

        // The document's first line: the one that is exactly the start given, else the first that opens with it.
        var first = lines.FindIndex(l => l.Trim() == start);
        if (first < 0) first = lines.FindIndex(l => l.Trim().StartsWith(start, StringComparison.Ordinal));
        Assert.True(first >= 0, $"{nn}: no line starts \"{start}\"");
        int held = 0, total = 0, at = 0;
        string? missing = null;
        foreach (var line in lines.Skip(first))
        {
            var want = Words(line);
            if (want.Count == 0) continue;
            total++;
            var found2 = IndexOf(words, want, at);
            if (found2 >= 0) { held++; at = found2 + want.Count; }
            else missing ??= line.Trim().Length > 80 ? line.Trim()[..80] + "…" : line.Trim();
        }
        return (held, total, missing, residue);
    }

    /// <summary>The words of a text, lower case, with markup, entities, list or heading numbers and the draft marking set aside.</summary>
    private static List<string> Words(string text)
    {
        text = WebUtility.HtmlDecode(Markup().Replace(text.Replace("\\r\\n", " ", StringComparison.Ordinal), " "));
        text = Enumerator().Replace(PartLabel().Replace(text.Normalize(NormalizationForm.FormC), " "), " ");
        return Word().Matches(text).Select(m => m.Value.ToLowerInvariant()).ToList();
    }

    private static int IndexOf(List<string> words, List<string> want, int from)
    {
        for (var i = from; i + want.Count <= words.Count; i++)
        {
            var j = 0;
            while (j < want.Count && words[i + j] == want[j]) j++;
            if (j == want.Count) return i;
        }
        return -1;
    }

    [GeneratedRegex(@"</?[a-zA-Z][^>]*>")]
    private static partial Regex Markup();

    /// <summary>"I.", "1)", "2.1.", "a)", "A/", "I-" where a list or a heading is numbered.</summary>
    [GeneratedRegex(@"(?<![\p{L}\p{N}.,/])(?:[IVXLC]{1,4}|\d{1,2}(?:\.\d{1,2})*|[a-zđA-ZĐ])[ \t]*[.)/\-](?=\s|\p{L}|$)")]
    private static partial Regex Enumerator();

    /// <summary>
    /// What the compiler writes in its own words and place: a part's label ("PHẦN THỨ NHẤT", "Phần A.",
    /// "PHẦN 1:") and the draft marking ("DỰ THẢO", boxed above the header).
    /// </summary>
    [GeneratedRegex(@"(?<!\p{L})DỰ\s+THẢO(?!\p{L})|(?<!\p{L})PHẦN\s+(?:THỨ\s+\p{L}+|[IVX]+|[0-9]{1,2}|[A-ZĐ])(?!\p{L})\s*[:.\-–]?", RegexOptions.IgnoreCase)]
    private static partial Regex PartLabel();

    [GeneratedRegex(@"\p{N}+(?:[.,]\p{N}+)*|\p{L}+")]
    private static partial Regex Word();

    [GeneratedRegex(@"</?(?:p|i|b|em|strong|br|span|div)\b[^>]*>|\\r\\n|\*[^\s*]+\*|\*\*\*|&[a-z]+;")]
    private static partial Regex Residue();
}

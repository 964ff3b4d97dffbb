using VanKien.Diagnostics;
using VanKien.Output;
using VanKien.Reading;
using VanKien.Targets;
using VanKien.Text;

namespace VanKien.Project;

/// <summary>Reads <c>vankien.yaml</c>, and finds it above a source.</summary>
public static class ProjectFileReader
{
    private static readonly string[] Keys = ["nguon", "dau-ra", "dinh-dang", "mau", "thang-bac", "quy-tac", "gioi-han", "goc", SigningSettings.Key];
    private static readonly string[] ScaleKeys = ["id", "ten", "bac", "dau-hieu"];

    /// <summary>The rule settings' words: "tat" turns a rule off.</summary>
    public static readonly IReadOnlyDictionary<string, Severity?> SeverityWords = new Dictionary<string, Severity?>(StringComparer.Ordinal)
    {
        ["loi"] = Severity.Error,
        ["canh-bao"] = Severity.Warning,
        ["goi-y"] = Severity.Info,
        ["tat"] = null,
    };

    /// <summary>The nearest <c>vankien.yaml</c> in the folder of <paramref name="path"/> or above it.</summary>
    public static string? Find(string path)
    {
        var folder = new DirectoryInfo(Directory.Exists(path) ? path : Path.GetDirectoryName(Path.GetFullPath(path)) ?? ".");
        for (; folder is not null; folder = folder.Parent)
        {
            var candidate = Path.Combine(folder.FullName, ProjectFile.FileName);
            if (File.Exists(candidate)) return candidate;
        }
        return null;
    }

    public static ProjectFile Read(string path, DiagnosticBag diagnostics) =>
        SafeFile.ReadReported(path, MaxBytes, diagnostics, "tệp dự án") is { } bytes ? Read(path, bytes, diagnostics) : ProjectFile.None with { Path = path };

    private const int MaxBytes = 1024 * 1024;

    /// <summary>A project file's bytes as given (an editor's unsaved text), read as the file would be.</summary>
    public static ProjectFile Read(string path, byte[] bytes, DiagnosticBag diagnostics)
    {
        if (bytes.Length > MaxBytes)
        {
            diagnostics.Add(Rules.Limit, SourceLocation.StartOf(path), $"tệp dự án lớn hơn {MaxBytes / 1024 / 1024} MB");
            return ProjectFile.None with { Path = path };
        }
        var text = SourceText.Decode(path, bytes, ReaderLimits.Default, diagnostics);
        if (text is null) return ProjectFile.None with { Path = path };
        if (text.Trim().Length == 0 || text.Split('\n').All(l => l.TrimStart().StartsWith('#') || l.Trim().Length == 0))
            return ProjectFile.None with { Path = path };
        var root = YamlLoader.LoadMapping(path, text, 1, ReaderLimits.Default, diagnostics);
        if (root is null) return ProjectFile.None with { Path = path };

        var source = new YamlSource(path, 1, diagnostics);
        var map = new YamlMap(source, root, null, Keys);

        var scales = new List<OrdinalScale>();
        foreach (var scale in map.Mappings("thang-bac", ScaleKeys, "'id' và 'bac'"))
        {
            var id = scale.Text("id", required: true);
            var levels = scale.TextList("bac", required: true);
            if (id is null || levels.Count == 0) continue;
            if (levels.Count < 2)
            {
                source.Report(Rules.InvalidValue, scale.Location, $"thang '{id.Value}' cần ít nhất hai bậc, từ thấp đến cao");
                continue;
            }
            scales.Add(new OrdinalScale(id.Value, scale.Text("ten")?.Value ?? id.Value,
                levels.Select(l => l.Value.ToLowerInvariant()).ToList(), scale.Text("dau-hieu")?.Value.ToLowerInvariant()));
        }

        var formats = map.TextList("dinh-dang").Select(f => f.Value).ToList();
        foreach (var format in map.TextList("dinh-dang").Where(f => OutputFormats.Find(f.Value) is null))
            source.Report(Rules.InvalidValue, format.Location, $"định dạng '{format.Value}' không có", $"các định dạng: {OutputFormats.NameList}");

        var settings = new Dictionary<string, Severity?>(StringComparer.Ordinal);
        if (map.Map("quy-tac", Rules.All.Select(r => r.Id).ToList()) is { } ruleMap)
        {
            foreach (var rule in Rules.All.Where(r => ruleMap.Has(r.Id)))
            {
                var word = ruleMap.Text(rule.Id, required: true);
                if (word is null) continue;
                if (SeverityWords.TryGetValue(word.Value, out var severity)) settings[rule.Id] = severity;
                else source.Report(Rules.InvalidValue, word.Location, $"'{word.Value}' không phải mức của quy tắc",
                    $"các mức: {string.Join(", ", SeverityWords.Keys)}");
            }
        }

        var sources = new List<string>();
        foreach (var pattern in map.TextList("nguon"))
        {
            if (LeavesTheProject(pattern.Value))
                source.Report(Rules.InvalidValue, pattern.Location, $"mẫu nguồn '{pattern.Value}' ra ngoài thư mục dự án",
                    "mẫu glob tính từ thư mục của vankien.yaml, không có '..' và không bắt đầu bằng '/'");
            else sources.Add(pattern.Value);
        }
        var output = map.Text("dau-ra");
        var outputFolder = output?.Value ?? "out";
        if (output is not null && (LeavesTheProject(outputFolder) || Path.GetFullPath(outputFolder, "/p").TrimEnd('/') == "/p"))
        {
            source.Report(Rules.InvalidValue, output.Location, $"thư mục đầu ra '{outputFolder}' phải là một thư mục con của dự án",
                "VanKien ghi và dọn tệp tạm chỉ trong thư mục đầu ra; để ghi ra nơi khác, dùng 'build -o'");
            outputFolder = "out";
        }
        return new ProjectFile(path, scales,
            sources.Count > 0 ? sources : ProjectFile.DefaultSources,
            outputFolder,
            formats.Count > 0 ? formats.Where(f => OutputFormats.Find(f) is not null).ToList() : [OutputFormats.Docx.Name],
            map.Text("mau")?.Value,
            settings)
        {
            Limits = ReadLimits(map, source),
            RepositoryRoot = map.Text("goc")?.Value is "true" or "co",
            Signing = SigningSettings.Read(map, source, Path.GetDirectoryName(Path.GetFullPath(path)) ?? "."),
        };
    }

    /// <summary>A path or glob of the project file that is absolute or climbs above the project's folder.</summary>
    private static bool LeavesTheProject(string relative)
    {
        if (relative.Length == 0 || Path.IsPathRooted(relative) || relative.StartsWith('~')) return true;
        return relative.Replace('\\', '/').Split('/').Contains("..");
    }

    /// <summary><c>gioi-han</c>: each key a positive number; what is not given keeps its default.</summary>
    private static ReaderLimits ReadLimits(YamlMap map, YamlSource source)
    {
        var limits = ReaderLimits.Default;
        if (!map.Has("gioi-han") || map.Map("gioi-han", ReaderLimits.KeyNames) is not { } given) return limits;
        double? Number(string key)
        {
            if (given.Text(key) is not { } text) return null;
            if (double.TryParse(text.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var value)
                && value > 0 && value <= int.MaxValue)
                return value;
            source.Report(Rules.InvalidValue, text.Location, $"'{key}' phải là một số dương, không phải '{text.Value}'");
            return null;
        }
        int? Whole(string key) => Number(key) is { } n ? (int)Math.Ceiling(n) : null;
        return limits with
        {
            MaxSourceBytes = Whole("kich-thuoc-nguon") ?? limits.MaxSourceBytes,
            MaxYamlDepth = Whole("do-sau-yaml") ?? limits.MaxYamlDepth,
            MaxYamlAliases = Whole("bi-danh-yaml") ?? limits.MaxYamlAliases,
            MaxMarkdownDepth = Whole("do-sau-markdown") ?? limits.MaxMarkdownDepth,
            MaxTargets = Whole("so-chi-tieu") ?? limits.MaxTargets,
            MaxSecondsPerDocument = Number("giay-moi-van-ban") ?? limits.MaxSecondsPerDocument,
        };
    }

    /// <summary>The starter project <c>vankien init</c> writes.</summary>
    public const string Starter = """
        # Dự án VanKien: tệp này ở thư mục gốc của kho văn bản. `vankien build` và `vankien check`
        # không có đối số sẽ làm việc trên các văn bản nêu ở đây. Văn bản viết dạng .yaml có thể ghi
        # dòng đầu "# yaml-language-server: $schema=.vankien/van-ban.schema.json" để VS Code gợi ý khóa.
        # yaml-language-server: $schema=.vankien/du-an.schema.json

        # Các tệp nguồn (mẫu glob, tính từ thư mục này).
        nguon:
          - "**/*.md"
          - "**/*.yaml"

        # Thư mục ghi tệp kết quả, và các định dạng: docx, pdf.
        dau-ra: out
        dinh-dang: [docx]

        # Kho chứa nhiều dự án (mỗi chi bộ một thư mục có vankien.yaml riêng): đặt goc: true ở
        # vankien.yaml của thư mục gốc để văn bản ở dự án này thực hiện được văn bản cấp trên ở dự án khác.
        # goc: true

        # Thư mục mẫu riêng của đơn vị (mỗi loại văn bản một thư mục: mau.yaml, reference.docx).
        # mau: templates

        # Thang bậc riêng, bậc từ thấp đến cao.
        # thang-bac:
        #   - id: danh-hieu-tap-the
        #     ten: Danh hiệu thi đua của tập thể
        #     bac: [tập thể lao động tiên tiến, tập thể lao động xuất sắc]

        # Mức của từng quy tắc: loi, canh-bao, goi-y, hoặc tat (tắt).
        # quy-tac:
        #   VK0404: tat
        #   VK0403: loi

        # Ký số (vankien ky --vai nguoi-ky | co-quan): tệp chứng thư .p12 hoặc thiết bị ký (token, the),
        # ảnh chữ ký và ảnh dấu. Không ghi mật khẩu, mã PIN ở đây: dùng VANKIEN_MAT_KHAU, VANKIEN_PIN.
        # ky-so:
        #   nguoi-ky:
        #     chung-thu: khoa/nguoi-ky.p12
        #     hinh-chu-ky: anh/chu-ky.png
        #   co-quan:
        #     token: /usr/lib/x86_64-linux-gnu/libxxx-pkcs11.so
        #     the: VAN THU
        #     hinh-dau: anh/dau.png
        #     co-dau: 36

        # Giới hạn an toàn (vượt giới hạn là lỗi VK0009); đây là các giá trị mặc định.
        # gioi-han:
        #   kich-thuoc-nguon: 8388608   # byte
        #   do-sau-yaml: 64
        #   bi-danh-yaml: 64
        #   do-sau-markdown: 32
        #   so-chi-tieu: 2000
        #   giay-moi-van-ban: 30
        """;
}

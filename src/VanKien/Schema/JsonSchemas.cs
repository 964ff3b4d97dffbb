using System.Text.Json;
using System.Text.Json.Nodes;
using VanKien.Diagnostics;
using VanKien.Model;
using VanKien.Targets;

namespace VanKien.Schema;

/// <summary>
/// JSON Schemas (draft-07, the newest the YAML language server reads) of a document's front matter
/// and of the project file, with Vietnamese descriptions and enumerations, so that an editor
/// completes and checks keys. Built from the reader's own key lists, so they cannot drift.
/// </summary>
public static class JsonSchemas
{
    private const string Draft = "http://json-schema.org/draft-07/schema#";

    /// <summary>The two date forms the reader takes: 2025-10-01 and 01/10/2025 (day first, as Vietnamese documents are dated).</summary>
    private const string DatePattern = @"^([0-9]{4}-[0-9]{1,2}-[0-9]{1,2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{4})$";

    public static string Document() => Write(DocumentSchema());

    public static string Project() => Write(ProjectSchema());

    public static string Results() => Write(ResultsSchema());

    /// <summary>A results file (<c>loai: ket-qua</c>): the program it measures, the report's frame, a result per target.</summary>
    public static JsonObject ResultsSchema()
    {
        var schema = Object("Kết quả thực hiện các chỉ tiêu của một chương trình (loai: ket-qua)", ["loai", "chuong-trinh", "ket-qua"], new()
        {
            ["loai"] = Enum("Luôn là 'ket-qua'", [VanKien.Results.ResultsReader.Kind]),
            ["chuong-trinh"] = Text("Tệp nguồn của chương trình có các chỉ tiêu, tính từ thư mục của tệp này"),
            ["bao-cao"] = Object("Phần đầu của báo cáo sơ kết/tổng kết soạn từ tệp này (cơ quan, địa danh, nhiệm kỳ lấy từ chương trình)", [], new()
            {
                ["so"] = Text("Số, ký hiệu của báo cáo, ví dụ 12-BC/CB"),
                ["ngay"] = new JsonObject { ["description"] = "Ngày ban hành, dạng ngày/tháng/năm (01/10/2025) hoặc năm-tháng-ngày (2025-10-01)", ["type"] = "string", ["pattern"] = DatePattern },
                ["noi-nhan"] = TextList("Nơi nhận, mỗi nơi một dòng"),
                ["ky"] = Object("Khối chữ ký", ["ho-ten"], new()
                {
                    ["tham-quyen"] = Text("Thẩm quyền ký, ví dụ T/M CHI BỘ"),
                    ["chuc-vu"] = Text("Chức vụ người ký"),
                    ["ho-ten"] = Text("Họ tên người ký"),
                }),
            }),
            ["ket-qua"] = new JsonObject
            {
                ["description"] = "Kết quả của từng chỉ tiêu",
                ["type"] = "array",
                ["items"] = Object("Kết quả của một chỉ tiêu", ["id", "gia-tri"], new()
                {
                    ["id"] = Text("Mã chỉ tiêu trong chương trình"),
                    ["gia-tri"] = new JsonObject
                    {
                        ["description"] = "Kết quả theo kỳ: năm (2025: 92%) hoặc nhiem-ky (cả nhiệm kỳ đến nay); một số có đơn vị, 'hạng 3', tên một bậc, hoặc đạt/không đạt/vượt",
                        ["type"] = "object",
                        ["minProperties"] = 1,
                        ["propertyNames"] = new JsonObject { ["pattern"] = "^([0-9]{4}|nhiem-ky)$" },
                        ["additionalProperties"] = new JsonObject { ["type"] = new JsonArray("string", "number") },
                    },
                    ["ghi-chu"] = Text("Ghi chú"),
                    ["minh-chung"] = Text("Tài liệu minh chứng"),
                }),
            },
        });
        schema["$schema"] = Draft;
        schema["$id"] = "ket-qua.schema.json";
        return Reorder(schema);
    }

    public static JsonObject DocumentSchema()
    {
        var target = Object("Một chỉ tiêu", ["noi-dung"], new()
        {
            ["id"] = Text("Mã chỉ tiêu, duy nhất trong văn bản; văn bản cấp dưới dẫn tới nó bằng 'cha'"),
            ["noi-dung"] = Text("Câu chỉ tiêu, in nguyên văn"),
            ["gia-tri"] = new JsonObject
            {
                ["description"] = "Giá trị: '>= 90%', '< 5%', '1..2 đảng viên/nhiệm kỳ', 'top 5', '>= hoàn thành tốt nhiệm vụ', '>= 80% (2030); = 100% (2035)'. Bỏ trống: suy từ câu.",
                ["type"] = new JsonArray("string", "number"),
            },
            ["ky"] = Enum("Kỳ tính: hằng năm, cả nhiệm kỳ, năm học", PeriodKeys.ByKey.Keys),
            ["cha"] = Text("Mã chỉ tiêu của văn bản cấp trên ('thuc-hien') mà chỉ tiêu này thực hiện"),
            ["quan-he"] = Enum("Quan hệ với chỉ tiêu cấp trên: áp dụng (không thấp hơn), góp phần (một phần tổng), cụ thể hóa", TargetRelationKeys.ByKey.Keys),
            ["han"] = new JsonObject { ["description"] = "Năm phải đạt, trong nhiệm kỳ", ["type"] = new JsonArray("integer", "string") },
            ["doi-tuong"] = new JsonObject
            {
                ["description"] = "Loại tổ chức phải cụ thể hóa chỉ tiêu (ở văn bản cấp trên); 'chi-bo-truong' gồm 'chi-bo-truong-mam-non'",
                ["anyOf"] = new JsonArray(new JsonObject { ["type"] = "string" }, TextList("")),
            },
        });

        var properties = new Dictionary<string, JsonNode>
        {
            ["loai"] = Enum("Loại văn bản", DocumentKind.All.Select(k => k.Key)),
            ["so"] = Text("Số, ký hiệu: '05-CTr/CB' (văn bản Đảng), '45/KH-UBND' (văn bản nhà nước); không ghi 'Số'; dự thảo chưa có số: '-CTr/CB', '/KH-UBND'"),
            ["de-muc"] = Enum("Kiểu đề mục của văn bản này, thay kiểu của mẫu: la-ma (I. → 1.), phan (Phần thứ nhất → I.), chu-cai (A. → 1.)", Model.HeadingSchemeKeys.ByKey.Keys),
            ["du-thao"] = new JsonObject
            {
                ["description"] = "Dự thảo: true (in 'Dự thảo' trong khung ở đầu trang 1), hoặc lần dự thảo, ví dụ 'lần 2'",
                ["type"] = new JsonArray("boolean", "string"),
            },
            ["co-quan"] = Object("Cơ quan ban hành và cấp trên, in ở khối tiêu đề", ["ban-hanh"], new()
            {
                ["cap-tren"] = Text("Cơ quan cấp trên, ví dụ Đảng bộ xã Hùng An"),
                ["ban-hanh"] = Text("Cơ quan ban hành, ví dụ Chi bộ Trường Mầm non Việt Hồng"),
                ["ten-goi"] = Text("Tên gọi trong câu văn, ví dụ Ban Chấp hành Đảng bộ xã"),
            }),
            ["dia-danh"] = Text("Địa danh ở dòng ngày tháng, ví dụ Hùng An"),
            // A draft may leave its date blank ("ngay:", null in YAML) for the văn thư to fill.
            ["ngay"] = new JsonObject { ["description"] = "Ngày ban hành, dạng NGÀY/THÁNG/NĂM (01/10/2025) hoặc NĂM-THÁNG-NGÀY (2025-10-01); dự thảo có thể để trống", ["type"] = new JsonArray("string", "null"), ["pattern"] = DatePattern },
            ["tieu-de"] = Text("Tên loại in ở đầu văn bản, nếu khác tên mặc định của loại"),
            ["trich-yeu"] = Text("Trích yếu nội dung, in dưới tên loại"),
            ["nhiem-ky"] = new JsonObject { ["description"] = "Nhiệm kỳ, ví dụ 2025-2030", ["type"] = "string", ["pattern"] = @"^\s*[0-9]{4}\s*[-–]\s*[0-9]{4}\s*$" },
            ["thuc-hien"] = Text("Đường dẫn văn bản cấp trên mà văn bản này thực hiện (tính từ thư mục của văn bản)"),
            ["tham-quyen-ban-hanh"] = TextList("Thẩm quyền ban hành in dưới trích yếu, trên căn cứ (nghị quyết, quyết định), mỗi dòng một mục: HỘI ĐỒNG NHÂN DÂN TỈNH …, KHÓA …, KỲ HỌP THỨ …"),
            ["can-cu"] = TextList("Các căn cứ, mỗi căn cứ một dòng; trình biên dịch thêm ';' và ','"),
            ["chi-tieu"] = new JsonObject
            {
                ["description"] = "Các nhóm chỉ tiêu; in vào chỗ '::: chi-tieu' của thân văn bản",
                ["type"] = "array",
                ["items"] = Object("Một nhóm chỉ tiêu", ["muc"], new()
                {
                    ["nhom"] = Text("Tên nhóm, ví dụ Về xây dựng Đảng và hệ thống chính trị"),
                    ["muc"] = new JsonObject { ["description"] = "Các chỉ tiêu của nhóm", ["type"] = "array", ["items"] = target },
                }),
            },
            ["noi-nhan"] = TextList("Nơi nhận; mục cuối là nơi lưu, ví dụ 'Lưu Chi bộ'"),
            ["ky"] = Object("Khối chữ ký", ["ho-ten"], new()
            {
                ["tham-quyen"] = Text("Thẩm quyền ký: T/M CHI BỘ (Đảng), TM. ỦY BAN NHÂN DÂN (nhà nước); bỏ trống: theo mẫu"),
                ["chuc-vu"] = Text("Chức vụ người ký, ví dụ BÍ THƯ; bỏ trống: theo mẫu"),
                ["ho-ten"] = Text("Họ và tên người ký"),
            }),
            ["loai-to-chuc"] = Text("Loại tổ chức ban hành, ví dụ chi-bo-truong-mam-non: chọn chỉ tiêu cấp trên phải cụ thể hóa"),
            ["mien"] = new JsonObject
            {
                ["description"] = "Chỉ tiêu cấp trên không thực hiện, kèm lý do",
                ["type"] = "array",
                ["items"] = Object("Một chỉ tiêu được miễn", ["cha", "ly-do"], new() { ["cha"] = Text("Mã chỉ tiêu cấp trên"), ["ly-do"] = Text("Lý do") }),
            },
            ["truc-thuoc"] = TextList("Văn bản của các đơn vị trực thuộc (đường dẫn), để cộng phần góp của họ"),
            ["the-thuc"] = Enum("Thể thức trình bày: văn bản Đảng (Hướng dẫn 36) hay nhà nước (Nghị định 30)", Standard.FormatProfile.All.Select(p => p.Name)),
            [Reading.FrontMatterKeysPublic.Body] = Text("Thân văn bản (Markdown) — chỉ dùng khi văn bản viết dưới dạng tệp .yaml"),
        };
        var schema = Object("Văn bản VanKien (phần đầu YAML của tệp .md, hoặc tệp .yaml)", ["loai", "so", "co-quan", "dia-danh", "ngay"], properties);
        schema["$schema"] = Draft;
        schema["$id"] = "van-ban.schema.json";
        return Reorder(schema);
    }

    public static JsonObject ProjectSchema()
    {
        var schema = Object("Dự án VanKien (vankien.yaml)", [], new()
        {
            ["nguon"] = TextList("Các tệp nguồn, mẫu glob tính từ thư mục dự án, ví dụ \"**/*.md\""),
            ["dau-ra"] = Text("Thư mục ghi tệp kết quả"),
            ["dinh-dang"] = new JsonObject { ["description"] = "Định dạng tệp kết quả", ["type"] = "array", ["items"] = Enum("", VanKien.Output.OutputFormats.Names) },
            ["mau"] = Text("Thư mục mẫu riêng (mỗi loại văn bản một thư mục: mau.yaml, reference.docx)"),
            ["thang-bac"] = new JsonObject
            {
                ["description"] = "Thang bậc riêng của dự án, bậc từ thấp đến cao",
                ["type"] = "array",
                ["items"] = Object("Một thang bậc", ["id", "bac"], new()
                {
                    ["id"] = Text("Mã thang, dùng trong 'gia-tri': '>= ma-thang:bậc'"),
                    ["ten"] = Text("Tên thang"),
                    ["bac"] = new JsonObject { ["description"] = "Các bậc, từ thấp đến cao", ["type"] = "array", ["minItems"] = 2, ["items"] = new JsonObject { ["type"] = "string" } },
                    ["dau-hieu"] = Text("Cụm từ nêu thang quanh một bậc có số, ví dụ 'chuẩn quốc gia'"),
                }),
            },
            ["quy-tac"] = new JsonObject
            {
                ["description"] = "Mức của từng quy tắc: loi, canh-bao, goi-y, hoặc tat",
                ["type"] = "object",
                ["propertyNames"] = Enum("", Rules.All.Select(r => r.Id)),
                ["additionalProperties"] = Enum("", VanKien.Project.ProjectFileReader.SeverityWords.Keys),
            },
            ["gioi-han"] = Object("Giới hạn an toàn; vượt giới hạn là lỗi VK0009", [], VanKien.Reading.ReaderLimits.Keys.ToDictionary(
                k => k.Key, k => (JsonNode)new JsonObject { ["description"] = k.Meaning, ["type"] = "number", ["exclusiveMinimum"] = 0 })),
            ["goc"] = new JsonObject
            {
                ["description"] = "true: thư mục gốc của kho chứa nhiều dự án; văn bản thực hiện được văn bản cấp trên ở dự án khác bên dưới",
                ["type"] = "boolean",
            },
            [VanKien.Project.SigningSettings.Key] = Object("Ký số bằng 'vankien ky --vai nguoi-ky' hoặc '--vai co-quan'; không ghi mật khẩu, mã PIN (dùng VANKIEN_MAT_KHAU, VANKIEN_PIN)", [], new()
            {
                [VanKien.Project.SigningSettings.TimeStampKey] = Text("Địa chỉ máy chủ dấu thời gian RFC 3161 (chữ ký PAdES B-T), ví dụ http://tsa.example.vn/tsa"),
                [VanKien.Project.SigningSettings.SignerKey] = Object("Chữ ký của người ký", [], new()
                {
                    ["chung-thu"] = Text("Tệp chứng thư số PKCS#12 (.p12, .pfx), tính từ thư mục dự án"),
                    ["token"] = Text("Thư viện PKCS#11 của thiết bị ký số (USB token)"),
                    ["the"] = Text("Nhãn của thiết bị ký"),
                    ["hinh-chu-ky"] = Text("Ảnh chữ ký (PNG nền trong suốt), in giữa chức vụ và họ tên"),
                }),
                [VanKien.Project.SigningSettings.OrganisationKey] = Object("Chữ ký của cơ quan, tổ chức", [], new()
                {
                    ["chung-thu"] = Text("Tệp chứng thư số PKCS#12 (.p12, .pfx), tính từ thư mục dự án"),
                    ["token"] = Text("Thư viện PKCS#11 của thiết bị ký số (USB token)"),
                    ["the"] = Text("Nhãn của thiết bị ký"),
                    ["hinh-dau"] = Text("Ảnh dấu (PNG đỏ, nền trong suốt, kích thước thật)"),
                    ["co-dau"] = new JsonObject { ["description"] = "Đường kính thật của dấu, mm, khi ảnh không ghi độ phân giải", ["type"] = "number", ["exclusiveMinimum"] = 0 },
                }),
            }),
        });
        schema["$schema"] = Draft;
        schema["$id"] = "du-an.schema.json";
        return Reorder(schema);
    }

    private static JsonObject Object(string description, IEnumerable<string> required, Dictionary<string, JsonNode> properties)
    {
        var result = new JsonObject { ["type"] = "object", ["additionalProperties"] = false, ["properties"] = new JsonObject(properties.Select(p => KeyValuePair.Create(p.Key, (JsonNode?)p.Value))) };
        if (description.Length > 0) result["description"] = description;
        var list = required.ToList();
        if (list.Count > 0) result["required"] = new JsonArray(list.Select(r => (JsonNode?)JsonValue.Create(r)).ToArray());
        return result;
    }

    private static JsonObject Text(string description) => new() { ["description"] = description, ["type"] = "string" };

    private static JsonObject TextList(string description)
    {
        var result = new JsonObject { ["type"] = "array", ["items"] = new JsonObject { ["type"] = "string" } };
        if (description.Length > 0) result["description"] = description;
        return result;
    }

    private static JsonObject Enum(string description, IEnumerable<string> values)
    {
        var result = new JsonObject { ["type"] = "string", ["enum"] = new JsonArray(values.Select(v => (JsonNode?)JsonValue.Create(v)).ToArray()) };
        if (description.Length > 0) result["description"] = description;
        return result;
    }

    /// <summary>"$schema", "$id", title-like fields first, for a reader of the file.</summary>
    private static JsonObject Reorder(JsonObject schema)
    {
        var ordered = new JsonObject();
        foreach (var key in new[] { "$schema", "$id", "description", "type", "required", "additionalProperties", "properties" })
        {
            if (!schema.ContainsKey(key)) continue;
            var value = schema[key];
            schema.Remove(key);
            ordered[key] = value;
        }
        return ordered;
    }

    private static string Write(JsonObject schema) =>
        schema.ToJsonString(new JsonSerializerOptions { WriteIndented = true, Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }) + "\n";
}

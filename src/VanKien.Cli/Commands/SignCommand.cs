using System.CommandLine;
using VanKien.Diagnostics;
using VanKien.Signing;

namespace VanKien.Cli.Commands;

/// <summary>
/// <c>vankien ky DOC.pdf --chung-thu KEY.p12</c>: a PAdES signature on a built PDF, the password from
/// VANKIEN_MAT_KHAU; <c>vankien xac-minh DOC.pdf</c>: who signed, when, and whether the file is as signed.
/// </summary>
internal static class SignCommand
{
    /// <summary>Việt Nam's time (UTC+7, no daylight saving): the offset the signing time is written with.</summary>
    private static readonly TimeSpan VietnamOffset = TimeSpan.FromHours(7);

    public static Command Create(TextWriter output, TextWriter error)
    {
        var pdf = new Argument<string>("pdf") { Description = "Tệp PDF do 'vankien build --format pdf' dựng" };
        var certificate = new Option<string?>("--chung-thu") { Description = "Tệp chứng thư số PKCS#12 (.p12, .pfx) có khóa bí mật; mật khẩu lấy từ biến môi trường VANKIEN_MAT_KHAU" };
        var token = new Option<string?>("--token") { Description = "Thư viện PKCS#11 của thiết bị ký số (USB token), ví dụ /usr/lib/softhsm/libsofthsm2.so; mã PIN lấy từ biến môi trường VANKIEN_PIN" };
        var label = new Option<string?>("--the") { Description = "Nhãn của thiết bị ký khi cắm nhiều thiết bị" };
        var outputOption = new Option<string?>("--output", "-o") { Description = "Ghi bản đã ký ra tệp này (mặc định: ghi đè tệp PDF, chỉ khi ký xong)" };
        var reason = new Option<string>("--ly-do") { Description = "Lý do ký ghi trong chữ ký", DefaultValueFactory = _ => "Ký ban hành văn bản" };
        var location = new Option<string>("--dia-diem") { Description = "Nơi ký ghi trong chữ ký", DefaultValueFactory = _ => "" };
        var signatureImage = new Option<string?>("--hinh-chu-ky") { Description = "Ảnh chữ ký của người ký (PNG nền trong suốt): in giữa chức vụ và họ tên (NĐ 30/2020/NĐ-CP, Phụ lục I)" };
        var sealImage = new Option<string?>("--hinh-dau") { Description = "Ảnh dấu của cơ quan (PNG đỏ, nền trong suốt, kích thước thật): chữ ký của cơ quan, dấu trùm 1/3 ảnh chữ ký bên trái, kèm tên cơ quan và thời gian ký" };
        var sealWidth = new Option<double?>("--co-dau") { Description = "Đường kính (bề ngang) thật của dấu, mm, khi ảnh dấu không ghi độ phân giải" };
        var timeStamp = new Option<string?>("--dau-thoi-gian") { Description = "Địa chỉ máy chủ dấu thời gian RFC 3161 (chữ ký PAdES B-T)" };
        var role = new Option<string?>("--vai") { Description = "Ký với tư cách: nguoi-ky (người ký) hoặc co-quan (cơ quan); lấy chứng thư, ảnh từ mục ky-so của vankien.yaml" };
        role.AcceptOnlyFromAmong(SigningRole.Signer, SigningRole.Organisation);
        var command = new Command("ky", "Ký số tệp PDF (PAdES): chữ ký của người ký hoặc của cơ quan, ký lần lượt, chữ ký trước vẫn hợp lệ")
            { pdf, certificate, token, label, outputOption, reason, location, signatureImage, sealImage, sealWidth, role, timeStamp };
        command.SetAction(result =>
        {
            var path = result.GetValue(pdf)!;
            var target = result.GetValue(outputOption) ?? path;
            if (result.GetValue(signatureImage) is not null && result.GetValue(sealImage) is not null
                || result.GetValue(role) == SigningRole.Signer && result.GetValue(sealImage) is not null
                || result.GetValue(role) == SigningRole.Organisation && result.GetValue(signatureImage) is not null)
            {
                error.WriteLine("vankien: mỗi lần ký là chữ ký của một người (--hinh-chu-ky) hoặc của cơ quan (--hinh-dau), không cả hai");
                return ExitCodes.UsageOrEnvironment;
            }

            // The role's settings in vankien.yaml (the nearest above the PDF, else above the working folder); an option given wins.
            var diagnostics = new DiagnosticBag();
            var roleWord = result.GetValue(role)
                ?? (result.GetValue(sealImage) is not null ? SigningRole.Organisation : result.GetValue(signatureImage) is not null ? SigningRole.Signer : null);
            if (SigningRole.Read(path, Directory.GetCurrentDirectory(), roleWord, diagnostics) is not { } settings)
            {
                foreach (var d in diagnostics.Items) error.WriteLine(d);
                return ExitCodes.ErrorsFound;
            }
            var timeStampServer = result.GetValue(timeStamp) ?? settings.TimeStampServer;
            var certificatePath = result.GetValue(certificate) ?? (result.GetValue(token) is null ? settings.Certificate : null);
            var tokenLibrary = result.GetValue(token) ?? (result.GetValue(certificate) is null ? settings.TokenLibrary : null);
            if ((certificatePath is null) == (tokenLibrary is null))
            {
                error.WriteLine(result.GetValue(role) is { } asked && !settings.Found
                    ? $"vankien: vankien.yaml không có mục ky-so.{asked}; ghi mục đó, hoặc dùng --chung-thu (tệp .p12) hay --token (thiết bị ký)"
                    : "vankien: cần đúng một trong --chung-thu (tệp .p12) và --token (thiết bị ký), hoặc --vai với mục ky-so của vankien.yaml");
                return ExitCodes.UsageOrEnvironment;
            }
            if (Building.OutputGate.File(target, ".pdf") is { } refused) return Refusal.Print(error, target, refused);
            var organisation = roleWord == SigningRole.Organisation;
            var signed = SignRun.Run(new SignRun.Options(path, target, certificatePath,
                certificatePath is null ? null : SecretPrompt.Get("VANKIEN_MAT_KHAU", "Mật khẩu của tệp chứng thư", error),
                result.GetValue(reason)!, result.GetValue(location)!, DateTimeOffset.UtcNow.ToOffset(VietnamOffset),
                tokenLibrary, result.GetValue(label) ?? settings.TokenLabel,
                tokenLibrary is null ? null : SecretPrompt.Get("VANKIEN_PIN", "Mã PIN của thiết bị ký", error))
            {
                SignatureImage = result.GetValue(signatureImage) ?? (organisation ? null : settings.SignatureImage),
                SealImage = result.GetValue(sealImage) ?? (organisation ? settings.SealImage : null),
                SealWidthMm = result.GetValue(sealWidth) ?? (organisation ? settings.SealWidthMm : null),
                TimeStampServer = timeStampServer,
            }, diagnostics);
            foreach (var d in diagnostics.Items) error.WriteLine(d);
            if (!signed) return ExitCodes.ErrorsFound;
            output.WriteLine($"Đã ký '{target}'.");
            return ExitCodes.Clean;
        });
        return command;
    }

    public static Command CreateVerify(TextWriter output, TextWriter error)
    {
        var pdf = new Argument<string>("pdf") { Description = "Tệp PDF đã ký" };
        var command = new Command("xac-minh", "Xác minh chữ ký số của tệp PDF: ai ký, lúc nào, chuỗi chứng thư, tệp có bị sửa sau khi ký không (mã thoát 1 nếu có chữ ký không hợp lệ)") { pdf };
        command.SetAction(result =>
        {
            var path = result.GetValue(pdf)!;
            var at = SourceLocation.StartOf(path);
            var read = Reading.SafeFile.Read(path, 512L * 1024 * 1024);
            if (read.Bytes is not { } bytes)
            {
                error.WriteLine(Diagnostic.Of(read.TooLarge ? Rules.Limit : Rules.Io, at, read.Refusal ?? "không đọc được tệp"));
                return ExitCodes.UsageOrEnvironment;
            }
            PdfSignatures.Report report;
            try
            {
                report = PdfSignatures.Check(bytes);
            }
            catch (FormatException ex)
            {
                error.WriteLine(Diagnostic.Of(Rules.PdfNotSignable, at, $"không đọc được cấu trúc PDF: {ex.Message}"));
                return ExitCodes.ErrorsFound;
            }
            if (report.Signatures.Count == 0)
            {
                error.WriteLine(Diagnostic.Of(Rules.SignatureInvalid, at, "tệp không có chữ ký số"));
                return ExitCodes.ErrorsFound;
            }
            foreach (var (signature, i) in report.Signatures.Select((s, i) => (s, i)))
            {
                output.WriteLine($"Chữ ký {i + 1}: {(signature.Signer.Length > 0 ? signature.Signer : "(không rõ)")}");
                if (signature.Time is { } time) output.WriteLine($"  thời điểm: {time}");
                if (signature.TimeStamped is { } stamped)
                    output.WriteLine($"  dấu thời gian: {stamped.ToOffset(VietnamOffset):yyyy-MM-dd'T'HH:mm:sszzz} (RFC 3161, PAdES B-T)");
                output.WriteLine($"  dạng: {signature.SubFilter}");
                if (signature.Chain.Count > 0)
                    output.WriteLine($"  chuỗi chứng thư: {string.Join(" → ", signature.Chain)} ({(signature.ChainTrusted ? "tin cậy" : "gốc chưa được máy này tin cậy")})");
                var scope = signature.CoveredEnd == report.FileLength ? "toàn bộ tệp" : "phần tệp đến lúc ký (có chữ ký sau)";
                output.WriteLine($"  phạm vi: {scope}");
                output.WriteLine($"  kết quả: {(signature.Intact ? "hợp lệ" : "KHÔNG hợp lệ")}");
                if (!signature.Intact) error.WriteLine(Diagnostic.Of(Rules.SignatureInvalid, at, $"chữ ký {i + 1} ({signature.Signer}): {signature.Problem}"));
            }
            if (report.Appended)
                error.WriteLine(Diagnostic.Of(Rules.ChangedAfterSigning, at,
                    $"{report.FileLength - report.Signatures.Max(s => s.CoveredEnd)} byte cuối tệp được thêm sau chữ ký cuối cùng: nội dung có thể đã bị sửa",
                    "yêu cầu nơi gửi gửi lại bản đã ký"));
            return report.AllIntact ? ExitCodes.Clean : ExitCodes.ErrorsFound;
        });
        return command;
    }
}

using VanKien.Diagnostics;
using VanKien.Reading;

namespace VanKien.Project;

/// <summary>
/// <c>ky-so</c> in vankien.yaml: how the signer (<c>nguoi-ky</c>) and the organisation (<c>co-quan</c>) sign
/// with <c>vankien ky --vai …</c> — a PKCS#12 file or a token's library and label, and the images the signature
/// shows. Paths are from the project's folder. Never a secret: a password or PIN written here is refused,
/// since vankien.yaml goes into the repository; they come from VANKIEN_MAT_KHAU, VANKIEN_PIN or a prompt.
/// </summary>
public sealed record SigningSettings(SigningSettings.Role? Signer, SigningSettings.Role? Organisation)
{
    /// <summary><c>dau-thoi-gian</c>: an RFC 3161 time-stamp server's URL, for both roles (PAdES B-T).</summary>
    public string? TimeStampServer { get; init; }

    public const string Key = "ky-so";
    public const string SignerKey = "nguoi-ky";
    public const string OrganisationKey = "co-quan";
    public const string TimeStampKey = "dau-thoi-gian";

    /// <summary>One role's key and images; each path full (resolved from the project's folder).</summary>
    public sealed record Role(string? Certificate, string? TokenLibrary, string? TokenLabel, string? SignatureImage, string? SealImage, double? SealWidthMm);

    public static readonly IReadOnlyList<string> SignerKeys = ["chung-thu", "token", "the", "hinh-chu-ky"];
    public static readonly IReadOnlyList<string> OrganisationKeys = ["chung-thu", "token", "the", "hinh-dau", "co-dau"];
    private static readonly string[] Secrets = ["mat-khau", "pin"];

    internal static SigningSettings? Read(YamlMap project, YamlSource source, string folder)
    {
        if (!project.Has(Key) || project.Map(Key, [SignerKey, OrganisationKey, TimeStampKey]) is not { } map) return null;
        return new SigningSettings(ReadRole(map, SignerKey, SignerKeys, source, folder), ReadRole(map, OrganisationKey, OrganisationKeys, source, folder))
        {
            TimeStampServer = map.Text(TimeStampKey)?.Value,
        };
    }

    private static Role? ReadRole(YamlMap map, string key, IReadOnlyList<string> keys, YamlSource source, string folder)
    {
        if (!map.Has(key) || map.Map(key, [.. keys, .. Secrets]) is not { } role) return null;
        foreach (var secret in Secrets.Where(role.Has))
            source.Report(Rules.InvalidValue, role.Text(secret)?.Location ?? role.Location,
                $"không ghi {(secret == "pin" ? "mã PIN" : "mật khẩu")} vào vankien.yaml: tệp này được đưa vào kho, ai đọc kho cũng đọc được",
                secret == "pin" ? "đặt mã PIN vào biến môi trường VANKIEN_PIN, hoặc nhập khi được hỏi" : "đặt mật khẩu vào biến môi trường VANKIEN_MAT_KHAU, hoặc nhập khi được hỏi");
        string? Path(string name) => role.Text(name) is { } text ? System.IO.Path.GetFullPath(text.Value, folder) : null;
        var certificate = Path("chung-thu");
        var token = Path("token");
        if (certificate is not null && token is not null)
            source.Report(Rules.InvalidValue, role.Location, $"'{Key}.{key}' ghi cả 'chung-thu' và 'token': chọn một", "tệp .p12 ('chung-thu') hoặc thiết bị ký ('token' và 'the')");
        double? width = null;
        if (role.Text("co-dau") is { } given)
        {
            if (double.TryParse(given.Value, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var mm) && mm is > 0 and < 200) width = mm;
            else source.Report(Rules.InvalidValue, given.Location, $"'co-dau' là đường kính dấu tính bằng mm (ví dụ 36), không phải '{given.Value}'");
        }
        return new Role(certificate, token, role.Text("the")?.Value, Path("hinh-chu-ky"), Path("hinh-dau"), width);
    }
}

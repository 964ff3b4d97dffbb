using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using VanKien.Diagnostics;

namespace VanKien.Signing;

/// <summary>
/// A signing certificate and its private key from a PKCS#12 file (.p12, .pfx), held to what a
/// signature needs: valid today, its key usage allowing digital signature or non-repudiation, its
/// private key present. The password comes from the environment, never from the repository.
/// </summary>
public static class SigningCertificate
{
    /// <summary>A certificate to sign with; <see cref="PrivateKey"/> when its key is elsewhere than in the certificate (on a token).</summary>
    public sealed record Loaded(X509Certificate2 Certificate, X509Certificate2Collection Chain, AsymmetricAlgorithm? PrivateKey = null);

    /// <summary>Why a certificate cannot sign today (its validity, its key usage), or null when it can.</summary>
    public static (string Message, string Hint)? Unusable(X509Certificate2 certificate, DateTimeOffset now)
    {
        var name = certificate.GetNameInfo(X509NameType.SimpleName, forIssuer: false);
        if (now < certificate.NotBefore || now > certificate.NotAfter)
            return ($"chứng thư của '{name}' {(now > certificate.NotAfter ? "đã hết hạn" : "chưa có hiệu lực")} (hiệu lực {Day(certificate.NotBefore)}–{Day(certificate.NotAfter)})",
                "dùng chứng thư còn hiệu lực");
        if (certificate.Extensions.OfType<X509KeyUsageExtension>().FirstOrDefault() is { } usage
            && (usage.KeyUsages & (X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation)) == 0)
            return ($"chứng thư của '{name}' không dành cho ký số (mục đích: {usage.KeyUsages})",
                "dùng chứng thư có mục đích ký số (digitalSignature, nonRepudiation)");
        return null;
    }

    public static Loaded? Load(string path, string? password, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(path);
        var read = Reading.SafeFile.Read(path, 1024 * 1024);
        if (read.Bytes is not { } bytes)
        {
            diagnostics.Add(Rules.CertificateUnreadable, at, read.Refusal ?? "không đọc được tệp chứng thư");
            return null;
        }
        X509Certificate2Collection all;
        try
        {
            all = X509CertificateLoader.LoadPkcs12Collection(bytes, password, X509KeyStorageFlags.EphemeralKeySet);
        }
        catch (CryptographicException)
        {
            diagnostics.Add(Rules.CertificateUnreadable, at, "không mở được tệp PKCS#12: sai mật khẩu, hoặc tệp không phải chứng thư số",
                "đặt mật khẩu đúng vào biến môi trường VANKIEN_MAT_KHAU");
            return null;
        }
        var certificate = all.FirstOrDefault(c => c.HasPrivateKey);
        if (certificate is null)
        {
            diagnostics.Add(Rules.CertificateUnusable, at, "tệp chứng thư không có khóa bí mật: không ký được", "dùng tệp .p12 xuất kèm khóa bí mật");
            return null;
        }
        if (Unusable(certificate, now) is { } problem)
        {
            diagnostics.Add(Rules.CertificateUnusable, at, problem.Message, problem.Hint);
            return null;
        }
        var chain = new X509Certificate2Collection();
        foreach (var other in all)
            if (!ReferenceEquals(other, certificate)) chain.Add(other);
        return new Loaded(certificate, chain);
    }

    private static string Day(DateTime time) => time.ToString("dd/MM/yyyy", System.Globalization.CultureInfo.InvariantCulture);
}

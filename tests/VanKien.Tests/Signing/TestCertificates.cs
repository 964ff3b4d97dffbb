using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

namespace VanKien.Tests.Signing;

/// <summary>
/// Certificates made for a test: a root that issues signing certificates, each exported with its key
/// and the root as a PKCS#12 file protected by <see cref="Password"/> (what an office's .p12 holds).
/// </summary>
internal static class TestCertificates
{
    public const string Password = "bimat-thu-nghiem";

    private static readonly Lazy<X509Certificate2> Root = new(() =>
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=CA thử nghiệm VanKien, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509BasicConstraintsExtension(true, false, 0, true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.KeyCertSign | X509KeyUsageFlags.CrlSign, true));
        return request.CreateSelfSigned(DateTimeOffset.UtcNow.AddYears(-2), DateTimeOffset.UtcNow.AddYears(5));
    });

    /// <summary>A signing certificate issued by the test root for a public key held elsewhere (on a token).</summary>
    public static X509Certificate2 IssueFor(RSA publicKey, string name)
    {
        var request = new CertificateRequest($"CN={name}, C=VN", publicKey, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, true));
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        return request.Create(Root.Value, DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1), serial);
    }

    /// <summary>A .p12 in <paramref name="folder"/> for <paramref name="name"/>; its validity and key usage as given.</summary>
    public static string Issue(string folder, string name, DateTimeOffset? notBefore = null, DateTimeOffset? notAfter = null,
        X509KeyUsageFlags usage = X509KeyUsageFlags.DigitalSignature | X509KeyUsageFlags.NonRepudiation, string password = Password)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest($"CN={name}, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509KeyUsageExtension(usage, true));
        var serial = RandomNumberGenerator.GetBytes(12);
        serial[0] &= 0x7F;
        using var issued = request.Create(Root.Value, notBefore ?? DateTimeOffset.UtcNow.AddDays(-1), notAfter ?? DateTimeOffset.UtcNow.AddYears(1), serial);
        using var withKey = issued.CopyWithPrivateKey(key);
        var path = Path.Combine(folder, Guid.NewGuid().ToString("N")[..8] + ".p12");
        File.WriteAllBytes(path, new X509Certificate2Collection { withKey, X509CertificateLoader.LoadCertificate(Root.Value.RawData) }.Export(X509ContentType.Pkcs12, password)!);
        return path;
    }
}

using System.Security.Cryptography;

namespace VanKien.Signing;

/// <summary>
/// An RSA private key that never leaves its token: .NET's CMS signer asks it to sign a hash, and the
/// token signs the DigestInfo with CKM_RSA_PKCS (PKCS#1 v1.5, what office tokens offer). Only
/// signing is possible; the key cannot be exported.
/// </summary>
internal sealed class TokenRsa : RSA
{
    private readonly Cryptoki _token;
    private readonly ulong _session;
    private readonly ulong _key;
    private readonly RSAParameters _public;

    public TokenRsa(Cryptoki token, ulong session, ulong key, RSAParameters publicParameters)
    {
        (_token, _session, _key, _public) = (token, session, key, publicParameters);
        KeySizeValue = publicParameters.Modulus!.Length * 8;
        LegalKeySizesValue = [new KeySizes(KeySizeValue, KeySizeValue, 0)];
    }

    public override byte[] SignHash(byte[] hash, HashAlgorithmName hashAlgorithm, RSASignaturePadding padding)
    {
        if (padding != RSASignaturePadding.Pkcs1) throw new CryptographicException("thiết bị ký chỉ dùng PKCS#1 v1.5");
        return _token.SignRsaPkcs(_session, _key, [.. DigestInfoPrefix(hashAlgorithm), .. hash]);
    }

    /// <summary>The DER prefix of DigestInfo (RFC 8017, 9.2, note 1) for each hash the signer may use.</summary>
    private static byte[] DigestInfoPrefix(HashAlgorithmName hash) => hash.Name switch
    {
        "SHA256" => Convert.FromHexString("3031300d060960864801650304020105000420"),
        "SHA384" => Convert.FromHexString("3041300d060960864801650304020205000430"),
        "SHA512" => Convert.FromHexString("3051300d060960864801650304020305000440"),
        _ => throw new CryptographicException($"thuật toán băm {hash.Name} không dùng để ký"),
    };

    public override RSAParameters ExportParameters(bool includePrivateParameters) =>
        includePrivateParameters ? throw new CryptographicException("khóa bí mật nằm trong thiết bị ký, không xuất được") : _public;

    public override void ImportParameters(RSAParameters parameters) => throw new NotSupportedException();

    public override byte[] Decrypt(byte[] data, RSAEncryptionPadding padding) => throw new NotSupportedException();

    public override byte[] Encrypt(byte[] data, RSAEncryptionPadding padding) => throw new NotSupportedException();
}

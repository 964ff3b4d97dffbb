using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace VanKien.Signing;

/// <summary>
/// The CMS signature a PAdES baseline B-B signature carries (ETSI EN 319 142-1, 6.3; EN 319 122-1):
/// detached, SHA-256, with the signing-certificate-v2 attribute that binds the certificate to the
/// signature, and without a signing-time attribute (the PDF's own /M gives the time).
/// </summary>
internal static class CadesSignature
{
    internal const string SigningCertificateV2 = "1.2.840.113549.1.9.16.2.47";

    public static byte[] Sign(byte[] signedBytes, X509Certificate2 certificate, X509Certificate2Collection chain, AsymmetricAlgorithm? privateKey = null)
    {
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, certificate, privateKey)
        {
            DigestAlgorithm = new Oid("2.16.840.1.101.3.4.2.1"), // SHA-256
            IncludeOption = X509IncludeOption.None,
        };
        signer.Certificates.Add(certificate);
        foreach (var other in chain)
            if (other.Thumbprint != certificate.Thumbprint) signer.Certificates.Add(other);
        signer.SignedAttributes.Add(new AsnEncodedData(SigningCertificateV2, EssCertIdV2(certificate)));
        var cms = new SignedCms(new ContentInfo(signedBytes), detached: true);
        cms.ComputeSignature(signer, silent: true);
        return cms.Encode();
    }

    /// <summary>SigningCertificateV2 ::= SEQUENCE { certs SEQUENCE OF ESSCertIDv2 } (RFC 5035), SHA-256 being the default hash.</summary>
    internal static byte[] EssCertIdV2(X509Certificate2 certificate)
    {
        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        using (writer.PushSequence())
        using (writer.PushSequence())
        {
            writer.WriteOctetString(SHA256.HashData(certificate.RawData));
            using (writer.PushSequence())
            {
                // IssuerSerial: the issuer as a GeneralName (directoryName [4]), and the serial number.
                using (writer.PushSequence())
                using (writer.PushSequence(new Asn1Tag(TagClass.ContextSpecific, 4)))
                    writer.WriteEncodedValue(certificate.IssuerName.RawData);
                writer.WriteInteger(certificate.SerialNumberBytes.Span);
            }
        }
        return writer.Encode();
    }
}

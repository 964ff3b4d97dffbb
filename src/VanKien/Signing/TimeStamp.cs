using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;

namespace VanKien.Signing;

/// <summary>
/// PAdES baseline B-T (ETSI EN 319 142-1, 5.4; EN 319 122-1, 5.3): a time-stamp token from an
/// RFC 3161 time-stamp authority over the signature's value, added to the signer as the unsigned
/// signature-time-stamp attribute — proof from a third party that the signature existed by then.
/// The token is checked against the request (its hash, its nonce, the authority's certificate) before
/// it is kept.
/// </summary>
internal static class TimeStamp
{
    private const string SignatureTimeStampToken = "1.2.840.113549.1.9.16.2.14";

    /// <summary>Why a server gave no usable token: a message in Vietnamese.</summary>
    public sealed class Failure(string message) : Exception(message);

    /// <summary>The CMS signature with the server's token added to its signer; a <see cref="Failure"/> when the server gave none.</summary>
    public static byte[] Add(byte[] cms, Uri server, TimeSpan timeout)
    {
        var signed = new SignedCms();
        signed.Decode(cms);
        var signer = signed.SignerInfos[0];
        var request = Rfc3161TimestampRequest.CreateFromSignerInfo(signer, HashAlgorithmName.SHA256, requestSignerCertificates: true,
            nonce: RandomNumberGenerator.GetBytes(8));
        byte[] response;
        try
        {
            using var client = new HttpClient { Timeout = timeout };
            using var content = new ByteArrayContent(request.Encode());
            content.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/timestamp-query");
            using var answer = client.PostAsync(server, content).GetAwaiter().GetResult();
            if (!answer.IsSuccessStatusCode) throw new Failure($"máy chủ dấu thời gian {server} trả lời {(int)answer.StatusCode} {answer.ReasonPhrase}");
            response = answer.Content.ReadAsByteArrayAsync().GetAwaiter().GetResult();
        }
        catch (Exception ex) when (ex is HttpRequestException or TaskCanceledException or InvalidOperationException)
        {
            throw new Failure($"không kết nối được máy chủ dấu thời gian {server}: {ex.Message}");
        }
        Rfc3161TimestampToken token;
        try
        {
            token = request.ProcessResponse(response, out _);
        }
        catch (CryptographicException ex)
        {
            throw new Failure($"máy chủ dấu thời gian {server} trả về dấu không hợp lệ: {ex.Message}");
        }
        signer.AddUnsignedAttribute(new AsnEncodedData(SignatureTimeStampToken, token.AsSignedCms().Encode()));
        return signed.Encode();
    }

    /// <summary>The time a signature's time-stamp token gives, or null when it has none (or none that verifies over the signature).</summary>
    public static DateTimeOffset? Of(SignerInfo signer)
    {
        foreach (var attribute in signer.UnsignedAttributes)
        {
            if (attribute.Oid.Value != SignatureTimeStampToken || attribute.Values.Count == 0) continue;
            if (Rfc3161TimestampToken.TryDecode(attribute.Values[0].RawData, out var token, out _)
                && token.VerifySignatureForSignerInfo(signer, out _))
                return token.TokenInfo.Timestamp;
        }
        return null;
    }
}

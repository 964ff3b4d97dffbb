using System.Formats.Asn1;
using System.Net;
using System.Numerics;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;
using VanKien.Signing;

namespace VanKien.Tests.Signing;

/// <summary>
/// An RFC 3161 time-stamp authority on the loopback address, for one test: it answers each request
/// with a token over the request's hash and nonce, signed by a certificate whose only extended key
/// usage is time stamping (critical), as a real authority's is. Stops when disposed.
/// </summary>
internal sealed class TestTimeStampAuthority : IDisposable
{
    private readonly HttpListener _listener = new();
    private readonly X509Certificate2 _certificate;
    private readonly Task _serving;
    private int _served;

    public Uri Address { get; }
    public DateTimeOffset Time { get; } = new(2026, 12, 8, 2, 0, 0, TimeSpan.Zero);
    public int Served => _served;

    public TestTimeStampAuthority()
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=TSA thử nghiệm VanKien, C=VN", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        request.CertificateExtensions.Add(new X509EnhancedKeyUsageExtension([new Oid("1.3.6.1.5.5.7.3.8")], critical: true));
        request.CertificateExtensions.Add(new X509KeyUsageExtension(X509KeyUsageFlags.DigitalSignature, true));
        _certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddDays(-1), DateTimeOffset.UtcNow.AddYears(1));

        var probe = new System.Net.Sockets.TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        Address = new Uri($"http://127.0.0.1:{port}/tsa/");
        _listener.Prefixes.Add(Address.ToString());
        _listener.Start();
        _serving = Task.Run(Serve);
    }

    private async Task Serve()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try
            {
                context = await _listener.GetContextAsync();
            }
            catch (Exception ex) when (ex is HttpListenerException or ObjectDisposedException or InvalidOperationException)
            {
                return;
            }
            using var body = new MemoryStream();
            await context.Request.InputStream.CopyToAsync(body);
            var answer = Answer(body.ToArray());
            Interlocked.Increment(ref _served);
            context.Response.ContentType = "application/timestamp-reply";
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
        }
    }

    private byte[] Answer(byte[] query)
    {
        if (!Rfc3161TimestampRequest.TryDecode(query, out var request, out _)) throw new InvalidOperationException("not a time-stamp query");
        var info = new Rfc3161TimestampTokenInfo(new Oid("1.3.6.1.4.1.99999.1"), request.HashAlgorithmId, request.GetMessageHash(),
            BigInteger.One.ToByteArray(), Time, nonce: request.GetNonce());
        var signer = new CmsSigner(SubjectIdentifierType.IssuerAndSerialNumber, _certificate) { IncludeOption = X509IncludeOption.EndCertOnly };
        signer.SignedAttributes.Add(new AsnEncodedData(CadesSignature.SigningCertificateV2, CadesSignature.EssCertIdV2(_certificate)));
        var token = new SignedCms(new ContentInfo(new Oid("1.2.840.113549.1.9.16.1.4"), info.Encode()));
        token.ComputeSignature(signer, silent: true);

        var writer = new AsnWriter(AsnEncodingRules.DER);
        using (writer.PushSequence())
        {
            using (writer.PushSequence()) writer.WriteInteger(0); // PKIStatusInfo: granted
            writer.WriteEncodedValue(token.Encode());
        }
        return writer.Encode();
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
        _serving.Wait(TimeSpan.FromSeconds(5));
        _certificate.Dispose();
    }
}

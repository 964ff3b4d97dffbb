using System.Security.Cryptography.X509Certificates;
using VanKien.Diagnostics;

namespace VanKien.Signing;

/// <summary>
/// A signing certificate and its key on a PKCS#11 token (the USB token an office signs with, or
/// SoftHSM2 for tests): the token's library, the token by its label (or the only initialised one),
/// the user PIN from the environment. The certificate is read from the token; the key signs on it.
/// </summary>
public sealed class TokenKey : IDisposable
{
    private readonly Cryptoki _token;
    private readonly ulong _session;

    public SigningCertificate.Loaded Loaded { get; }

    private TokenKey(Cryptoki token, ulong session, SigningCertificate.Loaded loaded)
    {
        (_token, _session, Loaded) = (token, session, loaded);
    }

    public static TokenKey? Open(string libraryPath, string? label, string? pin, DateTimeOffset now, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(libraryPath);
        if (!File.Exists(libraryPath))
        {
            diagnostics.Add(Rules.CertificateUnreadable, at, $"không có thư viện PKCS#11 '{libraryPath}'", "cài trình điều khiển của thiết bị ký số và chỉ đường dẫn tệp .so/.dll của nó");
            return null;
        }
        if (string.IsNullOrEmpty(pin))
        {
            diagnostics.Add(Rules.CertificateUnreadable, at, "chưa có mã PIN của thiết bị ký", "đặt mã PIN vào biến môi trường VANKIEN_PIN");
            return null;
        }
        Cryptoki? token = null;
        ulong? session = null;
        void Close()
        {
            if (session is { } open) { token!.Logout(open); token.CloseSession(open); }
            token?.Dispose();
        }
        try
        {
            token = new Cryptoki(libraryPath);
            var slots = token.Tokens().Where(t => label is null || t.Label == label).ToList();
            if (slots.Count != 1)
            {
                diagnostics.Add(Rules.CertificateUnreadable, at,
                    slots.Count == 0 ? $"không thấy thiết bị ký{(label is null ? "" : $" có nhãn '{label}'")}" : "có nhiều thiết bị ký",
                    slots.Count == 0 ? "cắm thiết bị ký, hoặc kiểm tra nhãn ở --the" : "chọn một bằng --the và nhãn của nó");
                Close();
                return null;
            }
            session = token.OpenSession(slots[0].Slot);
            try
            {
                token.Login(session.Value, pin);
            }
            catch (Cryptoki.Failure failure) when (failure.Code is Cryptoki.CkrPinIncorrect or Cryptoki.CkrPinInvalid or Cryptoki.CkrPinLenRange or Cryptoki.CkrPinLocked)
            {
                diagnostics.Add(Rules.CertificateUnreadable, at,
                    failure.Code == Cryptoki.CkrPinLocked ? "thiết bị ký đã bị khóa mã PIN" : "sai mã PIN của thiết bị ký",
                    failure.Code == Cryptoki.CkrPinLocked ? "mở khóa bằng công cụ của nhà cung cấp thiết bị" : "đặt mã PIN đúng vào biến môi trường VANKIEN_PIN (nhập sai nhiều lần sẽ khóa thiết bị)");
                token.CloseSession(session.Value);
                session = null;
                Close();
                return null;
            }

            foreach (var handle in token.Find(session.Value, (Cryptoki.CkaClass, Cryptoki.Ulong(Cryptoki.CkoCertificate)), (Cryptoki.CkaCertificateType, Cryptoki.Ulong(Cryptoki.CkcX509))))
            {
                var certificate = X509CertificateLoader.LoadCertificate(token.Value(session.Value, handle, Cryptoki.CkaValue));
                var id = token.Value(session.Value, handle, Cryptoki.CkaId);
                var keys = token.Find(session.Value, (Cryptoki.CkaClass, Cryptoki.Ulong(Cryptoki.CkoPrivateKey)), (Cryptoki.CkaId, id));
                if (keys.Count == 0 || certificate.GetRSAPublicKey() is not { } publicKey) continue;
                if (SigningCertificate.Unusable(certificate, now) is { } problem)
                {
                    diagnostics.Add(Rules.CertificateUnusable, at, problem.Message, problem.Hint);
                    Close();
                    return null;
                }
                var key = new TokenRsa(token, session.Value, keys[0], publicKey.ExportParameters(false));
                return new TokenKey(token, session.Value, new SigningCertificate.Loaded(certificate, [], key));
            }
            diagnostics.Add(Rules.CertificateUnusable, at, "thiết bị ký không có chứng thư RSA kèm khóa bí mật", "nạp chứng thư ký số vào thiết bị");
            Close();
            return null;
        }
        catch (Exception ex) when (ex is Cryptoki.Failure or DllNotFoundException or BadImageFormatException or EntryPointNotFoundException or System.Security.Cryptography.CryptographicException)
        {
            diagnostics.Add(Rules.CertificateUnreadable, at, $"không dùng được thiết bị ký: {ex.Message}");
            Close();
            return null;
        }
    }

    public void Dispose()
    {
        _token.Logout(_session);
        _token.CloseSession(_session);
        _token.Dispose();
    }
}

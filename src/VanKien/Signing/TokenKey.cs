using System.Security.Cryptography.X509Certificates;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;
using VanKien.Diagnostics;

namespace VanKien.Signing;

/// <summary>
/// A signing certificate and its key on a PKCS#11 token (the USB token an office signs with, or
/// SoftHSM2 for tests): the token's library, the token by its label (or the only one present), the
/// user PIN from the environment. The certificate is read from the token; the key signs on it.
/// </summary>
public sealed class TokenKey : IDisposable
{
    /// <summary>
    /// Pkcs11Interop loads token libraries through "libdl", a name that glibc 2.34 and later only ship
    /// with its development files; the runtime's "libdl.so.2" is always there (on Linux).
    /// </summary>
    static TokenKey()
    {
        if (!OperatingSystem.IsLinux()) return;
        System.Runtime.InteropServices.NativeLibrary.SetDllImportResolver(typeof(IPkcs11Library).Assembly, (name, assembly, paths) =>
            name == "libdl" && System.Runtime.InteropServices.NativeLibrary.TryLoad("libdl.so.2", assembly, paths, out var handle) ? handle : IntPtr.Zero);
    }

    /// <summary>Makes sure the resolver above is in place before the first token library loads (the tests create tokens too).</summary>
    public static void PrepareLoader() { }

    private readonly IPkcs11Library _library;
    private readonly ISession _session;

    public SigningCertificate.Loaded Loaded { get; }

    private TokenKey(IPkcs11Library library, ISession session, SigningCertificate.Loaded loaded)
    {
        _library = library;
        _session = session;
        Loaded = loaded;
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
        var factories = new Pkcs11InteropFactories();
        IPkcs11Library? library = null;
        ISession? session = null;
        try
        {
            library = factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, libraryPath, AppType.SingleThreaded);
            // A token not yet initialised (SoftHSM always offers one) holds no key.
            var slots = library.GetSlotList(SlotsType.WithTokenPresent)
                .Where(s => s.GetTokenInfo() is var token && token.TokenFlags.TokenInitialized && (label is null || token.Label.Trim() == label)).ToList();
            if (slots.Count != 1)
            {
                diagnostics.Add(Rules.CertificateUnreadable, at,
                    slots.Count == 0 ? $"không thấy thiết bị ký{(label is null ? "" : $" có nhãn '{label}'")}" : "có nhiều thiết bị ký",
                    slots.Count == 0 ? "cắm thiết bị ký, hoặc kiểm tra nhãn ở --the" : "chọn một bằng --the và nhãn của nó");
                library.Dispose();
                return null;
            }
            session = slots[0].OpenSession(SessionType.ReadOnly);
            try
            {
                session.Login(CKU.CKU_USER, pin);
            }
            catch (Pkcs11Exception ex) when (ex.RV is CKR.CKR_PIN_INCORRECT or CKR.CKR_PIN_LEN_RANGE or CKR.CKR_PIN_INVALID)
            {
                diagnostics.Add(Rules.CertificateUnreadable, at, "sai mã PIN của thiết bị ký", "đặt mã PIN đúng vào biến môi trường VANKIEN_PIN (nhập sai nhiều lần sẽ khóa thiết bị)");
                Close(session, library);
                return null;
            }
            catch (Pkcs11Exception ex) when (ex.RV == CKR.CKR_PIN_LOCKED)
            {
                diagnostics.Add(Rules.CertificateUnreadable, at, "thiết bị ký đã bị khóa mã PIN", "mở khóa bằng công cụ của nhà cung cấp thiết bị");
                Close(session, library);
                return null;
            }

            var attributes = factories.ObjectAttributeFactory;
            foreach (var handle in session.FindAllObjects([attributes.Create(CKA.CKA_CLASS, CKO.CKO_CERTIFICATE), attributes.Create(CKA.CKA_CERTIFICATE_TYPE, CKC.CKC_X_509)]))
            {
                var values = session.GetAttributeValue(handle, [CKA.CKA_VALUE, CKA.CKA_ID]);
                var certificate = X509CertificateLoader.LoadCertificate(values[0].GetValueAsByteArray());
                var id = values[1].GetValueAsByteArray();
                var keys = session.FindAllObjects([attributes.Create(CKA.CKA_CLASS, CKO.CKO_PRIVATE_KEY), attributes.Create(CKA.CKA_ID, id)]);
                if (keys.Count == 0 || certificate.GetRSAPublicKey() is not { } publicKey) continue;
                if (SigningCertificate.Unusable(certificate, now) is { } problem)
                {
                    diagnostics.Add(Rules.CertificateUnusable, at, problem.Message, problem.Hint);
                    Close(session, library);
                    return null;
                }
                var key = new TokenRsa(session, keys[0], publicKey.ExportParameters(false));
                return new TokenKey(library, session, new SigningCertificate.Loaded(certificate, [], key));
            }
            diagnostics.Add(Rules.CertificateUnusable, at, "thiết bị ký không có chứng thư RSA kèm khóa bí mật", "nạp chứng thư ký số vào thiết bị");
            Close(session, library);
            return null;
        }
        catch (Exception ex) when (ex is Pkcs11Exception or LibraryArchitectureException or UnmanagedException or System.Security.Cryptography.CryptographicException)
        {
            diagnostics.Add(Rules.CertificateUnreadable, at, $"không dùng được thiết bị ký: {ex.Message}");
            Close(session, library);
            return null;
        }
    }

    private static void Close(ISession? session, IPkcs11Library? library)
    {
        try { session?.Logout(); } catch (Pkcs11Exception) { }
        session?.Dispose();
        library?.Dispose();
    }

    public void Dispose() => Close(_session, _library);
}

using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;
using Net.Pkcs11Interop.Common;
using Net.Pkcs11Interop.HighLevelAPI;

namespace VanKien.Tests.Signing;

/// <summary>
/// A SoftHSM2 token made for a test, as an office's USB token is: the key pair generated on the token
/// (its private key never leaves it), a certificate for its public key issued by the test root and
/// stored beside it under the same id. Its own configuration and token folder live in a temporary
/// folder, named by SOFTHSM2_CONF.
/// </summary>
internal static class SoftHsmToken
{
    [System.Runtime.InteropServices.DllImport("libc", EntryPoint = "setenv")]
    private static extern int SetEnvironment(string name, string value, int overwrite);

    public const string Pin = "123456";

    /// <summary>
    /// Pkcs11Interop (the tests' way to make a token) loads token libraries through "libdl", a name that
    /// glibc 2.34 and later ship only with their development files; "libdl.so.2" is always there.
    /// </summary>
    private static void PrepareLoader() => Resolver.Value.ToString();

    private static readonly Lazy<bool> Resolver = new(() =>
    {
        if (OperatingSystem.IsLinux())
            System.Runtime.InteropServices.NativeLibrary.SetDllImportResolver(typeof(IPkcs11Library).Assembly, (name, assembly, paths) =>
                name == "libdl" && System.Runtime.InteropServices.NativeLibrary.TryLoad("libdl.so.2", assembly, paths, out var handle) ? handle : IntPtr.Zero);
        return true;
    });

    public static void Create(string folder, string library, string label, string holder)
    {
        var tokens = Path.Combine(folder, "tokens");
        Directory.CreateDirectory(tokens);
        var configuration = Path.Combine(folder, "softhsm2.conf");
        File.WriteAllText(configuration, $"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n");
        // SoftHSM reads its configuration with getenv: .NET's own environment reaches child processes (the
        // native vankien), but only setenv reaches this process's C library (the in-process vankien).
        Environment.SetEnvironmentVariable("SOFTHSM2_CONF", configuration);
        if (SetEnvironment("SOFTHSM2_CONF", configuration, 1) != 0) throw new InvalidOperationException("setenv SOFTHSM2_CONF");

        PrepareLoader();
        var factories = new Pkcs11InteropFactories();
        using var pkcs11 = factories.Pkcs11LibraryFactory.LoadPkcs11Library(factories, library, AppType.SingleThreaded);
        var slot = pkcs11.GetSlotList(SlotsType.WithOrWithoutTokenPresent)[0];
        slot.InitToken("so-" + Pin, label);
        // Initialising gives the token a new slot: find it by its label.
        slot = pkcs11.GetSlotList(SlotsType.WithTokenPresent).First(s => s.GetTokenInfo().Label.Trim() == label);
        using (var so = slot.OpenSession(SessionType.ReadWrite))
        {
            so.Login(CKU.CKU_SO, "so-" + Pin);
            so.InitPin(Pin);
            so.Logout();
        }
        using var session = slot.OpenSession(SessionType.ReadWrite);
        session.Login(CKU.CKU_USER, Pin);
        var a = factories.ObjectAttributeFactory;
        byte[] id = [0x01];
        session.GenerateKeyPair(factories.MechanismFactory.Create(CKM.CKM_RSA_PKCS_KEY_PAIR_GEN),
            [a.Create(CKA.CKA_TOKEN, true), a.Create(CKA.CKA_ID, id), a.Create(CKA.CKA_VERIFY, true), a.Create(CKA.CKA_MODULUS_BITS, 2048UL), a.Create(CKA.CKA_PUBLIC_EXPONENT, new byte[] { 1, 0, 1 })],
            [a.Create(CKA.CKA_TOKEN, true), a.Create(CKA.CKA_ID, id), a.Create(CKA.CKA_SIGN, true), a.Create(CKA.CKA_PRIVATE, true), a.Create(CKA.CKA_SENSITIVE, true), a.Create(CKA.CKA_EXTRACTABLE, false)],
            out var publicKey, out _);
        var values = session.GetAttributeValue(publicKey, [CKA.CKA_MODULUS, CKA.CKA_PUBLIC_EXPONENT]);
        using var rsa = RSA.Create(new RSAParameters { Modulus = values[0].GetValueAsByteArray(), Exponent = values[1].GetValueAsByteArray() });
        var certificate = TestCertificates.IssueFor(rsa, holder);
        session.CreateObject(
        [
            a.Create(CKA.CKA_CLASS, CKO.CKO_CERTIFICATE), a.Create(CKA.CKA_CERTIFICATE_TYPE, CKC.CKC_X_509), a.Create(CKA.CKA_TOKEN, true),
            a.Create(CKA.CKA_ID, id), a.Create(CKA.CKA_SUBJECT, certificate.SubjectName.RawData), a.Create(CKA.CKA_VALUE, certificate.RawData),
        ]);
        session.Logout();
    }
}

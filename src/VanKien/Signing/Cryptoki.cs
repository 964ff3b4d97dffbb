using System.Runtime.InteropServices;
using System.Text;

namespace VanKien.Signing;

/// <summary>
/// The few PKCS#11 (Cryptoki 2.40) calls that signing on a token needs, through the function list
/// the token's library gives: find the token, log in, find a certificate and its private key, sign.
/// Written here rather than with Pkcs11Interop because that library marshals through reflection,
/// which the native (NativeAOT) vankien cannot do: its CK_FUNCTION_LIST lacks marshalling data at run
/// time. Every call here passes only pointers and C <c>unsigned long</c>s (<see cref="CULong"/>, 32
/// bits on Windows and 64 elsewhere), so nothing needs marshalling.
/// </summary>
internal sealed unsafe class Cryptoki : IDisposable
{
    public const ulong CkrOk = 0, CkrCryptokiAlreadyInitialized = 0x191, CkrPinIncorrect = 0xA0, CkrPinInvalid = 0xA1, CkrPinLenRange = 0xA2, CkrPinLocked = 0xA4;
    public const ulong CkaClass = 0x0, CkaValue = 0x11, CkaCertificateType = 0x80, CkaId = 0x102;
    public const ulong CkoCertificate = 1, CkoPrivateKey = 3, CkcX509 = 0;
    private const ulong CkuUser = 1, CkfSerialSession = 0x4, CkmRsaPkcs = 0x1, CkfTokenInitialized = 0x400;

    /// <summary>A call that returned something other than CKR_OK.</summary>
    public sealed class Failure(string function, ulong code) : Exception($"{function}: CKR 0x{code:X}")
    {
        public ulong Code { get; } = code;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Attribute
    {
        public CULong Type;
        public void* Value;
        public CULong Length;
    }

    [StructLayout(LayoutKind.Sequential)]
    private struct Mechanism
    {
        public CULong Type;
        public void* Parameter;
        public CULong Length;
    }

    private readonly IntPtr _library;
    private readonly IntPtr* _functions;
    private readonly bool _initialised;

    public Cryptoki(string path)
    {
        _library = NativeLibrary.Load(path);
        try
        {
            var getFunctionList = (delegate* unmanaged<IntPtr*, CULong>)NativeLibrary.GetExport(_library, "C_GetFunctionList");
            IntPtr list;
            Check("C_GetFunctionList", getFunctionList(&list).Value);
            // CK_FUNCTION_LIST: a CK_VERSION (two bytes), then the functions in the standard's order; Windows packs
            // Cryptoki's structures to one byte, elsewhere the first pointer is aligned.
            _functions = (IntPtr*)((byte*)list + (OperatingSystem.IsWindows() ? 2 : IntPtr.Size));
            var initialised = ((delegate* unmanaged<void*, CULong>)Function(0))(null).Value;
            if (initialised != CkrCryptokiAlreadyInitialized) Check("C_Initialize", initialised);
            _initialised = initialised == CkrOk;
        }
        catch
        {
            NativeLibrary.Free(_library);
            throw;
        }
    }

    private IntPtr Function(int index) => OperatingSystem.IsWindows() ? *(IntPtr*)((byte*)_functions + index * IntPtr.Size) : _functions[index];

    private static void Check(string function, ulong code)
    {
        if (code != CkrOk) throw new Failure(function, code);
    }

    /// <summary>The slots whose token is present and initialised, with each token's label.</summary>
    public List<(ulong Slot, string Label)> Tokens()
    {
        var getSlotList = (delegate* unmanaged<byte, CULong*, CULong*, CULong>)Function(4);
        CULong count;
        Check("C_GetSlotList", getSlotList(1, null, &count).Value);
        var slots = new CULong[(int)count.Value];
        fixed (CULong* buffer = slots) Check("C_GetSlotList", getSlotList(1, buffer, &count).Value);
        var tokens = new List<(ulong, string)>();
        var getTokenInfo = (delegate* unmanaged<CULong, byte*, CULong>)Function(6);
        // CK_TOKEN_INFO: label[32], manufacturerID[32], model[16], serialNumber[16], then flags; the rest is not read.
        var info = stackalloc byte[1024];
        foreach (var slot in slots.Take((int)count.Value))
        {
            Check("C_GetTokenInfo", getTokenInfo(slot, info).Value);
            ulong flags = OperatingSystem.IsWindows() ? *(uint*)(info + 96) : (*(CULong*)(info + 96)).Value;
            if ((flags & CkfTokenInitialized) == 0) continue;
            tokens.Add((slot.Value, Encoding.UTF8.GetString(new ReadOnlySpan<byte>(info, 32)).TrimEnd(' ', '\0')));
        }
        return tokens;
    }

    public ulong OpenSession(ulong slot)
    {
        CULong session;
        Check("C_OpenSession", ((delegate* unmanaged<CULong, CULong, void*, void*, CULong*, CULong>)Function(12))(new CULong((nuint)slot), new CULong((nuint)CkfSerialSession), null, null, &session).Value);
        return session.Value;
    }

    public void CloseSession(ulong session) => ((delegate* unmanaged<CULong, CULong>)Function(13))(new CULong((nuint)session));

    public void Login(ulong session, string pin)
    {
        var bytes = Encoding.UTF8.GetBytes(pin);
        fixed (byte* p = bytes)
            Check("C_Login", ((delegate* unmanaged<CULong, CULong, byte*, CULong, CULong>)Function(18))(new CULong((nuint)session), new CULong((nuint)CkuUser), p, new CULong((nuint)bytes.Length)).Value);
    }

    public void Logout(ulong session) => ((delegate* unmanaged<CULong, CULong>)Function(19))(new CULong((nuint)session));

    /// <summary>The objects that have each of the given attributes with the given value.</summary>
    public List<ulong> Find(ulong session, params (ulong Type, byte[] Value)[] template)
    {
        var handles = new List<ulong>();
        var pins = template.Select(t => GCHandle.Alloc(t.Value, GCHandleType.Pinned)).ToArray();
        try
        {
            var attributes = stackalloc Attribute[template.Length];
            for (var i = 0; i < template.Length; i++)
                attributes[i] = new Attribute { Type = new CULong((nuint)template[i].Type), Value = (void*)pins[i].AddrOfPinnedObject(), Length = new CULong((nuint)template[i].Value.Length) };
            var s = new CULong((nuint)session);
            Check("C_FindObjectsInit", ((delegate* unmanaged<CULong, Attribute*, CULong, CULong>)Function(26))(s, attributes, new CULong((nuint)template.Length)).Value);
            try
            {
                var found = stackalloc CULong[16];
                while (true)
                {
                    CULong count;
                    Check("C_FindObjects", ((delegate* unmanaged<CULong, CULong*, CULong, CULong*, CULong>)Function(27))(s, found, new CULong(16), &count).Value);
                    if (count.Value == 0) break;
                    for (var i = 0; i < (int)count.Value; i++) handles.Add(found[i].Value);
                }
            }
            finally
            {
                ((delegate* unmanaged<CULong, CULong>)Function(28))(s);
            }
        }
        finally
        {
            foreach (var pin in pins) pin.Free();
        }
        return handles;
    }

    /// <summary>One attribute's value: its length asked first, then the value.</summary>
    public byte[] Value(ulong session, ulong handle, ulong type)
    {
        var getAttributeValue = (delegate* unmanaged<CULong, CULong, Attribute*, CULong, CULong>)Function(24);
        var attribute = new Attribute { Type = new CULong((nuint)type) };
        Check("C_GetAttributeValue", getAttributeValue(new CULong((nuint)session), new CULong((nuint)handle), &attribute, new CULong(1)).Value);
        var value = new byte[(int)attribute.Length.Value];
        fixed (byte* buffer = value)
        {
            attribute.Value = buffer;
            Check("C_GetAttributeValue", getAttributeValue(new CULong((nuint)session), new CULong((nuint)handle), &attribute, new CULong(1)).Value);
        }
        return value;
    }

    /// <summary>CKM_RSA_PKCS over <paramref name="data"/> (a DigestInfo): PKCS#1 v1.5, the signature's length asked first.</summary>
    public byte[] SignRsaPkcs(ulong session, ulong key, byte[] data)
    {
        var s = new CULong((nuint)session);
        var mechanism = new Mechanism { Type = new CULong((nuint)CkmRsaPkcs) };
        Check("C_SignInit", ((delegate* unmanaged<CULong, Mechanism*, CULong, CULong>)Function(42))(s, &mechanism, new CULong((nuint)key)).Value);
        var sign = (delegate* unmanaged<CULong, byte*, CULong, byte*, CULong*, CULong>)Function(43);
        var signature = new byte[1024];
        CULong length = new((nuint)signature.Length);
        fixed (byte* input = data)
        fixed (byte* output = signature)
            Check("C_Sign", sign(s, input, new CULong((nuint)data.Length), output, &length).Value);
        return signature[..(int)length.Value];
    }

    public void Dispose()
    {
        if (_initialised) ((delegate* unmanaged<void*, CULong>)Function(1))(null);
        NativeLibrary.Free(_library);
    }

    public static byte[] Ulong(ulong value) =>
        OperatingSystem.IsWindows() ? BitConverter.GetBytes((uint)value) : BitConverter.GetBytes(value);
}

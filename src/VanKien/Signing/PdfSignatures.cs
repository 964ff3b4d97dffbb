using System.Formats.Asn1;
using System.Security.Cryptography;
using System.Security.Cryptography.Pkcs;
using System.Security.Cryptography.X509Certificates;

namespace VanKien.Signing;

/// <summary>What one signature of a PDF says, checked: who, when, over which bytes, and whether they are intact.</summary>
public sealed record SignatureCheck(
    string Field,
    string Signer,
    string? Time,
    string SubFilter,
    bool Intact,
    string? Problem,
    long CoveredEnd,
    IReadOnlyList<string> Chain,
    bool ChainTrusted)
{
    /// <summary>The time an RFC 3161 time-stamp token attests (PAdES B-T), or null without one.</summary>
    public DateTimeOffset? TimeStamped { get; init; }
}

/// <summary>
/// The signatures of a PDF, each checked against the bytes it covers (its /ByteRange, the file less
/// its own /Contents): the CMS signature must verify over them, and the last signature must reach the
/// end of the file — anything after it was added after signing.
/// </summary>
public static class PdfSignatures
{
    public sealed record Report(IReadOnlyList<SignatureCheck> Signatures, long FileLength)
    {
        /// <summary>Bytes after what the last signature covers: an update no one signed.</summary>
        public bool Appended => Signatures.Count > 0 && Signatures.Max(s => s.CoveredEnd) < FileLength;

        public bool AllIntact => Signatures.Count > 0 && Signatures.All(s => s.Intact) && !Appended;
    }

    public static Report Check(byte[] pdf)
    {
        var structure = PdfStructure.Read(pdf);
        var text = PdfSyntax.Bytes.GetString(pdf);
        var catalog = structure.Dictionary(structure.Root).Entries;
        var checks = new List<SignatureCheck>();
        if (PdfSyntax.Get(catalog, "/AcroForm") is { } formValue)
        {
            var form = structure.Resolve(formValue);
            foreach (var fieldRef in PdfSyntax.Array(PdfSyntax.Get(form, "/Fields") ?? "[]"))
            {
                if (PdfSyntax.Reference(fieldRef) is not { } fieldNumber) continue;
                var fieldEntries = structure.Dictionary(fieldNumber).Entries;
                if (PdfSyntax.Get(fieldEntries, "/FT")?.Trim() != "/Sig" || PdfSyntax.Get(fieldEntries, "/V") is not { } value) continue;
                checks.Add(CheckOne(pdf, text, FieldName(PdfSyntax.Get(fieldEntries, "/T")), structure.Resolve(value)));
            }
        }
        return new Report(checks.OrderBy(c => c.CoveredEnd).ToList(), pdf.Length);
    }

    /// <summary>Where the last signer's image is shown (the rectangle of a VanKien signer field's widget), or null.</summary>
    internal static Box? LastSignerBox(PdfStructure structure)
    {
        var catalog = structure.Dictionary(structure.Root).Entries;
        if (PdfSyntax.Get(catalog, "/AcroForm") is not { } formValue) return null;
        Box? found = null;
        foreach (var fieldRef in PdfSyntax.Array(structure.ResolveValue(PdfSyntax.Get(structure.Resolve(formValue), "/Fields") ?? "[]")))
        {
            if (PdfSyntax.Reference(fieldRef) is not { } number) continue;
            var field = structure.Dictionary(number).Entries;
            if (PdfSyntax.Get(field, "/FT")?.Trim() != "/Sig" || !FieldName(PdfSyntax.Get(field, "/T")).EndsWith(SignatureAppearance.SignerRole, StringComparison.Ordinal)) continue;
            var widget = PdfSyntax.Get(field, "/Kids") is { } kids && PdfSyntax.Array(structure.ResolveValue(kids)).FirstOrDefault() is { } first
                ? structure.Resolve(first) : field;
            if (PdfSyntax.Get(widget, "/Rect") is not { } rect) continue;
            var numbers = PdfSyntax.Array(structure.ResolveValue(rect))
                .Select(n => double.TryParse(n, System.Globalization.NumberStyles.Float, System.Globalization.CultureInfo.InvariantCulture, out var v) ? v : double.NaN).ToList();
            if (numbers.Count != 4 || numbers.Any(double.IsNaN)) continue;
            var (x1, y1, x2, y2) = (Math.Min(numbers[0], numbers[2]), Math.Min(numbers[1], numbers[3]), Math.Max(numbers[0], numbers[2]), Math.Max(numbers[1], numbers[3]));
            if (x2 - x1 > 0 && y2 - y1 > 0) found = new Box(x1, y1, x2 - x1, y2 - y1);
        }
        return found;
    }

    private static SignatureCheck CheckOne(byte[] pdf, string text, string field, List<KeyValuePair<string, string>> signature)
    {
        var subFilter = PdfSyntax.Get(signature, "/SubFilter")?.Trim().TrimStart('/') ?? "";
        var time = PdfSyntax.Get(signature, "/M") is { } m ? m.Trim().Trim('(', ')') : null;
        SignatureCheck Broken(string problem, long end = 0) => new(field, "", time, subFilter, false, problem, end, [], false);

        var range = PdfSyntax.Array(PdfSyntax.Get(signature, "/ByteRange") ?? "[]").Select(v => long.TryParse(v, out var n) ? n : -1).ToList();
        if (range.Count != 4 || range.Any(n => n < 0) || range[0] != 0 || range[1] >= range[2] || range[2] + range[3] > pdf.Length)
            return Broken("/ByteRange không hợp lệ");
        var (gapStart, gapEnd, end) = ((int)range[1], (int)range[2], range[2] + range[3]);
        // The one gap must be exactly the signature's own /Contents string, or bytes outside the signature go unsigned.
        if (text[gapStart] != '<' || text[gapEnd - 1] != '>' || text[(gapStart + 1)..(gapEnd - 1)].Any(c => !Uri.IsHexDigit(c)))
            return Broken("khoảng trống của /ByteRange không phải đúng chuỗi chữ ký", end);
        var hex = text[(gapStart + 1)..(gapEnd - 1)];
        byte[] encoded;
        try
        {
            var raw = Convert.FromHexString(hex.Length % 2 == 0 ? hex : hex + "0");
            AsnDecoder.ReadEncodedValue(raw, AsnEncodingRules.BER, out _, out _, out var length);
            encoded = raw[..length];
        }
        catch (Exception ex) when (ex is FormatException or AsnContentException)
        {
            return Broken("chuỗi chữ ký không đọc được", end);
        }

        var covered = new byte[gapStart + (end - gapEnd)];
        Array.Copy(pdf, 0, covered, 0, gapStart);
        Array.Copy(pdf, gapEnd, covered, gapStart, end - gapEnd);
        var cms = new SignedCms(new ContentInfo(covered), detached: true);
        try
        {
            cms.Decode(encoded);
        }
        catch (CryptographicException)
        {
            return Broken("chuỗi chữ ký không phải CMS", end);
        }
        var signerCertificate = cms.SignerInfos.Count > 0 ? cms.SignerInfos[0].Certificate : null;
        var signer = signerCertificate?.GetNameInfo(X509NameType.SimpleName, forIssuer: false) ?? "";
        string? problem = null;
        try
        {
            cms.CheckSignature(verifySignatureOnly: true);
        }
        catch (CryptographicException)
        {
            problem = "nội dung đã bị sửa sau khi ký: chữ ký không khớp các byte được ký";
        }
        var (chain, trusted) = signerCertificate is null ? ([], false) : Chain(signerCertificate, cms.Certificates);
        return new SignatureCheck(field, signer, time, subFilter, problem is null, problem, end, chain, trusted)
        {
            TimeStamped = cms.SignerInfos.Count > 0 ? TimeStamp.Of(cms.SignerInfos[0]) : null,
        };
    }

    /// <summary>The certificate chain as far as the signature's own certificates and the machine's roots reach.</summary>
    private static (IReadOnlyList<string> Chain, bool Trusted) Chain(X509Certificate2 certificate, X509Certificate2Collection extra)
    {
        using var chain = new X509Chain();
        chain.ChainPolicy.RevocationMode = X509RevocationMode.NoCheck;
        chain.ChainPolicy.ExtraStore.AddRange(extra);
        var trusted = chain.Build(certificate);
        return (chain.ChainElements.Select(e => e.Certificate.Subject).ToList(), trusted);
    }

    private static string FieldName(string? value) => value is null ? "" : PdfText.Decode(value);
}

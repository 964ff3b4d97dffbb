using VanKien.Diagnostics;

namespace VanKien.Signing;

/// <summary>
/// <c>vankien ky</c>: a built PDF signed with a certificate, written whole or not at all. A PDF that
/// cannot be read as one, or that this certificate has already signed, is refused and left as it was.
/// </summary>
public static class SignRun
{
    /// <summary>The key is a PKCS#12 file (<see cref="Certificate"/>, <see cref="Password"/>) or a token (<see cref="TokenLibrary"/>, <see cref="TokenLabel"/>, <see cref="Pin"/>).</summary>
    public sealed record Options(string Pdf, string Output, string? Certificate, string? Password, string Reason, string Location, DateTimeOffset Time,
        string? TokenLibrary = null, string? TokenLabel = null, string? Pin = null);

    public static bool Run(Options options, DiagnosticBag diagnostics)
    {
        var at = SourceLocation.StartOf(options.Pdf);
        var read = Reading.SafeFile.Read(options.Pdf, 512L * 1024 * 1024);
        if (read.Bytes is not { } pdf)
        {
            diagnostics.Add(read.TooLarge ? Rules.Limit : Rules.Io, at, read.Refusal ?? "không đọc được tệp");
            return false;
        }
        using var token = options.TokenLibrary is { } library ? TokenKey.Open(library, options.TokenLabel, options.Pin, options.Time, diagnostics) : null;
        var loaded = token?.Loaded ?? (options.Certificate is { } file ? SigningCertificate.Load(file, options.Password, options.Time, diagnostics) : null);
        if (loaded is null) return false;

        PdfSignatures.Report existing;
        try
        {
            existing = PdfSignatures.Check(pdf);
        }
        catch (FormatException ex)
        {
            diagnostics.Add(Rules.PdfNotSignable, at, $"không đọc được cấu trúc PDF: {ex.Message}", "ký tệp PDF do 'vankien build --format pdf' dựng");
            return false;
        }
        var name = loaded.Certificate.GetNameInfo(System.Security.Cryptography.X509Certificates.X509NameType.SimpleName, forIssuer: false);
        if (existing.Signatures.Any(s => s.Signer == name && s.Chain.FirstOrDefault() == loaded.Certificate.Subject))
        {
            diagnostics.Add(Rules.AlreadySigned, at, $"'{options.Pdf}' đã có chữ ký của '{name}'", "mỗi người (tổ chức) ký một lần; ký lại thì dựng lại PDF");
            return false;
        }
        if (existing.Appended || existing.Signatures.Any(s => !s.Intact))
        {
            diagnostics.Add(Rules.SignatureInvalid, at, "chữ ký đã có trong tệp không còn hợp lệ: không ký thêm", "xem 'vankien xac-minh'");
            return false;
        }

        byte[] signed;
        try
        {
            signed = PdfSigner.Sign(pdf, new PdfSigner.Request(loaded, name, options.Reason, options.Location, options.Time));
        }
        catch (FormatException ex)
        {
            diagnostics.Add(Rules.PdfNotSignable, at, $"không ký được: {ex.Message}");
            return false;
        }
        catch (Exception ex) when (ex is System.Security.Cryptography.CryptographicException or Cryptoki.Failure)
        {
            diagnostics.Add(Rules.CertificateUnusable, SourceLocation.StartOf(options.TokenLibrary ?? options.Certificate ?? options.Pdf), $"khóa không ký được: {ex.Message}");
            return false;
        }
        var inPlace = string.Equals(Path.GetFullPath(options.Output), Path.GetFullPath(options.Pdf), StringComparison.Ordinal);
        return inPlace
            ? Building.AtomicFile.RewriteReported(options.Output, signed, diagnostics, at)
            : Building.AtomicFile.WriteReported(options.Output, signed, diagnostics, at);
    }
}
